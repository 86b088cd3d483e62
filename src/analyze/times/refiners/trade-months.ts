/**
 * A month that names a shipment, delivery, loading or futures period points ahead: in a commodity
 * story "traders bought 20,000 tonnes for May to September shipment" dated in February speaks of
 * the coming May, however past the verb. Goods are not bought for a period that has gone by, and a
 * futures contract month still quoted has not expired, so the month is the nearest one on or after
 * the reference month ("for March shipment" in a March story is this March).
 *
 * A period is a month, a month range ("May to September", "March-May") or a slash pair
 * ("March/April"); it is a trade period when a trade noun follows it ("April/May delivery", "July
 * futures", "the May contract"), when it follows "for shipment" / "for delivery in", or, for a
 * slash pair, after "for" or before a price ("for Oct/Dec", "June/July going at 1,850"); a month a
 * price is quoted against is a futures month ("2.27 times New York May").
 * "shipments fell in May" and "in March, deliveries rose" name when something happened and are
 * left alone, as is "a drop in January shipments" (a plural noun after "in" counts volumes).
 */
import type { Candidate, Refiner } from '../candidate.js';
import type { Reference } from '../reference.js';
import { MONTH_RE } from '../lexicon.js';

/** The cheap test before any scan: a story without one of these words has no trade period. */
const PREFILTER = /shipment|deliver|loading|arrival|position|futures|contract|\//iu;

/** Nouns of a forward trade period right after the period. Plurals are captured to tell volumes apart. */
export const TRADE_NOUN_AFTER = /^\s+(?:(shipments|deliveries|loadings|arrivals)|shipment|delivery|loading|arrival|position|positions|futures|contracts?)\b/iu;
/** "for shipment March-May", "for delivery in March", "for the first half shipment in April". */
const FOR_NOUN_BEFORE = /\bfor\s+(?:shipment|delivery|loading|arrival)\s+(?:in\s+)?$/iu;
/** Prepositions that place an event in the month ("a drop in January shipments"). */
const IN_BEFORE = /\b(?:in|during|since|from|than|until|till|through|by|before|after)\s+$/iu;
/** "for" right before a slash pair ("for Oct/Dec", "for the Nov/Jan"). */
const FOR_BEFORE = /\bfor\s+(?:the\s+)?$/iu;
/** A price soon after a slash pair: "June/July going at 1,850", "April/May butter went at 2.27 times", "Sept/Nov ... 137 pct bid/145 offered". */
const PRICE_NEAR = /\b(?:dlrs|cents|bid|offered|at\s+\d)\b/iu;
/** The clause's end, where a price no longer belongs to the pair. */
const CLAUSE_END = /[.;](?:\s|$)/u;
/** A price quoted against a futures month: "2.27 times New York May", "45 dlrs under London March". */
const FUTURES_BEFORE = /\b(?:times|under|over|above|below|against)\s+(?:New\s+York|London|Chicago)\s+$/u;

/** What joins the two ends of a period. */
const RANGE_GLUE = /^\s*(?:[-–]|to|through)\s*$/u;
const SLASH_GLUE = /^\s*\/\s*$/u;

const MONTH_VALUE = /^(?:\d{4}|XXXX)-\d\d$/u;
/** A bare month, open to re-reading; "last May", "April 1987" were dated by the text. */
const BARE = new RegExp(`^(?:(?:early|late|mid)[\\s-]+)?${MONTH_RE}$`, 'iu');

/** One place in a period: every candidate with that span (two rules may propose the same month). */
interface Member {
  start: number;
  end: number;
  cands: Candidate[];
  open: boolean;
}

const monthOf = (v: string): number => Number(v.slice(5, 7));
const yearOf = (v: string): number => Number(v.slice(0, 4));
const fmt = (y: number, m: number): string => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;

function members(cands: Candidate[], text: string): Member[] {
  const bySpan = new Map<string, Member>();
  for (const c of cands) {
    if (c.type !== 'DATE' || !MONTH_VALUE.test(c.value)) continue;
    const key = `${c.start}:${c.end}`;
    const open = (c.inferred === true || c.value.startsWith('X')) && BARE.test(text.slice(c.start, c.end));
    const m = bySpan.get(key);
    if (m) {
      m.cands.push(c);
      m.open &&= open;
    } else bySpan.set(key, { start: c.start, end: c.end, cands: [c], open });
  }
  const sorted = [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  // A month inside a longer reading ("May" in "last May") is not a place of its own: the longer wins.
  const out: Member[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && m.end <= prev.end) continue;
    out.push(m);
  }
  return out;
}

/** Whether the period [first, last] (joined by `slash` or by a range word) names a trade period. */
function isTradePeriod(text: string, first: Member, last: Member, slash: boolean): boolean {
  const before = text.slice(Math.max(0, first.start - 32), first.start);
  const after = text.slice(last.end, last.end + 24);
  const noun = TRADE_NOUN_AFTER.exec(after);
  if (noun) return !(noun[1] && IN_BEFORE.test(before));
  if (FOR_NOUN_BEFORE.test(before) || FUTURES_BEFORE.test(before)) return true;
  return slash && first !== last && (FOR_BEFORE.test(before) || priceNear(text, last.end));
}

/** A price within the clause after `at`: a slash pair of months there is a quoted trade period. */
function priceNear(text: string, at: number): boolean {
  const after = text.slice(at, at + 64);
  const stop = CLAUSE_END.exec(after);
  return PRICE_NEAR.test(stop ? after.slice(0, stop.index) : after);
}

/** Give the period's open members the months on or after the reference, in order. */
function readAhead(period: Member[], ref: Reference): void {
  const values = period.map((m) => m.cands[0]!.value);
  // A member dated by the text anchors the rest. Without one, the period's last month is the
  // nearest on or after the reference month: a period still running is the current one ("the
  // November to April shipment" in March began last November).
  const fixed = period.findIndex((m) => !m.open);
  const out = [...values];
  const anchor = fixed < 0 ? period.length - 1 : fixed;
  if (fixed < 0) {
    const m = monthOf(values[anchor]!);
    out[anchor] = fmt(m >= ref.month ? ref.year : ref.year + 1, m);
  }
  // Before the anchor: the latest occurrence on or before the member after it.
  for (let i = anchor - 1; i >= 0; i--) {
    const next = out[i + 1]!;
    const m = monthOf(values[i]!);
    out[i] = fmt(m <= monthOf(next) ? yearOf(next) : yearOf(next) - 1, m);
  }
  // After it: the first occurrence on or after the member before it.
  for (let i = anchor + 1; i < period.length; i++) {
    if (!period[i]!.open) continue;
    const prev = out[i - 1]!;
    const m = monthOf(values[i]!);
    out[i] = fmt(m >= monthOf(prev) ? yearOf(prev) : yearOf(prev) + 1, m);
  }
  period.forEach((mem, i) => {
    if (!mem.open) return;
    for (const c of mem.cands) c.value = out[i]!;
  });
}

/**
 * A dotless abbreviation ("Oct", "Dec") is proposed by the months rule only as one of a slash pair;
 * it stays a time only in a trade period: "1986/87 (Nov/Oct) season" is a crop year, not two months.
 */
const DOTLESS = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)$/iu;
const isDotless = (c: Candidate, text: string): boolean => c.rule === 'months' && DOTLESS.test(text.slice(c.start, c.end));

export const tradeMonthsRefiner: Refiner = {
  name: 'trade-months',
  refine(cands, { text, ref }) {
    // Most stories name no month without its year, and most of the rest no trade word.
    if (!cands.some((c) => c.type === 'DATE' && MONTH_VALUE.test(c.value))) return cands;
    if (!PREFILTER.test(text)) return cands.filter((c) => !isDotless(c, text));
    const kept = new Set<Candidate>();
    const all = members(cands, text);
    for (let i = 0; i < all.length; i++) {
      const period = [all[i]!];
      let slash = false;
      // One joint at most: "May to September", "March/April"; a longer run is a list.
      const next = all[i + 1];
      if (next && next.start >= all[i]!.end) {
        const glue = text.slice(all[i]!.end, next.start);
        if (SLASH_GLUE.test(glue)) slash = true;
        if (slash || RANGE_GLUE.test(glue)) period.push(next);
      }
      const last = period[period.length - 1]!;
      if (period.some((m) => m.open) && isTradePeriod(text, period[0]!, last, slash)) {
        // Without a reference the year stays open (XXXX-10), but the period is still a time.
        if (ref) readAhead(period, ref);
        for (const m of period) for (const c of m.cands) kept.add(c);
      }
      i += period.length - 1;
    }
    return cands.filter((c) => kept.has(c) || !isDotless(c, text));
  },
};

/**
 * chrono-node as the parser of explicit calendar dates and clock times ("June 12", "Aug. 7, 1998",
 * "June 14, 2018, 16:10", "Friday", "3 p.m."). Its certainty flags decide the precision: a month
 * with no day is `2018-09`, not `2018-09-01`. What it leaves uncertain (the year of "June 12") is
 * resolved here by tense against the reference, never with forwardDate.
 *
 * chrono's casual relative parsers ("last week" as a date seven days back) are left out: the
 * project rules give those calendar values (`2018-W23`).
 */
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { fmtDate, isValidDate, pad } from '../calendar.js';
import { cand, type Candidate, type Rule, type RuleInput } from '../candidate.js';
import { refDate, resolveMonth, resolveMonthDay, weekdayDate } from '../resolve.js';

/** Parsers whose results the project rules replace with calendar semantics. */
const DROPPED = new Set([
  'ENCasualDateParser', 'ENCasualTimeParser', 'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser',
  'ENEndOfCurrentMonthParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitWithinFormatParser',
]);

let parser: chrono.Chrono | undefined;

function projectChrono(): chrono.Chrono {
  if (parser) return parser;
  const config = chrono.en.configuration.createCasualConfiguration(false);
  config.parsers = config.parsers.filter((p) => !DROPPED.has(p.constructor.name));
  parser = new chrono.Chrono(config);
  return parser;
}

/**
 * A sentence is worth chrono's time only if it holds what chrono reads and the rules do not: a
 * capitalized month or weekday name, a clock time, or a numeric date. Most sentences hold none,
 * and chrono is the costliest step of the stage.
 */
const WORTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|MON|TUE|WED|THU|FRI|SAT|SUN)|\d[:/]\d|\d\s?[ap]\.?m\b|\d[-.]\d{1,2}[-.]\d|\d[-/][a-zA-Z]{3}[-/]|\b(?:noon|midnight|o'clock)\b/;

/** A preposition right before a month name makes it the month, whatever follows. */
export const PREP_BEFORE = /\b(?:in|since|until|by|of|from|through|during|early|late|mid|last|next|this|before|after)[\s-]+$/i;

const LOWER_LEAD = /^(?:(?:last|next|this|past|coming|early|late|mid|the)\s+)+/u;
/**
 * What chrono may take in before the time itself: a comma or bracket (", on Wednesday" when the word
 * before ends in a letter its pattern does not count as one, as in "Guaidó, on Wednesday") and a
 * preposition.
 */
const LEADING_PREP = /^(?:[,(]\s*)?(?:(?:at|on|in|by|from|since|until|till|to|of|around|about)\s+)?/i;
const FULL_WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** What a clock time needs: a colon, "a.m."/"p.m." or o'clock; "4 a" and "1.20 a" are prices. */
const CLOCK_LIKE = /:\d\d|\d\s*[ap]\.?m\b|[ap]\.m\.|o'clock|noon|midnight/i;

/**
 * What chrono reads as a date or time but news means otherwise: scores and decimals ("2-1", "1.5"),
 * stock fractions ("7/8"), prices ("2.50 a share" read as 2:50 am).
 */
function implausible(r: ParsedResult, text: string): boolean {
  if (/^\d{1,2}(?:[./-]\d{1,2})?$/u.test(text)) return true;
  if (r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday')) {
    // A clock time needs a colon, "a.m."/"p.m." or o'clock: "4 a" and "1.20 a" are prices.
    if (!CLOCK_LIKE.test(text)) return true;
  }
  return false;
}

/** A value for one chrono result, or undefined when it should be ignored. */
export function chronoValue(c: ParsedComponents, input: RuleInput, start: number, end: number, dateOnly = false): Omit<Candidate, 'rule' | 'priority' | 'start' | 'end'> | undefined {
  const known = (k: Parameters<typeof c.isCertain>[0]) => c.isCertain(k);
  const ref = input.ref;
  let date: string | undefined;
  let inferred = false;
  if (known('day') && known('month')) {
    const month = c.get('month') ?? 1;
    const day = c.get('day') ?? 1;
    if (known('year')) {
      const year = c.get('year') ?? 0;
      if (!isValidDate(year, month, day)) return undefined;
      date = fmtDate({ year, month, day });
    } else {
      const res = resolveMonthDay(month, day, ref, input.tenseAt(start, end));
      date = res.value;
      inferred = res.inferred;
    }
  } else if (known('month')) {
    const month = c.get('month') ?? 1;
    if (known('year')) date = `${pad(c.get('year') ?? 0, 4)}-${pad(month)}`;
    else {
      const res = resolveMonth(month, ref, input.tenseAt(start, end));
      date = res.value;
      inferred = res.inferred;
    }
  } else if (known('weekday')) {
    const wd = c.get('weekday') ?? 0;
    const iso = wd === 0 ? 7 : wd;
    if (ref) {
      date = fmtDate(weekdayDate(iso, ref, input.tenseAt(start, end)));
      inferred = true;
    } else date = `XXXX-WXX-${iso}`;
  }
  if (known('hour') && !dateOnly) {
    const time = `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
    if (!date) {
      date = ref ? fmtDate(refDate(ref)) : 'XXXX-XX-XX';
      inferred = !!ref;
    }
    return { type: 'TIME', value: date + time, ...(inferred ? { inferred } : {}) };
  }
  if (!date) return undefined;
  return { type: 'DATE', value: date, ...(inferred ? { inferred } : {}) };
}

/** A range's second end names a number, a month or a weekday ("to 14", "- March 3", "to Friday"). */
const RANGE_END = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/iu;

const CONNECTOR = /\s*(?:[-–—]|\b(?:to|through|until|till|and)\b)\s*/gu;

/** Where a range's first part ends and its second begins, at the last connector; undefined if none. */
function rangeSplit(text: string): [number, number] | undefined {
  let last: RegExpMatchArray | undefined;
  for (const m of text.matchAll(CONNECTOR)) if (m.index > 0) last = m;
  if (!last || last.index === undefined) return undefined;
  const b = last.index + last[0].length;
  return b < text.length ? [last.index, b] : undefined;
}

/** Run chrono over each sentence that could hold a date, with offsets into the whole text. */
export function chronoResults(input: RuleInput, instance: chrono.Chrono): Array<{ r: ParsedResult; start: number; end: number }> {
  const out: Array<{ r: ParsedResult; start: number; end: number }> = [];
  const ref = input.ref;
  // chrono computes implied values from this; we only read what it is certain of, so any fixed
  // instant would do: the reference wall time, written as UTC, keeps its calendar arithmetic local.
  const instant = ref ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day, ref.hour, ref.minute)) : new Date(Date.UTC(2000, 0, 1));
  for (const [s, e] of input.sentences) {
    const chunk = input.text.slice(s, e);
    if (!WORTH.test(chunk)) continue;
    for (const r of instance.parse(chunk, { instant, timezone: 0 })) {
      out.push({ r, start: s + r.index, end: s + r.index + r.text.length });
    }
  }
  return out;
}

export const chronoRule: Rule = {
  name: 'chrono',
  find(input) {
    const out: Candidate[] = [];
    for (const { r, start: s0, end } of chronoResults(input, projectChrono())) {
      let start = s0;
      let stop = end;
      const lead = LEADING_PREP.exec(input.text.slice(start, stop));
      if (lead) start += lead[0].length;
      // chrono sometimes keeps the comma or dot after a weekday or a date.
      while (stop > start && (/[\s,;:]/u.test(input.text[stop - 1] ?? '') || (input.text[stop - 1] === ')' && !input.text.slice(start, stop).includes('(')))) stop--;
      let text = input.text.slice(start, stop);
      let dateOnly = false;
      // "Jan. 1, 1990 at 1": chrono joins a stray number as a clock time; keep the date alone.
      if (r.start.isCertain('hour') && (r.start.isCertain('day') || r.start.isCertain('weekday')) && !CLOCK_LIKE.test(text)) {
        const tail = /,?\s+(?:at\s+)?\d{1,2}$/u.exec(text);
        // "or 6.43, on Friday": a price before the date, read as 6:43.
        const head = tail ? null : /^\d{1,2}(?:[.:]\d\d)?,?\s+(?:on\s+)?(?=[A-Z])/u.exec(text);
        if (tail) stop -= tail[0].length;
        else if (head) start += head[0].length;
        else continue;
        text = input.text.slice(start, stop);
        dateOnly = true;
      }
      if (start >= stop || implausible(r, text)) continue;
      // Month and weekday names count only capitalized: "may", "march", "sun" are other words. A
      // lowercase modifier may come first ("last Thursday, to Nov. 6").
      if (!/^[A-Z0-9]/u.test(text.replace(LOWER_LEAD, ''))) continue;
      // "the March of the Combatant Mothers", "the March for Life": a name, not the month.
      // chrono may take the "of" in ("March of the ..."), so the test looks after the word itself.
      if (/^March(?:\s+of)?$/.test(text) && !PREP_BEFORE.test(input.text.slice(Math.max(0, start - 12), start)) && /^\s+(?:of\s+(?!\d)|for\s)/.test(input.text.slice(start + 5, start + 11))) continue;
      // A weekday must be written in full: "Sun", "Wed" and "Sat" are other words.
      if (r.start.isCertain('weekday') && !r.start.isCertain('day') && !FULL_WEEKDAY.test(text)) continue;
      // A range ("Aug. 26 to Oct. 20", "June 12-14") is two expressions, as TimeML marks it.
      const split = r.end ? rangeSplit(text) : undefined;
      if (r.end && split) {
        const [a0, b] = split;
        let a = a0;
        while (a > 0 && /[\s,;:]/u.test(text[a - 1] ?? '')) a--;
        const v1 = chronoValue(r.start, input, start, start + a, dateOnly);
        const v2 = chronoValue(r.end, input, start + b, stop, dateOnly);
        if (v1) out.push(cand('chrono', start, start + a, v1.type, v1.value, { inferred: v1.inferred, priority: 1 }));
        // "NEW YORK, Feb 26 - First Union Corp said": a bare word after the dash is a name, not a range's end.
        if (v2 && RANGE_END.test(text.slice(b))) out.push(cand('chrono', start + b, stop, v2.type, v2.value, { inferred: v2.inferred, priority: 1 }));
        continue;
      }
      const v = chronoValue(r.start, input, start, stop, dateOnly);
      if (v) out.push(cand('chrono', start, stop, v.type, v.value, { inferred: v.inferred, priority: 1 }));
    }
    return out;
  },
};

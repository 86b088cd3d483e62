/**
 * Months said as one list share a year: in "the record level marked in April, August, September
 * and December last year" the trailing "last year" dates every member, and in "a meeting to be held
 * in April or May" the second month follows the first. Each bare month took its year from the tense
 * around it on its own, and a verb or an attribution nearer one member ("..., it said") can tip it;
 * the member read nearest the reference sets the year of the rest.
 */
import { MONTH_RE } from '../lexicon.js';
import type { Candidate, Refiner } from '../candidate.js';
import type { Reference } from '../reference.js';

/** List glue only; "March to May" is a range (range-order's). */
const GLUE = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|\/\s*|&\s+)$/u;
const MEMBER = new RegExp(String.raw`^(?:(?:early|late|mid)[\s-]+)?${MONTH_RE}(?<year>\s+(?:of\s+)?(?:last|this|next)\s+year|,?\s+(?:of\s+)?\d{4})?$`, 'iu');
const MONTH_VALUE = /^\d{4}-\d\d$/u;

function member(c: Candidate, text: string): { year: boolean } | undefined {
  if (c.type !== 'DATE' || !MONTH_VALUE.test(c.value)) return undefined;
  const m = MEMBER.exec(text.slice(c.start, c.end));
  return m ? { year: m.groups?.['year'] !== undefined } : undefined;
}

const year = (c: Candidate): number => Number(c.value.slice(0, 4));
const month = (c: Candidate): number => Number(c.value.slice(5, 7));
const withYear = (c: Candidate, y: number): string => String(y).padStart(4, '0') + c.value.slice(4);

/** Give the list one reading: the dated last member's year, or each month after the one before it. */
function settle(list: Candidate[], dated: boolean, changed: Set<Candidate>, ref: Reference): void {
  const last = list[list.length - 1];
  if (!last) return;
  // Only a list in calendar order: "in November, December and January" could straddle a year.
  for (let i = 1; i < list.length; i++) if (month(list[i]!) <= month(list[i - 1]!)) return;
  if (dated) {
    for (const c of list.slice(0, -1)) if (c.inferred) set(c, withYear(c, year(last)), changed);
    return;
  }
  // The member read nearest the reference anchors the rest: "exported in February and March" in
  // a March story is this February, whatever the future tense made of February alone.
  let anchor = list[0]!;
  for (const c of list) if (distance(c, ref) < distance(anchor, ref)) anchor = c;
  for (const c of list) if (c !== anchor) set(c, withYear(c, year(anchor)), changed);
}

/** Months between a member's reading and the reference month. */
function distance(c: Candidate, ref: Reference): number {
  return Math.abs(year(c) * 12 + month(c) - (ref.year * 12 + ref.month));
}

function set(c: Candidate, value: string, changed: Set<Candidate>): void {
  if (c.value === value) return;
  c.value = value;
  changed.add(c);
}

export const monthListsRefiner: Refiner = {
  name: 'month-lists',
  refine(cands, { text, ref }) {
    if (!ref) return cands;
    const months = cands.filter((c) => member(c, text)).sort((a, b) => a.start - b.start || b.end - a.end);
    let list: Candidate[] = [];
    const changed = new Set<Candidate>();
    const flush = (): void => {
      if (list.length > 1) {
        const dated = member(list[list.length - 1]!, text)?.year === true;
        // A member with its own year inside the list ("May 1986, June and July") is left as said.
        if (list.slice(0, -1).every((c) => member(c, text)?.year === false)) settle(list, dated, changed, ref);
      }
      list = [];
    };
    // Two rules may propose the same month, one with its year ("December" and "December last
    // year"); the shorter takes the value the list gives the longer.
    const twins: Array<[Candidate, Candidate]> = [];
    for (const c of months) {
      const prev = list[list.length - 1];
      if (prev && c.start >= prev.start && c.end <= prev.end) {
        twins.push([c, prev]);
        continue;
      }
      if (prev && !(c.start >= prev.end && GLUE.test(text.slice(prev.end, c.start)))) flush();
      list.push(c);
    }
    flush();
    for (const [c, first] of twins) if (c.inferred && changed.has(first)) c.value = first.value;
    return cands;
  },
};

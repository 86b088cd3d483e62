/**
 * Times counted from the story's own events: "two days later", "a week earlier", "three years
 * later", "hours later", "two weeks before." (ending its clause). Found as durations (or, for
 * "N years earlier", as a date counted from the reference); the anaphora refiner moves them onto
 * the story's last dated time when there is one.
 */
import type { Candidate } from '../candidate.js';
import { NUMBER_RE, numberValue, UNIT_RE, unitOf } from '../lexicon.js';

export interface Shift {
  /** D, W, M, Y; T for hours and minutes, which keep the anchor's day. */
  unit: 'D' | 'W' | 'M' | 'Y' | 'T';
  n: number;
  /** The end of the phrase with its "later"/"earlier". */
  end: number;
}

/** "later", "earlier" (not "later than"), or "before"/"after" with nothing after them in the clause. */
const AFTER_DURATION = /^\s+(?:(later|earlier)\b(?!\s+than\b)|(before|after)(?=\s*(?:[,.;:)]|$)))/iu;
const DURATION = /^P(?:(\d+)([DWMY])|T(\d+|X)[HM])$/u;
/** "three years earlier" as the relative rule finds it. */
const YEARS_EARLIER = new RegExp(String.raw`^(?:[a-z]+\s+)?(${NUMBER_RE})[\s-](${UNIT_RE})\s+earlier$`, 'iu');

/** "within two years before", "for a week after": a span, not a point counted from an event. */
const SPAN_BEFORE = /\b(?:within|for|over|during|in|throughout|about|than)\s+$/iu;

export function storyShift(c: Candidate, text: string): Shift | undefined {
  if (c.rule === 'durations' && c.type === 'DURATION') {
    if (SPAN_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) return undefined;
    const d = DURATION.exec(c.value);
    const after = AFTER_DURATION.exec(text.slice(c.end, c.end + 12));
    if (!d || !after) return undefined;
    const sign = /later|after/iu.test(after[1] ?? after[2] ?? '') ? 1 : -1;
    const end = c.end + after[0].length;
    if (d[3] !== undefined) return { unit: 'T', n: 0, end };
    // "fell to 3 mln dlrs from 4 mln a year before" compares with the same period a year back,
    // as "a year earlier" does: the fiscal refiner's idiom, not a step in the story.
    if (d[2] === 'Y' && d[1] === '1' && sign < 0) return undefined;
    return { unit: d[2] as Shift['unit'], n: sign * Number(d[1]), end };
  }
  if (c.rule === 'relative') {
    // "five years earlier than expected" compares; it does not count from an event.
    if (/^\s+than\b/u.test(text.slice(c.end, c.end + 6))) return undefined;
    const m = YEARS_EARLIER.exec(text.slice(c.start, c.end));
    const n = m ? numberValue(m[1] ?? '') : undefined;
    const unit = m ? unitOf(m[2] ?? '') : undefined;
    // "a year earlier" compares a result with the same period a year before; the fiscal refiner
    // reads it. Larger counts tell a story's past ("three years earlier, he had fled").
    if (!unit || unit.time || n === undefined || n === 1 || !Number.isInteger(n * unit.factor)) return undefined;
    if (unit.code !== 'Y' || unit.factor !== 1) return undefined;
    return { unit: 'Y', n: -n, end: c.end };
  }
  return undefined;
}

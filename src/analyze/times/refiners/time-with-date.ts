/**
 * A clock time next to the day it happens on is one expression: "10 p.m. Wednesday", "9 a.m.
 * Tuesday", "4 a.m. EDT Thursday", and the other way round, "tomorrow at 5 p.m.", "Friday at
 * noon", "tomorrow morning at 7 a.m.". The time takes the day's date instead of the reference's. A
 * short parenthesis between them ("10:35 a.m. (0735 GMT) Friday") still gives the time its day,
 * but the two keep their own spans.
 */
import type { Candidate, Refiner } from '../candidate.js';

const GLUE = /^(?:,\s*|\s+(?:on\s+)?|\s*\([^()]{1,24}\),?\s+(?:on\s+)?)$/u;
const FULL_DATE = /^\d{4}-\d\d-\d\d$/u;
/** What joins a day to the clock time after it: "tomorrow at 5 p.m.", "Friday, 10 a.m.". */
const DAY_THEN_CLOCK = /^(?:,?\s+at\s+|,\s*|\s+)$/u;
/** A day, or a part of a day ("tomorrow morning" = `2018-06-15TMO`), the clock time can take. */
const DAY_VALUE = /^(\d{4}-\d\d-\d\d)(?:T[A-Z]{2})?$/u;

/**
 * The time of day a candidate carries: a clock time, or the edge of a day ("dawn on Tuesday" →
 * `TMO`). Other parts of the day ("this morning") already name their day.
 */
function clockOf(c: Candidate): RegExpExecArray | null {
  return c.rule === 'day-edges' ? /T[A-Z]{2}$/u.exec(c.value) : /T\d\d:\d\d$/u.exec(c.value);
}

/** What joins the two ends of a clock range: "4 p.m. to 5 p.m. tomorrow", "between 4 and 5 p.m.". */
const RANGE_GLUE = /^\s*(?:[-–—]|to|and|till|until|through)\s*$/u;
/** A clock time alone, naming no day: "4 p.m.", "16:00", "noon". */
const BARE_CLOCK = /^(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)$/iu;

/**
 * "between 4 p.m. and 5 p.m. tomorrow": the first end, which took the reference's date, shares the
 * day the second end names.
 */
function clockRangeShare(sorted: Candidate[], text: string): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (!a || !b || a.type !== 'TIME' || b.type !== 'TIME' || !a.inferred || b.start < a.end) continue;
    const ca = /^(\d{4}-\d\d-\d\d)(T\d\d:\d\d)$/u.exec(a.value);
    const cb = /^(\d{4}-\d\d-\d\d)T\d\d:\d\d$/u.exec(b.value);
    if (!ca || !cb || ca[1] === cb[1] || !BARE_CLOCK.test(text.slice(a.start, a.end).trim())) continue;
    if (!RANGE_GLUE.test(text.slice(a.end, b.start))) continue;
    a.value = (cb[1] ?? '') + (ca[2] ?? '');
    if (!b.inferred) delete a.inferred;
  }
}

/**
 * "tomorrow at 5 p.m.": the time, which alone took the reference's date, takes the day's. The
 * two become one expression.
 */
function dayThenClock(sorted: Candidate[], text: string, drop: Set<Candidate>): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const d = sorted[i];
    const t = sorted[i + 1];
    if (!d || !t || drop.has(d) || drop.has(t) || t.type !== 'TIME' || t.start < d.end) continue;
    const day = DAY_VALUE.exec(d.value);
    const clock = clockOf(t);
    // Only a time whose date came from the reference: "June 12 at 10:00" is already whole.
    if (!day || !clock || !t.inferred || !DAY_THEN_CLOCK.test(text.slice(d.end, t.start))) continue;
    t.value = (day[1] ?? '') + clock[0];
    t.start = d.start;
    if (!d.inferred) delete t.inferred;
    drop.add(d);
  }
}

/**
 * "at 4 in the morning (4 a.m. EDT Thursday)": a clock time glossed in a parenthesis right after it
 * takes the date the gloss names, when both say the same hour.
 */
function parenGloss(sorted: Candidate[], text: string): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const t = sorted[i];
    const g = sorted[i + 1];
    if (!t || !g || t.type !== 'TIME' || g.type !== 'TIME' || !t.inferred || g.start < t.end) continue;
    if (!/^\s*\($/u.test(text.slice(t.end, g.start)) || !/^[^()]{0,30}\)/u.test(text.slice(g.end, g.end + 32))) continue;
    const ct = /^\d{4}-\d\d-\d\d(T\d\d:\d\d)$/u.exec(t.value);
    const cg = /^(\d{4}-\d\d-\d\d)(T\d\d:\d\d)$/u.exec(g.value);
    if (!ct || !cg || ct[1] !== cg[2]) continue;
    t.value = (cg[1] ?? '') + (ct[1] ?? '');
    if (!g.inferred) delete t.inferred;
  }
}

/** A clock time and its zone, naming no day: "at 18:00 UTC", "10 p.m. local time". */
const CLOCK_ALONE = /^(?:\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?|noon|midnight)(?:\s+(?:[A-Z]{2,5}|local\s+time|[A-Z][a-z]+\s+time))?$/u;
/** How far back in its sentence a clock time looks for its day, in characters. */
const DAY_REACH = 100;

/**
 * "made its first flight Tuesday in Everett, Washington, at 18:00 UTC": a clock time that names no
 * day, in a sentence that named one shortly before it (with no other time between), happens on
 * that day, not on the reference's. The two keep their own spans.
 */
function dayEarlierInSentence(sorted: Candidate[], text: string, sentences: ReadonlyArray<readonly [number, number]>): void {
  let s = 0;
  for (const t of sorted) {
    if (t.type !== 'TIME' || !t.inferred) continue;
    const clock = /^(\d{4}-\d\d-\d\d)(T\d\d:\d\d)$/u.exec(t.value);
    if (!clock || !CLOCK_ALONE.test(text.slice(t.start, t.end))) continue;
    // The nearest time that ends before this one (rivals over the same words are skipped).
    let d: Candidate | undefined;
    for (const c of sorted) if (c.end <= t.start && (!d || c.end > d.end)) d = c;
    const day = d ? DAY_VALUE.exec(d.value) : null;
    if (!d || !day || day[1] === clock[1] || t.start - d.end > DAY_REACH) continue;
    while ((sentences[s]?.[1] ?? Infinity) <= t.start) s++;
    const sentence = sentences[s];
    if (sentence && d.start < sentence[0]) continue;
    // A clause break of its own ("...; at 10 p.m."), a new quotation or a sentence end (when no
    // sentence layer gave the bounds) ends the day's reach.
    if (/[;"“”]|[.!?]\s+[A-Z]/u.test(text.slice(d.end, t.start))) continue;
    t.value = (day[1] ?? '') + (clock[2] ?? '');
  }
}

export const timeWithDateRefiner: Refiner = {
  name: 'time-with-date',
  refine(cands, { text, sentences }) {
    const sorted = [...cands].sort((a, b) => a.start - b.start);
    const drop = new Set<Candidate>();
    for (let i = 0; i + 1 < sorted.length; i++) {
      const t = sorted[i];
      let j = i + 1;
      // Skip what a parenthesis right after the time holds (the same moment in another zone).
      const paren = t ? /^\s*\([^()]{1,24}\)/u.exec(text.slice(t.end, t.end + 30)) : null;
      while (t && paren && (sorted[j]?.end ?? Infinity) <= t.end + paren[0].length) j++;
      const d = sorted[j];
      // The day may be a part of one: "10 p.m. last night" is the night's date.
      const dayOnly = d ? DAY_VALUE.exec(d.value)?.[1] : undefined;
      if (!t || !d || !dayOnly || t.type !== 'TIME' || (d.type === 'DATE') !== FULL_DATE.test(d.value) || d.start < t.end) continue;
      if (!GLUE.test(text.slice(t.end, d.start))) continue;
      const clock = clockOf(t);
      if (!clock) continue;
      t.value = dayOnly + clock[0];
      if (!d.inferred) delete t.inferred;
      // Across a parenthesis the two stay separate expressions; only the date carries over, to
      // the time inside the parenthesis too.
      if (paren) {
        for (let k = i + 1; k < j; k++) {
          const inner = sorted[k];
          const innerClock = inner?.type === 'TIME' ? /T\d\d:\d\d$/u.exec(inner.value) : null;
          if (inner && innerClock) inner.value = dayOnly + innerClock[0];
        }
        continue;
      }
      t.end = d.end;
      drop.add(d);
    }
    dayThenClock(sorted.filter((c) => !drop.has(c)), text, drop);
    clockRangeShare(sorted.filter((c) => !drop.has(c)).sort((a, b) => a.start - b.start), text);
    parenGloss(sorted.filter((c) => !drop.has(c)).sort((a, b) => a.start - b.start), text);
    dayEarlierInSentence(sorted.filter((c) => !drop.has(c)).sort((a, b) => a.start - b.start), text, sentences);
    return cands.filter((c) => !drop.has(c));
  },
};

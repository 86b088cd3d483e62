/**
 * "A year earlier" in a results story compares with the same period of the previous year: profit
 * "rose in the third quarter from $5 million a year earlier" means 2017-Q3, not 2017. The period is
 * the one named last before it, anywhere earlier in the story (a results story names its quarter in
 * the lead and compares with "a year earlier" paragraphs later):
 * - a quarter or half reported → the same one a year before ("a year ago" after "the third quarter");
 * - a year-ago period already named ("the year-earlier quarter", "a year ago") → that same period;
 * - "the nine months", "the first six months" → the year before, as a year ("the 1988 period");
 * - "the year", "last year" → that year a year back, or "last year" itself.
 * Failing that, in a sentence that talks of quarters, the quarter just reported (the last completed).
 * "The 1988 period" takes its quarter from the period named before it the same way, and "the
 * year-earlier period" after "the nine months" is that many months (TimeBank writes P9M).
 */
import { fmtYear, lastCompletedQuarter } from '../calendar.js';
import type { Candidate, Refiner } from '../candidate.js';
import type { Reference } from '../reference.js';

const YEAR_BACK = /^(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|year-(?:earlier|ago))$/i;
const QUARTERLY = /\b(?:quarter|period|third-quarter|fourth-quarter|second-quarter|first-quarter|quarterly)\b/i;
const RESULTS = /\b(?:quarter|third-quarter|fourth-quarter|second-quarter|first-quarter)\b/i;
/** Tried first, same flags: RESULTS needs "quarter", and this finds it without a \b at every position. */
const QUARTER_WORD = /quarter\b/i;
const PERIOD = /^(\d{4})-([QH]\d)$/u;
const MONTHS = /^P\d+M$/u;
const YEAR = /^\d{4}$/u;
/** "the year-earlier quarter", "the comparable year-ago period", "the quarter a year ago": a year-ago period. */
const YEAR_BEFORE_PHRASE = /^the\s+(?:(?:comparable|corresponding|same)\s+)?(?:year-earlier|year-ago|comparable|corresponding|same|year-before)\s+(?:quarter|period)$|\s(?:a\s+year\s+(?:ago|earlier|before)|last\s+year)$/iu;
/** The same, said of a period that need not be a quarter: only these may become "the nine months" a year back. */
const YEAR_BEFORE_PERIOD = /^the\s+(?:(?:comparable|corresponding|same)\s+)?(?:year-earlier|year-ago|comparable|corresponding|same|year-before)\s+period$|^the\s+(?:(?:comparable|corresponding|same)\s+)?period\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year)$/iu;
/** "the 1988 period", "the 1988 quarter": a named year's period, whose quarter the story gives. */
const NAMED_YEAR_PERIOD = /^the\s+((?:19|20)\d\d)\s+(?:period|quarter)$/iu;
/** "the nine months", "the first six months", "the latest nine months": the year to date reported. */
const MONTHS_PHRASE = /^the\s+(?:(?:first|latest|past|last)\s+)?[a-z0-9]+\s+months$/iu;
/** "the year", "the fiscal year", "fiscal 1989": a whole year reported. */
const YEAR_PHRASE = /^(?:the\s+(?:full\s+|fiscal\s+)?year|fiscal\s+(?:19|20)\d\d)$/iu;

type Anchor = { kind: 'back' | 'quarter' | 'months' | 'year'; cand: Candidate };

/**
 * Whether a quarter or half had begun by the reference: one reported (a fiscal fourth quarter may be
 * reported in November), not an outlook ("losses through the third quarter of 2020").
 */
function begun(value: string, ref: Reference): boolean {
  const m = PERIOD.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const part = m[2] ?? '';
  const firstMonth = part.startsWith('H') ? Number(part.slice(1)) * 6 - 5 : Number(part.slice(1)) * 3 - 2;
  return y < ref.year || (y === ref.year && firstMonth <= ref.month);
}

export const fiscalQuarterRefiner: Refiner = {
  name: 'fiscal-quarter',
  refine(cands, { text, ref, sentences }) {
    if (!ref) return cands;
    const sorted = [...cands].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
    if (!sorted.some((c) => PERIOD.test(c.value)) && !(QUARTER_WORD.test(text) && RESULTS.test(text))) return cands;
    const done = lastCompletedQuarter(ref);
    const lastReported = `${fmtYear(done.year - 1)}-Q${done.q}`;
    const phraseOf = (c: Candidate) => text.slice(c.start, c.end);
    const isYearBack = (c: Candidate) => c.rule === 'relative' && YEAR_BACK.test(phraseOf(c));

    /** What a candidate tells of the period reported, if anything. */
    const anchorOf = (c: Candidate): Anchor | undefined => {
      const phrase = phraseOf(c);
      if (isYearBack(c) || (c.rule === 'quarters' && YEAR_BEFORE_PHRASE.test(phrase))) return { kind: 'back', cand: c };
      // "the year-earlier nine months": the months of the year before.
      if (c.type === 'DURATION' && MONTHS.test(c.value) && /^the\s+year-(?:earlier|ago)\s/iu.test(phrase)) return { kind: 'back', cand: c };
      if (PERIOD.test(c.value)) return begun(c.value, ref) ? { kind: 'quarter', cand: c } : undefined;
      if (c.type === 'DURATION' && MONTHS.test(c.value) && MONTHS_PHRASE.test(phrase)) return { kind: 'months', cand: c };
      if (YEAR.test(c.value) && (YEAR_PHRASE.test(phrase) || /^last\s+year$/iu.test(phrase) || NAMED_YEAR_PERIOD.test(phrase))) {
        return { kind: 'year', cand: c };
      }
      return undefined;
    };

    /** The year a year before the reported period, when that period is "the nine months" or a year. */
    const yearBefore = (a: Anchor): string => {
      if (a.kind === 'year' && Number(a.cand.value) < done.year) return a.cand.value; // "last year" is already the year-ago one
      if (a.kind === 'year') return fmtYear(Number(a.cand.value) - 1);
      return fmtYear(done.year - 1);
    };

    /** The value a year-ago phrase takes after the anchor `a`. */
    const yearAgoAfter = (a: Anchor, before: readonly Candidate[]): string | undefined => {
      const v = a.cand.value;
      if (a.kind === 'back') return MONTHS.test(v) ? yearBefore(a) : PERIOD.test(v) || YEAR.test(v) ? v : undefined;
      if (a.kind !== 'quarter') return yearBefore(a);
      const m = PERIOD.exec(v);
      if (!m) return undefined;
      // "a loss in the 1988 period. The year-ago results ...": a period already a year before the
      // latest one reported is the year-ago period itself, not one to count back from.
      const later = `${fmtYear(Number(m[1]) + 1)}-${m[2]}`;
      if (Number(m[1]) + 1 <= ref.year && before.some((p) => p.value === later)) return v;
      return `${fmtYear(Number(m[1]) - 1)}-${m[2]}`;
    };

    // Candidates inside a longer one ("last year" in "the period last year") tell nothing of their own.
    const inner = new Set<Candidate>();
    let maxEnd = -1;
    for (const c of sorted) {
      if (c.end <= maxEnd) inner.add(c);
      else maxEnd = c.end;
    }

    const anchors: Anchor[] = [];
    const seen: Candidate[] = [];
    /** The period named last before `c`; a half only close by ("the first half" is said in any story). */
    const nearest = (from: number): Anchor | undefined => {
      const a = anchors[anchors.length - 1];
      return a && /-H[12]$/u.test(a.cand.value) && a.cand.start < from ? undefined : a;
    };
    const resolve = (c: Candidate) => {
      const phrase = phraseOf(c);
      // The sentence of `c` and the one before it.
      const i = sentences.findIndex(([s, e]) => s <= c.start && c.start < e);
      const from = sentences[Math.max(0, i - 1)]?.[0] ?? 0;
      const a = nearest(from);
      if (isYearBack(c)) {
        const value = a ? yearAgoAfter(a, seen) : undefined;
        if (value) c.value = value;
        else if (!a && QUARTERLY.test(text.slice(from, sentences[i]?.[1] ?? text.length))) c.value = lastReported;
        return;
      }
      if (!a) return;
      const named = NAMED_YEAR_PERIOD.exec(phrase);
      const months = a.kind === 'months' || (a.kind === 'back' && MONTHS.test(a.cand.value));
      const quarter = PERIOD.exec(a.cand.value);
      if (named && months) c.value = named[1] ?? c.value;
      else if (named && quarter && (a.kind === 'quarter' || a.kind === 'back')) c.value = `${named[1] ?? ''}-${quarter[2] ?? ''}`;
      else if (months && YEAR_BEFORE_PERIOD.test(phrase) && MONTHS.test(a.cand.value)) {
        c.type = 'DURATION';
        c.value = a.cand.value;
        delete c.inferred;
      }
    };
    for (const c of sorted) {
      if (isYearBack(c) || c.rule === 'quarters') resolve(c);
      if (!inner.has(c)) {
        const anchor = anchorOf(c);
        if (anchor) anchors.push(anchor);
      }
      seen.push(c);
    }
    return cands;
  },
};

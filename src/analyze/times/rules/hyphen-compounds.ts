/**
 * Hyphenated compounds that carry a time:
 * - "a day-long meeting" → `P1D`, "a decades-long battle" → `PXY` (a plural unit: some number of
 *   them; decades are counted in years, as TimeBank and MEANTIME both write "decades-long");
 * - "a several-year tenure", "a multi-year deal" → `PXY`;
 * - "post-1959 politics", "pre-1990 levels" → the year itself.
 * Counted compounds ("a two-year term") are the durations rule's; ages ("an 8-year-old boy") are
 * left out on purpose.
 */
import { cand, type Candidate, type Rule } from '../candidate.js';
import { unitOf } from '../lexicon.js';
import { withoutLeadingBoundary } from '../prefilter.js';

const LONG = /\b(hour|day|week|month|year|decade|century|hours|days|weeks|months|years|decades|centuries)-long\b/giu;
const VAGUE_COUNT = /\b(?:several|multi|many|few)-(day|week|month|year|decade)\b/giu;
const PRE_POST = /\b(?:pre|post)-((?:1[6-9]|20)\d\d)\b(?!-)/giu;
/** Pre-tests without the leading \b (slow under `u` at every position): most texts skip the scans. */
const VAGUE_COUNT_ANYWHERE = withoutLeadingBoundary(VAGUE_COUNT);
const PRE_POST_ANYWHERE = withoutLeadingBoundary(PRE_POST);

/** A vague count of a unit: `PXY`, `PTXH`; decades and centuries in years. */
function vagueValue(unitWord: string): string | undefined {
  const unit = unitOf(unitWord);
  if (!unit) return undefined;
  return `P${unit.time ? 'T' : ''}X${unit.code}`;
}

export const hyphenCompoundsRule: Rule = {
  name: 'hyphen-compounds',
  find({ text }) {
    const out: Candidate[] = [];
    if (!text.includes('-')) return out;
    for (const m of text.includes('-long') ? text.matchAll(LONG) : []) {
      const word = (m[1] ?? '').toLowerCase();
      const unit = unitOf(word);
      if (!unit) continue;
      const plural = word.endsWith('s');
      const value = plural ? vagueValue(word) : `P${unit.time ? 'T' : ''}${unit.factor}${unit.code}`;
      if (value) out.push(cand('hyphen-compounds', m.index, m.index + m[0].length, 'DURATION', value, { priority: 1 }));
    }
    for (const m of VAGUE_COUNT_ANYWHERE.test(text) ? text.matchAll(VAGUE_COUNT) : []) {
      const value = vagueValue(m[1] ?? '');
      if (value) out.push(cand('hyphen-compounds', m.index, m.index + m[0].length, 'DURATION', value, { priority: 1 }));
    }
    for (const m of PRE_POST_ANYWHERE.test(text) ? text.matchAll(PRE_POST) : []) {
      out.push(cand('hyphen-compounds', m.index, m.index + m[0].length, 'DATE', m[1] ?? '', { priority: 1 }));
    }
    return out;
  },
};

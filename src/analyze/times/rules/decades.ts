/**
 * Decades and centuries as TIMEX3 writes them: "the 1980s" → `198`, "the early 1990s" → `199` (mod
 * START), "the '80s" → `198`, "the 19th century" → `18`.
 */
import { cand, type Candidate, type Rule } from '../candidate.js';
import { withoutLeadingBoundary } from '../prefilter.js';

const DECADE = /\b(?:(the)\s+)?(?:(early|late|mid)[\s-]+)?(?:((?:1\d|20)\d)0'?s|'(\d)0s)\b/gi;
/** A cheap test, same flags, for the "0s" every DECADE match ends with: most texts skip its scan. */
const DECADE_END = /\d0'?s\b/i;
/** "the 19th century", and bare before a noun: "a 20th century democrat", "the 11th century temple". */
const CENTURY = /\b(?:(the)\s+)?(?:(early|late|mid)[\s-]+)?(\d{1,2})(?:st|nd|rd|th)[\s-]century\b/gi;
/** A cheap test, same flags, for the word CENTURY needs: most texts lack it, and skip its scan. */
const CENTURY_WORD = /century/i;
const DECADE_WORDS = /\bthe\s+(?:(early|late|mid)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
/** DECADE_WORDS without its leading \b: starting with "the", V8 skips ahead to it; a pre-test most texts fail. */
const DECADE_WORDS_ANYWHERE = withoutLeadingBoundary(DECADE_WORDS);
const DECADE_N: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
const MODS: Record<string, string> = { early: 'START', late: 'END', mid: 'MID' };

export const decadesRule: Rule = {
  name: 'decades',
  find({ text, ref }) {
    const out: Candidate[] = [];
    for (const m of DECADE_END.test(text) ? text.matchAll(DECADE) : []) {
      let prefix = m[3];
      if (!prefix && m[4]) {
        const century = ref ? Math.floor(ref.year / 100) : 19;
        // "'80s" in 2018 still means the 1980s: a decade later than the reference is the previous century.
        const guess = century * 10 + Number(m[4]);
        prefix = String(ref && guess * 10 > ref.year ? guess - 10 : guess);
      }
      if (!prefix) continue;
      const mod = MODS[(m[2] ?? '').toLowerCase()];
      out.push(cand('decades', m.index, m.index + m[0].length, 'DATE', prefix, { priority: 2, ...(mod ? { mod } : {}) }));
    }
    for (const m of DECADE_WORDS_ANYWHERE.test(text) ? text.matchAll(DECADE_WORDS) : []) {
      const d = DECADE_N[(m[2] ?? '').toLowerCase()] ?? 9;
      const mod = MODS[(m[1] ?? '').toLowerCase()];
      out.push(cand('decades', m.index, m.index + m[0].length, 'DATE', `19${d}`, { priority: 2, ...(mod ? { mod } : {}) }));
    }
    for (const m of CENTURY_WORD.test(text) ? text.matchAll(CENTURY) : []) {
      const n = Number(m[3]);
      if (n < 1 || n > 21) continue;
      const mod = MODS[(m[2] ?? '').toLowerCase()];
      out.push(cand('decades', m.index, m.index + m[0].length, 'DATE', String(n - 1).padStart(2, '0'), { priority: 2, ...(mod ? { mod } : {}) }));
    }
    return out;
  },
};

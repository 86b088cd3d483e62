/**
 * Quarters and halves of a year: "the third quarter" → `2018-Q3`, "third-quarter", "the 1988 third
 * quarter", "next year's first quarter", "the year-earlier quarter", "the comparable year-ago quarter", "the
 * quarter a year ago", "the same period last year", "the second half" → `2018-H2`.
 * "the quarter" alone, in a results story, is the quarter just reported: the last completed one.
 */
import { fmtYear, lastCompletedQuarter, quarterOf } from '../calendar.js';
import { cand, type Candidate, type Rule } from '../candidate.js';

const ORD = '(first|second|third|fourth|1st|2nd|3rd|4th)';
const QUARTER = new RegExp(
  String.raw`\b(?:(the|this|last|next)\s+)?(?:(this\s+year's|last\s+year's|next\s+year's|year-earlier|year-ago|((?:19|20)\d\d)|fiscal)[\s-]+)?(?:fiscal[\s-]+)?${ORD}[\s-](?:fiscal[\s-])?(quarter|half|period)(?:\s+of\s+(?:fiscal\s+)?((?:19|20)\d\d)|\s+(?:19|20)\d\d)?\b|\b(Q[1-4])\b|\b((?:the|this|last\s+year's)\s+(?:(?:comparable|corresponding|same)\s+(?:year-earlier|year-ago)\s+|(?:latest|current|past|last|previous|recent|same|year-earlier|year-ago|most\s+recent|comparable|corresponding|fiscal|just-ended|just\s+ended|year-before|(?:19|20)\d\d)\s+)?(?:quarter|period)(?:\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year))?)\b`,
  'gi',
);
/** "the last half of 1989", "the first two quarters of 1990": a half of the named year (`1990-H1`). */
const HALF_OF = /\b(?:the\s+)?(first|second|last|latter|final)\s+(?:half|two\s+quarters)\s+of\s+(?:fiscal\s+)?((?:19|20)\d\d)\b/gi;
/** A cheap test, same flags, for a word HALF_OF needs: most texts have neither, and skip its scan. */
const HALF_WORD = /half|quarters/i;
/** A cheap test, same flags, for a word each QUARTER alternative ends on or is: many texts skip its scan. */
const QUARTER_WORD = /quarter|half|period|Q[1-4]/i;
/** "the second and fourth quarters": two ordinals sharing one plural "quarters". */
const PAIRED = /\bthe\s+(first|second|third|fourth)\s+(?:and|or)\s+((first|second|third|fourth)\s+quarters)\b/giu;
/** A habit word before them: the quarters recur every year. */
const HABITUAL = /\b(?:usually|typically|generally|normally|traditionally|often|always|each\s+year|every\s+year)\b/iu;
const ORD_N: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

export const quartersRule: Rule = {
  name: 'quarters',
  find({ text, ref, tenseAt }) {
    const out: Candidate[] = [];
    for (const m of HALF_WORD.test(text) ? text.matchAll(HALF_OF) : []) {
      const h = (m[1] ?? '').toLowerCase() === 'first' ? 1 : 2;
      // Longer than the "1990" the years rule finds inside it, so it wins the overlap.
      out.push(cand('quarters', m.index, m.index + m[0].length, 'DATE', `${m[2] ?? ''}-H${h}`, { priority: 2 }));
    }
    for (const m of text.includes('quarters') ? text.matchAll(PAIRED) : []) {
      // "business is usually conducted in the second and fourth quarters": each quarter, every year
      // (SET XXXX-Q2); without a habit word, this year's (or the last year's, told in the past).
      const habitual = HABITUAL.test(text.slice(Math.max(0, m.index - 60), m.index));
      const firstAt = m.index + m[0].toLowerCase().indexOf((m[1] ?? '').toLowerCase());
      const secondAt = m.index + m[0].length - (m[2] ?? '').length;
      for (const [s, e, word] of [[firstAt, firstAt + (m[1] ?? '').length, m[1]], [secondAt, m.index + m[0].length, m[3]]] as const) {
        const n = ORD_N[(word ?? '').toLowerCase()] ?? 1;
        if (habitual) {
          out.push(cand('quarters', s, e, 'SET', `XXXX-Q${n}`, { priority: 2 }));
          continue;
        }
        if (!ref) {
          out.push(cand('quarters', s, e, 'DATE', `XXXX-Q${n}`, { priority: 2 }));
          continue;
        }
        const year = n > quarterOf(ref.month) && tenseAt(s, e) === 'past' ? ref.year - 1 : ref.year;
        out.push(cand('quarters', s, e, 'DATE', `${fmtYear(year)}-Q${n}`, { inferred: true, priority: 2 }));
      }
    }
    for (const m of QUARTER_WORD.test(text) ? text.matchAll(QUARTER) : []) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[7]) {
        // "Q3" alone: needs a year nearby to be sure; take the reference year.
        const q = Number(m[7].slice(1));
        out.push(cand('quarters', start, end, 'DATE', ref ? `${fmtYear(ref.year)}-Q${q}` : `XXXX-Q${q}`, { inferred: !!ref, priority: 2 }));
        continue;
      }
      if (m[8]) {
        const phrase = m[8].toLowerCase().replace(/\s+/gu, ' ');
        // "the quarter a year ago", "the same period last year": the reported period, a year back.
        const yearBack = / (?:a year (?:ago|earlier|before)|last year)$/u.test(phrase);
        // "the period" alone refers back to anything; only a qualified period is a quarter.
        if (!yearBack && /^the period$|^the (?:past|last|current|same|fiscal|recent|comparable|corresponding) period$/u.test(phrase)) continue;
        // "this quarter" alone; "this period", "this latest quarter" are left to other words.
        if (phrase.startsWith('this ') && phrase !== 'this quarter') continue;
        if (!ref) {
          out.push(cand('quarters', start, end, 'DATE', 'XXXX-QX', { priority: 2 }));
          continue;
        }
        let { year, q } = lastCompletedQuarter(ref);
        // "sales should recover this quarter" is the quarter under way; "this quarter's loss" in a
        // results story, told in the present or past, is the quarter reported.
        const ahead = phrase === 'this quarter' && ['future', 'modal'].includes(tenseAt(start, end));
        if (ahead || /current/u.test(phrase)) ({ year, q } = { year: ref.year, q: quarterOf(ref.month) });
        if (yearBack || /year-earlier|year-ago|same|comparable|corresponding|year-before|last year's/u.test(phrase)) year -= 1;
        // "the 1988 period": the quarter just reported, in the year named.
        const named = /\b((?:19|20)\d\d)\b/u.exec(phrase);
        if (named) year = Number(named[1]);
        out.push(cand('quarters', start, end, 'DATE', `${fmtYear(year)}-Q${q}`, { inferred: true, priority: 2 }));
        continue;
      }
      const n = ORD_N[(m[4] ?? '').toLowerCase()] ?? 1;
      const kind = (m[5] ?? '').toLowerCase();
      if (kind === 'period') continue;
      if (kind === 'half' && n > 2) continue;
      const letter = kind === 'half' ? 'H' : 'Q';
      const which = (m[2] ?? '').toLowerCase().replace(/\s+/gu, ' ');
      const explicit = m[3] ?? m[6] ?? /((?:19|20)\d\d)\b/u.exec(m[0].slice(m[0].search(/quarter|half/i)))?.[1];
      let value: string;
      let inferred = false;
      if (explicit) value = `${explicit}-${letter}${n}`;
      else if (!ref) value = `XXXX-${letter}${n}`;
      else {
        inferred = true;
        let year = ref.year;
        if (which.startsWith('last') || which === 'year-earlier' || which === 'year-ago') year -= 1;
        else if (which.startsWith('next')) year += 1;
        else if (letter === 'Q' && n > quarterOf(ref.month) && tenseAt(start, end) === 'past' && !which.startsWith('this')) year -= 1;
        value = `${fmtYear(year)}-${letter}${n}`;
      }
      // "the first half" as TimeBank marks it is a date (2018-H1); the span keeps "the".
      out.push(cand('quarters', start, end, 'DATE', value, { inferred, priority: 2 }));
    }
    return out;
  },
};

/**
 * Month names with their modifiers, where chrono gives the bare month only: "this September",
 * "last November", "next May", "September 2018", "in September" (the preposition stays outside
 * the span, as TimeBank marks it). A month followed by a day number is left to chrono.
 */
import { fmtMonth } from '../calendar.js';
import { cand, type Candidate, type Rule } from '../candidate.js';
import { MONTH_RE, monthNumber } from '../lexicon.js';
import { resolveMonth } from '../resolve.js';
import { PREP_BEFORE } from './chrono.js';

const MONTH = new RegExp(
  String.raw`\b(?:(this\s+past|this|last|next|the\s+coming|coming|past)\s+)?(${MONTH_RE})(?:(?:\s+|,\s*|\s+of\s+)((?:19|20)\d\d)|\s+(?:of\s+)?(last|this|next)\s+year)?(?![\w'])(?!\.?\s*\d)`,
  'gi',
);

/** What makes a capitalized "May" the month: "in May", "by May", "as early as May", "mid-May". */
const MAY_BEFORE = /\b(?:in|of|since|until|till|by|before|between|early|late|mid|during|through|from|last|next|this|to|as\s+(?:early|late|soon)\s+as)\s+$|\b(?:early|late|mid)-$/iu;

export const monthsRule: Rule = {
  name: 'months',
  find({ text, ref, tenseAt }) {
    const out: Candidate[] = [];
    for (const m of text.matchAll(MONTH)) {
      const word = m[2] ?? '';
      // A month is capitalized in news; "may", "march" in lower case are a verb and a noun.
      if (!/^[A-Z]/u.test(word)) continue;
      const month = monthNumber(word);
      if (!month) continue;
      // Abbreviations without a dot ("Mar", "Jan") are names too often; "May" at the start of a sentence a verb.
      if (word.length <= 3 && !/^may$/i.test(word) && !m[3]) continue;
      if (/^may$/i.test(word) && !m[1] && !m[3] && !MAY_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (word === 'March' && !m[1] && !PREP_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && /^\s+(?:of\s+(?!\d)|for\s)/.test(text.slice(end, end + 6))) continue;
      const mod = (m[1] ?? '').toLowerCase().replace(/\s+/gu, ' ');
      let value: string;
      let inferred = false;
      if (m[3]) value = fmtMonth(Number(m[3]), month);
      else if (m[4] && ref) {
        const rel = m[4].toLowerCase();
        value = fmtMonth(ref.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0), month);
        inferred = true;
      }
      else if (ref && (mod === 'last' || mod === 'this past' || mod === 'past')) {
        value = fmtMonth(month < ref.month ? ref.year : ref.year - 1, month);
        inferred = true;
      } else if (ref && (mod === 'next' || mod === 'coming' || mod === 'the coming')) {
        value = fmtMonth(month > ref.month ? ref.year : ref.year + 1, month);
        inferred = true;
      } else if (ref && mod === 'this') {
        value = fmtMonth(ref.year, month);
        inferred = true;
      } else {
        const r = resolveMonth(month, ref, tenseAt(start, end));
        value = r.value;
        inferred = r.inferred;
      }
      out.push(cand('months', start, end, 'DATE', value, { inferred, priority: 2 }));
    }
    return out;
  },
};

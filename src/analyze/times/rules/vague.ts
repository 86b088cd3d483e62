/**
 * Vague references, as TIMEX3 values: "now", "currently", "current" → PRESENT_REF; "recently",
 * "most recently", "the past" → PAST_REF; "the future", "the near future" → FUTURE_REF. "in the
 * future" keeps the preposition outside, as TimeBank marks it.
 *
 * Left out on purpose, as TimeBank annotators mostly did: "previously", "soon", the adjectives
 * "recent" and "future" ("future plans"): each is far more often noise than a time.
 */
import { cand, type Candidate, type Rule } from '../candidate.js';

const PATTERNS: Array<[RegExp, string]> = [
  [/\b(?:right\s+now|just\s+now|now|currently|at\s+present|presently|nowadays|these\s+days|the\s+present|at\s+the\s+moment)\b(?!-)/gi, 'PRESENT_REF'],
  [/\bcurrent\b(?!\s+(?:account|accounts|affairs|events|assets|liabilities|liability|ratio|prices|dollars|flows?|of|in)\b|-)/gi, 'PRESENT_REF'],
  [/\b(?:most\s+recently|more\s+recently|until\s+recently|recently|lately|the\s+past|(?:the\s+)?recent\s+past)\b(?!\s+(?:few|two|three|four|five|six|several|year|month|week|day|decade|quarter|\d)|-)/gi, 'PAST_REF'],
  [/\bthe\s+(?:(?:near|distant|foreseeable|immediate)\s+)?future\b|\bthe\s+(?:near|short)\s+term\b/gi, 'FUTURE_REF'],
];

export const vagueRule: Rule = {
  name: 'vague',
  find({ text }) {
    const out: Candidate[] = [];
    for (const [re, value] of PATTERNS) {
      for (const m of text.matchAll(re)) out.push(cand('vague', m.index, m.index + m[0].length, 'DATE', value, { priority: 0 }));
    }
    return out;
  },
};

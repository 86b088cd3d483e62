/**
 * Vague references, as TIMEX3 values: "now", "currently", "current" → PRESENT_REF; "recently",
 * "most recently", "recent", "the past", "previously" → PAST_REF; "the future", "soon", "the near
 * future" → FUTURE_REF. "in the future" keeps the preposition outside, as TimeBank marks it.
 */
import { cand, type Candidate, type Rule } from '../candidate.js';

const PATTERNS: Array<[RegExp, string]> = [
  [/\b(?:right\s+now|just\s+now|now|currently|at\s+present|presently|nowadays|these\s+days|the\s+present|at\s+the\s+moment|the\s+current\s+period)\b(?!-)/giu, 'PRESENT_REF'],
  [/\bcurrent\b(?!\s+(?:account|accounts|affairs|events|assets|liabilities|liability|ratio|prices|dollars|flows?|of|in)\b|-)/giu, 'PRESENT_REF'],
  [/\b(?:most\s+recently|more\s+recently|until\s+recently|recently|lately|previously|formerly|the\s+past|(?:the\s+)?recent\s+past)\b(?!\s+(?:few|two|three|four|five|six|several|year|month|week|day|decade|quarter|\d)|-)/giu, 'PAST_REF'],
  [/\brecent\b(?!\s+(?:years|months|weeks|days|decades|quarters|past)\b)/giu, 'PAST_REF'],
  [/\b(?:the\s+(?:near|distant|foreseeable|immediate)\s+future|the\s+future|soon|shortly|someday)\b(?!\s+(?:after|before|as|than)\b)/giu, 'FUTURE_REF'],
  [/\bfuture\b(?!-)/giu, 'FUTURE_REF'],
];

export const vagueRule: Rule = {
  name: 'vague',
  find({ text }) {
    const out: Candidate[] = [];
    for (const [re, value] of PATTERNS) {
      for (const m of text.matchAll(re)) {
        const word = m[0].toLowerCase();
        // "now that", "now on": still now; but "until now", "by now" are fine too. "Now" as a name part is rare.
        if (word === 'future' && /\bthe\s+$/iu.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
        out.push(cand('vague', m.index, m.index + m[0].length, 'DATE', value, { priority: 0 }));
      }
    }
    return out;
  },
};

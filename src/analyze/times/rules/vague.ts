/**
 * Vague references, as TIMEX3 values: "now", "currently", "current" → PRESENT_REF; "recently",
 * "most recently", "the past" → PAST_REF; "the future", "the near future" → FUTURE_REF. "in the
 * future" keeps the preposition outside, as TimeBank marks it.
 *
 * "the then current price" → PAST_REF (the present of a past moment).
 *
 * "soon" ("will soon begin", "as soon as possible") → FUTURE_REF, but not the conjunction "as
 * soon as Tuesday", "soon after", or a past narrative's "was soon released". "in the coming days"
 * (weeks, months), "in coming months", "for coming quarters" → FUTURE_REF, the preposition outside. "within weeks",
 * "within days" said of what is still to come → FUTURE_REF, "within" inside (it alone makes the
 * words a near future); in a past narrative ("the army collapsed within days") or tied to an event
 * ("within days of the vote") they stay durations.
 *
 * "will one day be" → FUTURE_REF.
 *
 * Left out on purpose, as TimeBank annotators mostly did: "previously", the adjectives "recent"
 * and "future" ("future plans"): each is far more often noise than a time.
 */
import { cand, type Candidate, type Rule } from '../candidate.js';

const PATTERNS: Array<[RegExp, string]> = [
  [/\b(?:right\s+now|just\s+now|now|currently|at\s+present|presently|nowadays|these\s+days|the\s+present|at\s+the\s+moment)\b(?!-)/gi, 'PRESENT_REF'],
  [/\bcurrent\b(?!\s+(?:account|accounts|affairs|events|assets|liabilities|liability|ratio|prices|dollars|flows?|of|in)\b|-)/gi, 'PRESENT_REF'],
  [/\b(?:most\s+recently|more\s+recently|until\s+recently|recently|lately|the\s+past|(?:the\s+)?recent\s+past)\b(?!\s+(?:few|two|three|four|five|six|several|year|month|week|day|decade|quarter|\d)|-)/gi, 'PAST_REF'],
  [/\bthe\s+(?:(?:near|distant|foreseeable|immediate)\s+)?future\b|\bthe\s+(?:near|short)\s+term\b/gi, 'FUTURE_REF'],
];

/**
 * A broadcaster's segue, "Now for today's quiz.", "Now for the weather.": a short verbless sentence
 * that starts with "Now for" names what comes next, not the present. "Now for the first time,
 * scientists ..." goes on past a comma and keeps its "now".
 */
const SEGUE_BEFORE = /(?:^|[.!?]["'”]?\s+|\n\s*)$/u;
const SEGUE_AFTER = /^\s+for\s+[^,;.!?\n]{1,40}[.!?]/u;

function isSegueNow(text: string, s: number, e: number): boolean {
  if (e - s !== 3 || text[s] !== 'N') return false;
  if (!SEGUE_BEFORE.test(text.slice(Math.max(0, s - 4), s))) return false;
  const m = SEGUE_AFTER.exec(text.slice(e, e + 50));
  return m !== null && m[0].split(/\s+/u).length <= 7;
}

/** "the then current price", "the then-current chairman": the present of a past moment. */
const THEN_CURRENT = /\bthen[\s-]current\b/gi;

/** "soon" and "as soon as possible"; the conjunction and "soon after" are filtered in code. */
const SOON = /\b(?:as\s+soon\s+as\s+possible|soon)\b(?!-)/gi;
/** A cheap test, same flags, for the "soon" every SOON match has; no \b at every position. */
const SOON_WORD = /soon\b/i;
const SOON_CONJUNCTION = /\bas\s+$/iu;
const SOON_AFTER = /^\s+(?:after|as|thereafter|enough\s+to\b)/iu;

/** "in the coming days": a near future, not a count of days (above the duration reading). */
const COMING = /\b(?:in|for)\s+((?:the\s+)?coming\s+(?:days|weeks|months|quarters|years))\b/gi;
/** A cheap test, same flags, for the "coming weeks" every COMING match has: most texts skip its scan. */
const COMING_UNITS = /coming\s+(?:days|weeks|months|quarters|years)\b/i;

/** "within weeks", "within a few days", "within a matter of hours"; not "within days of the vote". */
const WITHIN = /\bwithin\s+(?:(?:a\s+few|a\s+matter\s+of)\s+)?(?:hours|days|weeks|months)\b(?!\s+(?:of|after|before|since|from|when)\b)/gi;

/** "will one day be", "could one day lead": a someday, not a day's length (a verb must follow). */
const ONE_DAY = /\b(?:will|would|could|may|might|can|shall|to)\s+(one\s+day)(?=\s+[a-z]{2})/gu;

export const vagueRule: Rule = {
  name: 'vague',
  find(input) {
    const { text } = input;
    const out: Candidate[] = [];
    for (const [re, value] of PATTERNS) {
      for (const m of text.matchAll(re)) {
        if (value === 'PRESENT_REF' && isSegueNow(text, m.index, m.index + m[0].length)) continue;
        out.push(cand('vague', m.index, m.index + m[0].length, 'DATE', value, { priority: 0 }));
      }
    }
    for (const m of text.includes('current') ? text.matchAll(THEN_CURRENT) : []) {
      out.push(cand('vague', m.index, m.index + m[0].length, 'DATE', 'PAST_REF', { priority: 1 }));
    }
    for (const m of SOON_WORD.test(text) ? text.matchAll(SOON) : []) {
      const s = m.index;
      const e = s + m[0].length;
      if (m[0].length === 4) {
        if (SOON_CONJUNCTION.test(text.slice(Math.max(0, s - 4), s)) || SOON_AFTER.test(text.slice(e, e + 16))) continue;
        // "He was soon released": a past narrative's "soon" is not the reader's future.
        if (input.tenseAt(s, e) === 'past') continue;
      }
      out.push(cand('vague', s, e, 'DATE', 'FUTURE_REF', { priority: 0 }));
    }
    for (const m of text.matchAll(WITHIN)) {
      const s = m.index;
      const e = s + m[0].length;
      if (input.tenseAt(s, e) === 'past') continue;
      out.push(cand('vague', s, e, 'DATE', 'FUTURE_REF', { priority: 2 }));
    }
    for (const m of text.includes('one day') ? text.matchAll(ONE_DAY) : []) {
      const s = m.index + m[0].length - (m[1] ?? '').length;
      out.push(cand('vague', s, m.index + m[0].length, 'DATE', 'FUTURE_REF', { priority: 2 }));
    }
    for (const m of COMING_UNITS.test(text) ? text.matchAll(COMING) : []) {
      const s = m.index + m[0].length - (m[1] ?? '').length;
      out.push(cand('vague', s, m.index + m[0].length, 'DATE', 'FUTURE_REF', { priority: 2 }));
    }
    return out;
  },
};

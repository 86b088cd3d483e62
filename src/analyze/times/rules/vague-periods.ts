/**
 * Period nouns with no count, as TIMEX3 writes them:
 * - "this crucial moment", "at this moment" → DATE PRESENT_REF ("the moment" alone is mostly not a
 *   time: "from the moment the blast occurred");
 * - "at a later date", "at an early date", "a future date" → DATE FUTURE_REF;
 * - "a fairly lengthy period", "a brief period of time" → DURATION PXX (no unit is said);
 * - "for a while", "after quite a while" → DURATION PXX ("a while ago" is left alone);
 * - "in past years", "in future quarters": the bare adjective before a plural unit is a vague
 *   past or future (PAST_REF / FUTURE_REF); "the past two years" is a counted duration elsewhere;
 * - "in a year or two", "in a week or so": a count left open, ahead → DATE FUTURE_REF.
 */
import { cand, type Candidate, type Rule } from '../candidate.js';

const THIS_MOMENT = /\bthis\s+(?:[a-z]+\s+)?moment\b(?!\s+of\b)/giu;
const LATER_DATE = /\b(?:a\s+later|an\s+early|an\s+earlier|a\s+future)\s+date\b/giu;
const LONG_PERIOD = /\ban?\s+(?:(?:fairly|very|rather|relatively|quite)\s+)?(?:long|lengthy|short|brief|extended|prolonged)\s+period(?:\s+of\s+time)?\b/giu;
const WHILE = /\b(?:for|after|in|quite|little)\s+(a\s+while)\b(?!\s+(?:ago|back|longer)\b)/giu;
const PAST_FUTURE_UNITS = /\b(past|future)\s+(?:days|weeks|months|quarters|years|decades)\b/giu;
/** "in a year or two", "in two or three weeks": "in" and a count that is left open. */
const IN_OPEN_COUNT = /\bin\s+((?:a|an|one|two|three|four|a\s+few)\s+(?:or\s+(?:two|three|four|five)\s+)?(?:days?|weeks?|months?|years?)(?:\s+or\s+(?:two|three|four|five|so))?)\b/giu;
/** "over the years", "in the early months", "in the years that followed": no count, a stretch. */
const OVER_THE_UNITS = /\b(?:over|in|during|through(?:out)?)\s+(the\s+(?:(?:early|first|later|last|following|intervening|ensuing)\s+)?(years|months|weeks))\b(?!\s+(?:of|to\s+come|ahead)\b)/giu;
/** A pre-test for OVER_THE_UNITS (its "the … years"), with no leading \b: V8 skips to each "the" instead of trying \b everywhere. */
const THE_UNITS = /the\s+(?:(?:early|first|later|last|following|intervening|ensuing)\s+)?(?:years|months|weeks)\b/iu;
/** "the past years" or "its future years": a determiner makes it another phrase (a counted stretch, a plan). */
const DETERMINER_BEFORE = /\b(?:the|its|their|his|her|our|your|my|these|those|all)\s+$/iu;

export const vaguePeriodsRule: Rule = {
  name: 'vague-periods',
  find({ text }) {
    const out: Candidate[] = [];
    for (const m of text.includes('moment') ? text.matchAll(THIS_MOMENT) : []) {
      out.push(cand('vague-periods', m.index, m.index + m[0].length, 'DATE', 'PRESENT_REF', { priority: 1 }));
    }
    for (const m of text.includes(' date') ? text.matchAll(LATER_DATE) : []) {
      out.push(cand('vague-periods', m.index, m.index + m[0].length, 'DATE', 'FUTURE_REF', { priority: 1 }));
    }
    for (const m of text.includes('period') ? text.matchAll(LONG_PERIOD) : []) {
      out.push(cand('vague-periods', m.index, m.index + m[0].length, 'DURATION', 'PXX', { priority: 1 }));
    }
    for (const m of text.includes('while') ? text.matchAll(WHILE) : []) {
      const s = m.index + m[0].length - (m[1] ?? '').length;
      out.push(cand('vague-periods', s, m.index + m[0].length, 'DURATION', 'PXX', { priority: 1 }));
    }
    for (const m of THE_UNITS.test(text) ? text.matchAll(OVER_THE_UNITS) : []) {
      const phrase = m[1] ?? '';
      const unit = (m[2] ?? '').toLowerCase();
      // "in the years" alone needs what follows to make it a stretch ("that followed", "since");
      // "in the weeks before the shooting" places an event, which is a date, not a stretch.
      if (/^the\s+(?:years|months|weeks)$/iu.test(phrase) && /^in$/iu.test(m[0].slice(0, 2)) && !/^\s+(?:that|which|since|following)\b/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      const s = m.index + m[0].length - phrase.length;
      out.push(cand('vague-periods', s, m.index + m[0].length, 'DURATION', `PX${unit === 'years' ? 'Y' : unit === 'months' ? 'M' : 'W'}`, { priority: 1 }));
    }
    for (const m of / or /u.test(text) ? text.matchAll(IN_OPEN_COUNT) : []) {
      const phrase = m[1] ?? '';
      // Only a count left open: "in two years" is a date, counted by the durations rule.
      if (!/\bor\b/u.test(phrase)) continue;
      const s = m.index + m[0].length - phrase.length;
      out.push(cand('vague-periods', s, m.index + m[0].length, 'DATE', 'FUTURE_REF', { priority: 2 }));
    }
    for (const m of /past|future/iu.test(text) ? text.matchAll(PAST_FUTURE_UNITS) : []) {
      if (DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const value = (m[1] ?? '').toLowerCase() === 'past' ? 'PAST_REF' : 'FUTURE_REF';
      out.push(cand('vague-periods', m.index, m.index + m[0].length, 'DATE', value, { priority: 1 }));
    }
    return out;
  },
};

/**
 * Seasons: "this summer" → `2018-SU`, "last fall" → the previous one, "the winter of 1994".
 * "fall" and "spring" are common words, so a season needs a determiner or a year beside it.
 */
import { fmtYear } from '../calendar.js';
import { cand, type Candidate, type Rule } from '../candidate.js';
import { SEASONS } from '../lexicon.js';

const SEASON = /\b(?:(this\s+past|this|last|next|the\s+coming|the\s+past|the|early|late|mid-?|in|during|since|until|by)\s+)?(spring|summer|fall|autumn|winter)(?:(?:\s+of|,)?\s+((?:19|20)\d\d)\b)?/gi;

/** A cheap test, same flags, for the season word every SEASON match has: many texts skip its scan. */
const SEASON_WORD = /spring|summer|fall|autumn|winter/i;

/** Nouns a season word classifies: "winter wheat", "summer Olympics", "spring plantings". */
const SEASON_KIND = /^[\s-]+(?:crops?|wheat|barley|grains?|plantings?|sowings?|harvests?|olympics|games|collections?|fashions?|tyres|tires)\b/iu;

/** Season order within a year, to decide which of them "last" means. */
const ORDER: Record<string, number> = { WI: 0, SP: 1, SU: 2, FA: 3 };

/**
 * Where the reference stands among the seasons of its year. December's winter opens the next
 * year's round, so it stands after this year's fall: in December "last fall" is the one just
 * ended and "next spring" the coming one.
 */
function seasonNow(month: number): number {
  if (month === 12) return 4;
  if (month <= 2) return ORDER.WI ?? 0;
  if (month <= 5) return ORDER.SP ?? 1;
  if (month <= 8) return ORDER.SU ?? 2;
  return ORDER.FA ?? 3;
}

export const seasonsRule: Rule = {
  name: 'seasons',
  find({ text, ref, tenseAt }) {
    const out: Candidate[] = [];
    for (const m of SEASON_WORD.test(text) ? text.matchAll(SEASON) : []) {
      const code = SEASONS[(m[2] ?? '').toLowerCase()];
      if (!code) continue;
      const modRaw = (m[1] ?? '').toLowerCase().replace(/\s+/gu, ' ');
      if (!modRaw && !m[3]) continue;
      // "the fall of the Wall", "the spring of discontent": a noun, not a season; so is "the fall in
      // share prices" (a decline); "winter crops", "the summer Olympics" name a kind, not a time.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (!m[3] && /^\s+of\b/u.test(after)) continue;
      if (!m[3] && modRaw === 'the' && /^fall$/iu.test(m[2] ?? '') && /^\s+in\s+(?!\d|the\s+year\b)/u.test(after)) continue;
      if (!m[3] && SEASON_KIND.test(after)) continue;
      // "banks led the fall", "the spring in his step": after "the" alone, "fall" and "spring" are a
      // season only behind a preposition of time ("in the fall", "by the spring").
      if (!m[3] && modRaw === 'the' && /^(?:fall|spring)$/iu.test(m[2] ?? '')
        && !/\b(?:in|during|by|until|till|since|through|throughout|over|before|after|for|from|into)\s+$/iu.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      // A preposition licenses the season but stays outside the span.
      const prep = /^(?:in|during|since|until|by)$/u.test(modRaw);
      const mod = prep ? '' : modRaw;
      const start = prep ? m.index + (m[0].indexOf(m[2] ?? '')) : m.index;
      const end = m.index + m[0].length;
      let value: string;
      let inferred = false;
      if (m[3]) value = `${m[3]}-${code}`;
      else if (!ref) value = `XXXX-${code}`;
      else {
        inferred = true;
        const now = seasonNow(ref.month);
        const which = ORDER[code] ?? 0;
        let year = ref.year;
        if (mod === 'last' || mod === 'this past' || mod === 'the past') year = which < now ? ref.year : ref.year - 1;
        else if (mod === 'next' || mod === 'the coming') year = which > now ? ref.year : ref.year + 1;
        else if (mod === 'the' || mod === '') {
          // "talks held in the autumn" in January: the last one; "will resume in the spring" in
          // December: the coming one. Without a tense, this year's.
          const tense = tenseAt(start, end);
          if (tense === 'past' && which > now) year = ref.year - 1;
          else if ((tense === 'future' || tense === 'modal') && which < now) year = ref.year + 1;
        }
        value = `${fmtYear(year)}-${code}`;
      }
      out.push(cand('seasons', start, end, 'DATE', value, { inferred, priority: 2 }));
    }
    return out;
  },
};

/**
 * Years in words, as transcripts of broadcast news write them: "nineteen ninety-six" → `1996`,
 * "the year two thousand" → `2000`, "two thousand and one" → `2001`.
 */
import { cand, type Candidate, type Rule } from '../candidate.js';

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SPOKEN = new RegExp(
  String.raw`\b(the\s+year\s+)?(?:(nineteen|eighteen)(?:\s+hundred(?:\s+and)?)?\s+(?:(${TENS})(?:[\s-](${UNITS}))?|(${TEENS})|oh[\s-](${UNITS}))|two\s+thousand(?:\s+and)?(?:\s+(${UNITS}|${TEENS}))?)\b`,
  'gi',
);
/** A cheap test, same flags, for a word every SPOKEN match has: most texts skip its scan. */
const SPOKEN_WORD = /nineteen|eighteen|two\s+thousand/i;
const VAL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const spokenYearsRule: Rule = {
  name: 'spoken-years',
  find({ text }) {
    const out: Candidate[] = [];
    for (const m of SPOKEN_WORD.test(text) ? text.matchAll(SPOKEN) : []) {
      let year: number;
      if (m[2]) {
        const century = (VAL[m[2].toLowerCase()] ?? 19) * 100;
        const rest = m[3] ? (VAL[m[3].toLowerCase()] ?? 0) + (m[4] ? VAL[m[4].toLowerCase()] ?? 0 : 0)
          : m[5] ? VAL[m[5].toLowerCase()] ?? 0 : VAL[(m[6] ?? '').toLowerCase()] ?? 0;
        year = century + rest;
      } else {
        // "two thousand" alone is a count far more often than a year, unless "the year" says so.
        if (!m[1] && !m[7]) continue;
        year = 2000 + (m[7] ? VAL[m[7].toLowerCase()] ?? 0 : 0);
      }
      out.push(cand('spoken-years', m.index, m.index + m[0].length, 'DATE', String(year), { priority: 2 }));
    }
    return out;
  },
};

/**
 * The edges of the day as parts of it: "at dawn", "before dawn", "pre-dawn strikes", "at
 * daybreak" → the morning (`2021-09-15TMO`), "at dusk", "nightfall" → the evening (`TEV`). News
 * tells of them on the day it is filed, so they take the reference's date; one still ahead ("will
 * attack at dawn", written after dawn) is the next day's. A day beside them ("at dawn on Tuesday")
 * gives its own date (the time-with-date refiner). "The dawn of a new era", "a new dawn" and the
 * name "Dawn" are not times. The middle of a part of the day is that part too: "by mid-afternoon"
 * → `TAF`, "mid-afternoon yesterday" → yesterday's.
 */
import { addDays, fmtDate } from '../calendar.js';
import { cand, type Candidate, type Rule } from '../candidate.js';
import { refDate } from '../resolve.js';

const EDGE = /\b(?:[Pp]re-?(dawn)|(dawn|daybreak|first\s+light|dusk|nightfall|sundown|sunset|sunrise))\b(?!-|\s+of\b)/gu;
const PART: Record<string, string> = {
  dawn: 'MO', daybreak: 'MO', 'first light': 'MO', sunrise: 'MO', dusk: 'EV', nightfall: 'EV', sundown: 'EV', sunset: 'EV',
};
/** The preposition or verb that makes the word a time: "at dawn", "before dusk", "as dawn broke". */
const TIME_BEFORE = /\b(?:at|before|after|until|till|by|from|around|near|since|as|toward|towards|to|shortly\s+(?:before|after)|just\s+(?:before|after))\s+$/iu;
/** "until dawn", "dawn raid", "dawn prayers", "dawn patrol": the word opens a noun phrase. */
const AS_MODIFIER = /^\s+(?:raids?|attacks?|strikes?|assaults?|offensive|operations?|prayers?|curfew|patrols?|swoops?)\b/iu;
/** The morning edges read as a second word of a phrase: "a new dawn", "false dawn". */
const FIGURATIVE_BEFORE = /\b(?:new|false|a\s+new|the\s+new)\s+$/iu;
/** "mid-afternoon", "mid morning": a part of the day without a day. */
/** A cheap test, same flags, for the "mid" MID_PART needs: most texts have none, and skip its scan. */
const MID_WORD = /mid/iu;
const MID_PART = /\bmid[- ]?(morning|afternoon|evening)\b(?!-)/giu;
const MID_CODE: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV' };

/** Whether the part of day is still ahead of a reference taken at `hour`. */
/** The words EDGE needs (it is case-sensitive): `includes` is far cheaper than the scan; most texts have none. */
const EDGE_WORDS = ['dawn', 'daybreak', 'dusk', 'nightfall', 'sundown', 'sunset', 'sunrise'];
const hasEdgeWord = (text: string) => EDGE_WORDS.some((w) => text.includes(w)) || /first\s+light/u.test(text);
const EDGE_HOUR: Record<string, number> = { MO: 6, EV: 18 };

export const dayEdgesRule: Rule = {
  name: 'day-edges',
  find({ text, ref, tenseAt }) {
    const out: Candidate[] = [];
    for (const m of hasEdgeWord(text) ? text.matchAll(EDGE) : []) {
      const word = (m[1] ?? m[2] ?? '').toLowerCase().replace(/\s+/gu, ' ');
      const pre = m[1] !== undefined;
      // A capitalized "Dawn" or "Dusk" is a name unless it opens a sentence.
      if (!pre && /^[A-Z]/u.test(m[0]) && !/(?:^|[.!?"“]\s*)$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      const s = m.index;
      const e = s + m[0].length;
      // "a dusk-to-dawn curfew": a compound adjective, a rule for every day.
      if (!pre && text[s - 1] === '-') continue;
      const before = text.slice(Math.max(0, s - 24), s);
      if (FIGURATIVE_BEFORE.test(before)) continue;
      if (!pre && !TIME_BEFORE.test(before) && !AS_MODIFIER.test(text.slice(e, e + 14))) continue;
      const part = PART[word] ?? 'MO';
      if (!ref) {
        out.push(cand('day-edges', s, e, 'TIME', `XXXX-XX-XXT${part}`, { priority: 2 }));
        continue;
      }
      let day = refDate(ref);
      // Still to come: today's when the reference is before it, else tomorrow's.
      if (tenseAt(s, e) === 'future' && ref.hour >= (EDGE_HOUR[part] ?? 12)) day = addDays(day, 1);
      out.push(cand('day-edges', s, e, 'TIME', `${fmtDate(day)}T${part}`, { inferred: true, priority: 2 }));
    }
    for (const m of MID_WORD.test(text) ? text.matchAll(MID_PART) : []) {
      const part = MID_CODE[(m[1] ?? '').toLowerCase()] ?? 'AF';
      const value = ref ? `${fmtDate(refDate(ref))}T${part}` : `XXXX-XX-XXT${part}`;
      out.push(cand('day-edges', m.index, m.index + m[0].length, 'TIME', value, { inferred: !!ref, priority: 2 }));
    }
    return out;
  },
};

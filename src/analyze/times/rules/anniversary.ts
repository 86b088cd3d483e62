/**
 * Anniversary arithmetic: "the year 2018 marked the 70th anniversary of diplomatic relations" puts
 * the founding event in 1948. The span is the anniversary phrase itself ("70th anniversary of
 * diplomatic relations"), so it round-trips; the value is the year of the thing commemorated,
 * always `inferred`, since the text states it only through the arithmetic.
 * The anniversary's own year is a year stated in the same sentence, or one given relative to the
 * reference ("marks its 75th anniversary next year"), else the reference year.
 */
import { fmtYear } from '../calendar.js';
import { cand, type Candidate, type Rule } from '../candidate.js';

const WORD_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  fifteenth: 15, twentieth: 20, 'twenty-fifth': 25, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, seventy: 70, eightieth: 80, ninetieth: 90, hundredth: 100, centenary: 100, centennial: 100,
};

const ANNIV = /\b(?:(\d{1,3})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|fifteenth|twentieth|twenty-fifth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth))\s+anniversary\b/gi;
/** "of" and up to four words that are not a preposition, a verb marker or punctuation. */
const OF_PHRASE = /^\s+of\s+(?:the\s+)?[\w-]+(?:\s+(?!(?:between|with|in|on|at|by|for|from|to|and|which|that|was|is|will)\b)[\w-]+){0,3}/i;

/** A year named relative to the reference, and how far from it. */
const RELATIVE_YEAR = /\b(next|last|this|the coming|the following|the previous)\s+year\b/iu;
const YEAR_OFFSET: Record<string, number> = {
  next: 1, 'the coming': 1, 'the following': 1, last: -1, 'the previous': -1, this: 0,
};

/** A cheap test, same flags, for the " anniversary" every ANNIV match has: most texts skip its scan. */
const ANNIVERSARY_WORD = /\sanniversary\b/i;

export const anniversaryRule: Rule = {
  name: 'anniversary',
  find({ text, ref, sentences }) {
    const out: Candidate[] = [];
    for (const m of ANNIVERSARY_WORD.test(text) ? text.matchAll(ANNIV) : []) {
      const n = m[1] ? Number(m[1]) : WORD_ORDINALS[(m[2] ?? '').toLowerCase()];
      if (!n) continue;
      const sentence = sentences.find(([s, e]) => s <= m.index && m.index < e);
      const around = sentence ? text.slice(sentence[0], sentence[1]) : '';
      const stated = /\b((?:19|20)\d\d)\b/u.exec(around);
      const relative = RELATIVE_YEAR.exec(around);
      const offset = relative ? YEAR_OFFSET[(relative[1] ?? '').toLowerCase()] ?? 0 : 0;
      const year = stated ? Number(stated[1]) : ref ? ref.year + offset : undefined;
      if (year === undefined) continue;
      const start = m.index;
      let end = start + m[0].length;
      const of = OF_PHRASE.exec(text.slice(end, end + 80));
      if (of) end += of[0].length;
      out.push(cand('anniversary', start, end, 'DATE', fmtYear(year - n), { inferred: true, priority: 2 }));
    }
    return out;
  },
};

/**
 * Month names with their modifiers, where chrono gives the bare month only: "this September",
 * "last November", "next May", "September 2018", "in September" (the preposition stays outside
 * the span, as TimeBank marks it). A month followed by a day number is left to chrono.
 */
import { fmtDate, fmtMonth, isValidDate } from '../calendar.js';
import { cand, type Candidate, type Rule } from '../candidate.js';
import { MONTH_RE, monthNumber } from '../lexicon.js';
import { resolveMonth, resolveMonthDay } from '../resolve.js';
import { TRADE_NOUN_AFTER } from '../refiners/trade-months.js';
import { PREP_BEFORE } from './chrono.js';

const MONTH = new RegExp(
  String.raw`\b(?:(this\s+past|this|last|next|the\s+coming|coming|past)\s+)?(${MONTH_RE})(?:(?:\s+|,\s*|\s+of\s+)((?:19|20)\d\d)|\s+(?:of\s+)?(last|this|next)\s+year)?(?![\w'])(?!\.?\s*\d)`,
  'gi',
);

/** What makes a capitalized "May" the month: "in May", "by May", "as early as May", "mid-May". */
const MAY_BEFORE = /\b(?:in|of|since|until|till|by|before|between|early|late|mid|during|through|from|last|next|this|to|as\s+(?:early|late|soon)\s+as)\s+$|\b(?:early|late|mid)-$/iu;

/** A slash pair of month names, as commodity reports write shipment periods: "Oct/Dec", "April/May". */
const SLASH_AFTER = new RegExp(String.raw`^\s*\/\s*${MONTH_RE}(?![\w'])`, 'iu');
const SLASH_BEFORE = new RegExp(String.raw`(?<![\w'])${MONTH_RE}\s*\/\s*$`, 'iu');

const DAY_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30,
};

/**
 * A spelled day after a month, then what may follow a date: punctuation, a year, or a word that
 * cannot take the number as its count ("April one record March 13", but "in May two people").
 */
const SPELLED_DAY = /^\s+(twenty[-\s](?:one|two|three|four|five|six|seven|eight|nine)|thirty[-\s]one|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)(?:,?\s+((?:19|20)\d\d))?(?=\s*(?:[.,;:)]|$)|\s+(?:record|and|or|to|through|until|till|when|with|instead|for|by|it|on|at|will|would|the|an?|all|payable|pay)\b)/iu;

function spelledDay(words: string): number | undefined {
  const [tens, unit] = words.toLowerCase().split(/[-\s]/u);
  const n = (DAY_WORDS[tens ?? ''] ?? 0) + (unit ? DAY_WORDS[unit] ?? 0 : 0);
  return n >= 1 && n <= 31 ? n : undefined;
}

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
      const start = m.index;
      const end = start + m[0].length;
      // Abbreviations without a dot ("Mar", "Jan") are names too often, unless paired with another
      // month ("for Oct/Dec"); "May" at the start of a sentence is a verb, before a trade noun a month.
      const paired = SLASH_AFTER.test(text.slice(end, end + 12)) || SLASH_BEFORE.test(text.slice(Math.max(0, start - 12), start));
      if (word.length <= 3 && !/^may$/i.test(word) && !m[3] && !paired) continue;
      if (/^may$/i.test(word) && !m[1] && !m[3] && !paired && !MAY_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) && !TRADE_NOUN_AFTER.test(text.slice(end, end + 16))) continue;
      if (word === 'March' && !m[1] && !PREP_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && /^\s+(?:of\s+(?!\d)|for\s)/.test(text.slice(end, end + 6))) continue;
      const mod = (m[1] ?? '').toLowerCase().replace(/\s+/gu, ' ');
      // "payable April one", "due March one, 1988": a day spelled out, as wire copy of the 1980s wrote it.
      const spelled = !m[1] && !m[3] && !m[4] ? SPELLED_DAY.exec(text.slice(end, end + 48)) : null;
      const day = spelled ? spelledDay(spelled[1] ?? '') : undefined;
      if (spelled && day && isValidDate(spelled[2] ? Number(spelled[2]) : 2000, month, day)) {
        const year = spelled[2] ? Number(spelled[2]) : undefined;
        const r = year !== undefined ? { value: fmtDate({ year, month, day }), inferred: false } : resolveMonthDay(month, day, ref, tenseAt(start, end));
        out.push(cand('months', start, end + spelled[0].length, 'DATE', r.value, { inferred: r.inferred, priority: 2 }));
        continue;
      }
      let value: string;
      let inferred = false;
      if (m[3]) value = fmtMonth(Number(m[3]), month);
      else if (m[4] && ref) {
        const rel = m[4].toLowerCase();
        value = fmtMonth(ref.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0), month);
        inferred = true;
      }
      else if (ref && (mod === 'last' || mod === 'this past' || mod === 'past')) {
        // The month just gone is "last month"; "crashed last February" in early March is a year back.
        value = fmtMonth(month < ref.month - (mod === 'last' ? 1 : 0) ? ref.year : ref.year - 1, month);
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

/**
 * Bare years ("in 1990", "fiscal 1989", "the year 2018") as DATE `1990`. A four-digit number is a
 * year only where it reads like one: not a count ("2018 people"), not a label ("Resolution 2018",
 * "No. 1990"), not part of a phone number, an amount or a clock time ("1800 GMT").
 */
import { cand, type Candidate, type Rule } from '../candidate.js';

const YEAR = /(?:\b(the\s+year\s+(?:of\s+)?)|\b(fiscal\s+(?:year\s+)?)|\b(?:FY)?)((?:1[6-9]|20)\d\d)\b/gi;

/** Words before a number that make it a label, not a year. */
const LABELS = new Set([
  'resolution', 'no', 'nos', 'number', 'article', 'section', 'flight', 'room', 'route', 'page', 'pages', 'chapter',
  'decree', 'order', 'bill', 'model', 'item', 'code', 'box', 'suite', 'unit', 'highway', 'interstate', 'paragraph',
  'rule', 'form', 'windows', 'office', 'boeing', 'airbus', 'exit', 'lot', 'tel', 'phone', 'fax', 'ext', 'ch', 'channel',
  'squadron', 'regiment', 'brigade', 'division', 'mig', 'su', 'verse', 'psalm', 'line', 'platform', 'gate', 'track',
]);
/** Words before a number that let a following plural noun still read it as a year ("its 1990 sales"). */
const DETERMINERS = new Set([
  'the', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'in', 'for', 'of', 'since', 'by', 'until', 'from', 'during',
  "company's", 'a', 'this', 'that', 'fiscal', 'early', 'late', 'mid', 'and', 'or', 'through', 'to', 'before', 'after',
]);
/** Lower-case words after a year that still leave it a year ("in 1990 and", "1990 was"). */
const FOLLOWERS = new Set([
  'as', 'is', 'was', 'has', 'this', 'its', 'his', 'us', 'plus', 'versus', 'thus', 'across', 'towards', 'afterwards',
  'levels', 'results', 'earnings', 'sales', 'figures', 'profits', 'revenues', 'losses', 'elections', 'games', 'olympics',
]);
const COUNT_NOUNS = new Set(['people', 'children', 'men', 'women', 'staff', 'police', 'personnel', 'feet', 'cattle', 'troops', 'persons']);

const ZONE_AFTER = /^\s*(?:gmt|utc|est|edt|cst|pst|hrs|hours|h\b|local|msk|cet)/i;

function prevWord(text: string, at: number): string {
  const m = /([A-Za-z']+)\.?\s*$/u.exec(text.slice(Math.max(0, at - 24), at));
  return m?.[1]?.toLowerCase() ?? '';
}

function nextWord(text: string, at: number): string {
  const m = /^\s+([A-Za-z]+)/u.exec(text.slice(at, at + 24));
  return m?.[1] ?? '';
}

/** True when the digits at [s, e) are part of a larger number, an amount or a code. */
function notAYear(text: string, s: number, e: number, bare: boolean): boolean {
  const before = text.slice(Math.max(0, s - 3), s);
  const after = text.slice(e, e + 4);
  if (/[$€£¥#№+]\s?$|\d[-.,/:\s]?$|[^a-z]-$|\/$/u.test(before)) return true;
  if (/^(?:[.,:/]\d|%|-\d{3}|\d|\s?(?:percent|per\s))/u.test(after)) return true;
  if (!bare) return false;
  if (ZONE_AFTER.test(text.slice(e, e + 8))) return true;
  const prev = prevWord(text, s);
  if (LABELS.has(prev)) return true;
  const next = nextWord(text, e);
  if (next && next === next.toLowerCase()) {
    const lower = next.toLowerCase();
    const countLike = COUNT_NOUNS.has(lower) || (lower.endsWith('s') && !FOLLOWERS.has(lower) && lower.length > 3);
    if (countLike && !DETERMINERS.has(prev)) return true;
    if (COUNT_NOUNS.has(lower)) return true;
  }
  return false;
}

export const yearsRule: Rule = {
  name: 'years',
  find({ text }) {
    const out: Candidate[] = [];
    for (const m of text.matchAll(YEAR)) {
      const digits = m[3] ?? '';
      const theYear = m[1];
      const fiscal = m[2];
      const start = m.index;
      const end = start + m[0].length;
      const dStart = end - digits.length;
      const year = Number(digits);
      const bare = !theYear && !fiscal && !m[0].startsWith('FY');
      if (notAYear(text, dStart, end, bare)) continue;
      // Years before 1900 are numbers far more often than years, unless a preposition says otherwise.
      if (bare && year < 1900 && !/^(?:in|since|from|until|by|of|the|and|to|before|after|early|late|mid|year)$/u.test(prevWord(text, dStart))) continue;
      out.push(cand('years', start, end, 'DATE', digits, { priority: 2 }));
    }
    return out;
  },
};

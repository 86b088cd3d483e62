/**
 * What a learned ranker sees of a candidate: its words with numbers and names of months and
 * weekdays folded, the words around it, the tense of its clause, where it stands in its sentence,
 * and whether the article talks of fiscal quarters. Never the article's name, source or year:
 * those would fit the annotators of a corpus, not the language.
 */
import type { Candidate, RuleInput } from '../candidate.js';
import { MONTH_RE, WEEKDAY_RE } from '../lexicon.js';

const MONTH_WORD = new RegExp(String.raw`^${MONTH_RE}$`, 'iu');
const WEEKDAY_WORD = new RegExp(String.raw`^${WEEKDAY_RE}$`, 'iu');
const WORD = /[A-Za-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*|[$%"]|``|''/gu;
const PREPOSITIONS = new Set(['in', 'on', 'at', 'since', 'until', 'till', 'by', 'for', 'from', 'during', 'through', 'before', 'after', 'over', 'within', 'of', 'to', 'than', 'as', 'ago', 'earlier', 'later']);
const FISCAL = /\b(?:quarter|fiscal|net income|per share|a share)\b/iu;

/** One word as the features spell it: lower case, digits as #, month and weekday names folded. */
export function foldWord(w: string): string {
  if (/^\d/u.test(w)) return '#';
  if (MONTH_WORD.test(w)) return 'MONTH';
  if (WEEKDAY_WORD.test(w)) return 'WDAY';
  return w.toLowerCase();
}

function words(s: string): string[] {
  return [...s.matchAll(WORD)].map((m) => foldWord(m[0]));
}

/** The value with numbers folded: `2018-W23` → `N-WN`. */
function valueShape(v: string): string {
  return v.replace(/\d+/gu, 'N');
}

function relation(v: string, ref: RuleInput['ref']): string {
  if (!ref) return 'noref';
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/u.exec(v);
  if (!m) return 'other';
  const parts = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  const refParts = [ref.year, ref.month, ref.day];
  for (let i = 0; i < 3; i++) {
    const a = parts[i];
    const b = refParts[i];
    if (a === undefined || b === undefined) return 'same';
    if (a !== b) return a < b ? 'before' : 'after';
  }
  return 'same';
}

/** Per-document facts, computed once. */
export interface DocFacts { fiscal: boolean }

export function docFacts(text: string): DocFacts {
  return { fiscal: FISCAL.test(text) };
}

/** The sentence [start, end) around an offset, by binary search over the input's sentences. */
function sentenceAt(input: RuleInput, at: number): readonly [number, number] {
  const s = input.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((s[mid]?.[0] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  const sent = s[lo];
  return sent && sent[0] <= at && at < sent[1] ? sent : [Math.max(0, at - 200), Math.min(input.text.length, at + 200)];
}

export function featuresOf(c: Candidate, input: RuleInput, facts: DocFacts): string[] {
  const { text } = input;
  const [sStart, sEnd] = sentenceAt(input, c.start);
  const inside = words(text.slice(c.start, c.end));
  const before = words(text.slice(Math.max(sStart, c.start - 120), c.start));
  const after = words(text.slice(c.end, Math.min(sEnd, c.end + 120)));
  const pattern = inside.join(' ');
  const w1 = before[before.length - 1] ?? '<s>';
  const w2 = before[before.length - 2] ?? '<s>';
  const a1 = after[0] ?? '</s>';
  const a2 = after[1] ?? '</s>';
  const tense = input.tenseAt(c.start, c.end);
  const sentence = text.slice(sStart, sEnd);
  const quotesBefore = (text.slice(sStart, c.start).match(/"|``|''/gu) ?? []).length;
  const f = [
    'bias',
    `rule=${c.rule}`,
    `pat=${pattern}`,
    `head=${inside[inside.length - 1] ?? ''}`,
    `first=${inside[0] ?? ''}`,
    `shape=${valueShape(c.value)}`,
    `rel=${relation(c.value, input.ref)}`,
    `tense=${tense}`,
    `w-1=${w1}`, `w-2=${w2} ${w1}`, `w+1=${a1}`, `w+2=${a1} ${a2}`,
    `pat|w-1=${pattern}|${w1}`, `pat|w+1=${pattern}|${a1}`,
    `pat|tense=${pattern}|${tense}`,
    `rule|tense=${c.rule}|${tense}`,
    `shape|rel|tense=${valueShape(c.value)}|${relation(c.value, input.ref)}|${tense}`,
    `prep=${PREPOSITIONS.has(w1) ? w1 : '-'}`,
    `pat|prep=${pattern}|${PREPOSITIONS.has(w1) ? w1 : '-'}`,
    `fiscal=${facts.fiscal}`, `pat|fiscal=${pattern}|${facts.fiscal}`,
    `squarter=${/\bquarter\b/iu.test(sentence)}`, `pat|squarter=${pattern}|${/\bquarter\b/iu.test(sentence)}`,
    `money=${/[$%]|\bcents?\b|\bpercent\b/iu.test(sentence)}`,
    `pat|money=${pattern}|${/[$%]|\bcents?\b|\bpercent\b/iu.test(sentence)}`,
    `quoted=${quotesBefore % 2 === 1}`,
    `sinit=${before.length === 0}`,
    `comma=${text[c.end] === ','}`,
  ];
  for (const w of before.slice(-5)) f.push(`ctx-=${w}`);
  for (const w of after.slice(0, 5)) f.push(`ctx+=${w}`);
  return f;
}

/**
 * Quotation marks: one left-to-right scan of the text that pairs opening and closing marks in every
 * typographic style (“ ” " „ « » ‘ ’ ' ‚ ‹ ›), keeps nested quotes inside their outer quote, and
 * carries a quote left open at the end of a paragraph into the next paragraph when that paragraph
 * opens with a mark of the same kind (the newspaper convention for multi-paragraph quotes).
 *
 * Only top-level quotes come out; a nested quote is part of its outer quote's content.
 */
import type { Part } from '../../model.js';

export interface QuoteSegment {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the end of the last paragraph when the quote never closes. */
  close: number;
  /** Offset just after the closing mark (marks may be two characters: '' in some archives). */
  closeEnd: number;
  /** True when a closing mark was found. */
  closed: boolean;
  /** The content between the marks, trimmed (a trailing comma dropped): offsets into the text. */
  start: number;
  end: number;
  /** Index of the part the quote opens in, and of the part it ends in. */
  firstPart: number;
  lastPart: number;
}

type Family = 'double' | 'single';

interface Frame {
  pos: number;
  /** Length of the opening mark. */
  width: number;
  closers: string;
  family: Family;
  /** The opening character, to recognise the continuation mark of the next paragraph. */
  opener: string;
}

/** Two apostrophes standing for a double quote (''like this''), as one internal mark. */
const DOUBLE_APOSTROPHE = '\uE000';

/** The mark at `i` and its length. */
function markAt(text: string, i: number): { c: string; width: number } {
  const c = text[i] ?? '';
  if (c === "'" && text[i + 1] === "'") return { c: DOUBLE_APOSTROPHE, width: 2 };
  return { c, width: 1 };
}

/** Character codes below 0x100 that may be a quotation mark: " ' « ». */
const MARK_TABLE = new Uint8Array(0x100);
for (const ch of '"\'«»') MARK_TABLE[ch.charCodeAt(0)] = 1;

/** Opening mark -> the marks that may close it. */
const OPENERS: Record<string, { closers: string; family: Family }> = {
  '“': { closers: '”', family: 'double' },
  '„': { closers: '“”', family: 'double' },
  '«': { closers: '»', family: 'double' },
  '"': { closers: '"', family: 'double' },
  '″': { closers: '″"', family: 'double' },
  '‘': { closers: '’', family: 'single' },
  '‚': { closers: '‘’', family: 'single' },
  '‹': { closers: '›', family: 'single' },
  "'": { closers: "'", family: 'single' },
  [DOUBLE_APOSTROPHE]: { closers: DOUBLE_APOSTROPHE, family: 'double' },
};

/** Marks that may also be an apostrophe or a closing mark: they open only in an opening context. */
const AMBIGUOUS_OPENERS = new Set(['"', "'", '‘', '″', '“', DOUBLE_APOSTROPHE]);
/** Marks that may be an apostrophe: they close only in a closing context. */
const AMBIGUOUS_CLOSERS = new Set(["'", '’', '"', '″', DOUBLE_APOSTROPHE]);

/** A single-quote opener must find its closer this close by, or it is taken for an apostrophe. */
const SINGLE_LOOKAHEAD = 600;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** An opening context: start of text, or after space / bracket / dash / colon, and a non-space next. */
function opensHere(text: string, i: number, lo: number, width = 1): boolean {
  const prev = i > lo ? text[i - 1] : undefined;
  const next = text[i + width];
  if (isSpace(next)) return false;
  return prev === undefined || isSpace(prev) || '([{—–-:/„“‘«'.includes(prev);
}

/** A closing context: after a non-space, and followed by end, space or punctuation. */
function closesHere(text: string, i: number, hi: number, width = 1): boolean {
  const prev = text[i - 1];
  const next = i + width < hi ? text[i + width] : undefined;
  if (isWordChar(next)) return false;
  if (!isSpace(prev)) return true;
  // 'the term 'African American outreach,' " he told': a stray space before the closing mark,
  // after a comma or an inner closing mark.
  return prev === ' ' && ",.?!'’".includes(text[i - 2] ?? '') && (next === undefined || isSpace(next));
}

function findSingleCloser(text: string, from: number, hi: number, closers: string): boolean {
  const limit = Math.min(hi, from + SINGLE_LOOKAHEAD);
  for (let j = from + 1; j < limit; j++) {
    const c = text[j] ?? '';
    if (closers.includes(c) && closesHere(text, j, hi)) return true;
    // A paragraph break or a new double quote ends the search.
    if (c === '\n') return false;
  }
  return false;
}

/** Trim the content between the marks: no outer spaces, no trailing comma (`…Russia,"`). */
function trimContent(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s && text[e - 1] === ',') e--;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}

/**
 * Which open frame `c` closes: the innermost one, or (for a mark that is never an apostrophe) an
 * outer one whose inner quotes were left open. -1 when `c` closes nothing here.
 */
function closingLevel(stack: readonly Frame[], c: string, text: string, i: number, hi: number, width: number): number {
  const ambiguous = AMBIGUOUS_CLOSERS.has(c);
  if (ambiguous && !closesHere(text, i, hi, width)) return -1;
  for (let k = stack.length - 1; k >= 0; k--) {
    const f = stack[k];
    if (f && f.closers.includes(c)) return k;
    if (ambiguous) return -1;
  }
  return -1;
}

/**
 * Paragraph ranges, each part further cut at its line breaks: a line break inside a part is a
 * paragraph end too (feeds and pasted text often keep paragraphs apart with one newline).
 */
function lines(text: string, parts: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number; part: number }> {
  const out: Array<{ start: number; end: number; part: number }> = [];
  parts.forEach((p, k) => {
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      if (text[i] === '\n') {
        if (i > s) out.push({ start: s, end: i, part: k });
        s = i + 1;
      }
    }
    if (p.end > s) out.push({ start: s, end: p.end, part: k });
  });
  return out;
}

/** Find the top-level quotes of `text`, paragraph by paragraph (`parts` in text order). */
export function findQuoteSegments(text: string, parts: readonly Part[]): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  const ranges = lines(text, parts.length > 0 ? parts : [{ start: 0, end: text.length }]);
  let stack: Frame[] = [];
  let firstPart = 0;
  /** `lastPart` is the index of the line the quote ends on. */
  const emit = (bottom: Frame | undefined, close: number, closed: boolean, lastPart: number, width = 0): void => {
    stack = [];
    if (!bottom) return;
    const [s, e] = trimContent(text, bottom.pos + bottom.width, close);
    const lastPartIndex = ranges[lastPart]?.part ?? 0;
    if (e > s) out.push({ open: bottom.pos, close, closeEnd: close + width, closed, start: s, end: e, firstPart, lastPart: lastPartIndex });
  };
  for (let p = 0; p < ranges.length; p++) {
    const part = ranges[p];
    if (!part) continue;
    let i = part.start;
    // A quote carried over from the previous paragraph continues only behind a new opening mark.
    if (stack.length > 0) {
      while (i < part.end && isSpace(text[i])) i++;
      const bottom = stack[0];
      const { c, width } = markAt(text, i);
      const spec = OPENERS[c];
      // The same mark as the one that opened the quote: a stray mark of another style is a typo.
      if (bottom && spec && c === bottom.opener) {
        stack = [bottom];
        i += width;
      } else {
        const prev = ranges[p - 1];
        emit(bottom, prev ? prev.end : part.start, false, p - 1);
      }
    }
    for (; i < part.end; i++) {
      // Most characters are no quotation mark: one table look-up and on.
      const code = text.charCodeAt(i);
      if (code < MARK_TABLE.length ? MARK_TABLE[code] === 0 : code < 0x2018 || code > 0x203a) continue;
      const { c, width } = markAt(text, i);
      const level = closingLevel(stack, c, text, i, part.end, width);
      if (level >= 0) {
        if (level === 0) emit(stack[0], i, true, p, width);
        else stack.length = level;
        i += width - 1;
        continue;
      }
      // A closing mark at the start of a quote is a common typo for the opening one.
      const spec = OPENERS[c] ?? (c === '”' && stack.length === 0 && opensHere(text, i, part.start) ? OPENERS['“'] : undefined);
      if (!spec) continue;
      if (AMBIGUOUS_OPENERS.has(c) && !opensHere(text, i, part.start, width)) continue;
      if (spec.family === 'single') {
        // A straight apostrophe opens only inside a double quote; any single mark needs its closer.
        if (c === "'" && stack.length === 0) continue;
        if (!findSingleCloser(text, i, part.end, spec.closers)) continue;
      }
      if (stack.length === 0) firstPart = part.part;
      stack.push({ pos: i, width, closers: spec.closers, family: spec.family, opener: c });
      i += width - 1;
      // Inner quotes of the same family as a double outer one cannot nest with straight marks.
      if (stack.length > 4) stack.splice(1, stack.length - 2);
    }
    // Inner quotes never run over a paragraph end; the outer one may (see above).
    if (stack.length > 1) stack = stack.slice(0, 1);
  }
  if (stack.length > 0) {
    const last = ranges[ranges.length - 1];
    emit(stack[0], last ? last.end : text.length, false, ranges.length - 1);
  }
  return out;
}

/** True for any quotation mark character this module knows. */
export function isQuoteMark(c: string): boolean {
  return '“”„«»"″‘’‚‹›\''.includes(c);
}

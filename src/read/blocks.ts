/** Plain text -> blocks (paragraph candidates). Shared by every reader that carries plain text. */
import type { RawBlock } from './types.js';

/** Lines longer than this are paragraphs of their own; shorter ones are hard-wrapped and get joined. */
const WRAP_WIDTH = 100;

/**
 * Split plain text into blocks: blank lines separate blocks; inside a run of lines, an indented
 * line starts a new paragraph (the Reuters wire layout); hard-wrapped lines are joined with a space,
 * while a run of long lines (one paragraph per line, no blank lines) keeps each line apart.
 */
export function splitBlocks(text: string): RawBlock[] {
  const lines = text.split(/\r\n?|\n/u);
  const out: RawBlock[] = [];
  let group: string[] = [];
  const flush = (): void => {
    if (group.length) for (const b of splitGroup(group)) out.push({ text: b });
    group = [];
  };
  for (const line of lines) {
    if (isBlankLine(line)) flush();
    else group.push(line);
  }
  flush();
  return out;
}

function isBlankLine(line: string): boolean {
  return !/[^\s\u200b]/u.test(line);
}

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '\u00a0')) i += line[i] === '\t' ? 4 : 1;
  return i;
}

function splitGroup(lines: string[]): string[] {
  // Paragraphs inside the group: an indented line (2+ spaces) after an unindented or less indented one.
  // A loop, not Math.min(...lines): a spread of 100,000 lines overflows the call stack.
  let minIndent = Infinity;
  for (const l of lines) minIndent = Math.min(minIndent, indentOf(l));
  const paras: string[][] = [];
  let cur: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (i > 0 && indentOf(line) >= minIndent + 2 && cur.length) {
      paras.push(cur);
      cur = [];
    }
    cur.push(line);
  }
  if (cur.length) paras.push(cur);

  const out: string[] = [];
  for (const p of paras) {
    const wrapped = p.length > 1 && p.every((l) => l.trim().length <= WRAP_WIDTH);
    if (wrapped || p.length === 1) {
      const t = inlineText(p.join(' '));
      if (t) out.push(t);
    } else {
      for (const l of p) {
        const t = inlineText(l);
        if (t) out.push(t);
      }
    }
  }
  return out;
}

/** Whitespace other than a lone space (the class is \s minus the space, spelled out: faster than [^\S ] with /u). */
const NOT_SINGLE_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]\s*| \s+/g;

/**
 * Whitespace runs as one space. Only runs that are not already a single space are matched: on
 * text that is mostly single spaces this is several times faster than replacing every /\s+/.
 */
export function collapseWhitespace(s: string): string {
  return s.replace(NOT_SINGLE_SPACE, ' ');
}

/** One block's text on one line: whitespace runs collapsed, invisible characters dropped. */
export function inlineText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return collapseWhitespace(s.replace(/[\u0000-\u0008\v\u000e-\u001f\u007f\u00ad\u200b\ufeff]/gu, '')).trim();
}

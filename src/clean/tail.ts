/**
 * The tail of a copied page: after the story's last sentence come tag lists ("Russia", "China"),
 * links to other stories and section names, none of which ends a sentence. Short blocks without
 * final punctuation at the very end are dropped. Markup paragraphs (and Reuters SGML, whose table
 * rows look the same) carry a kind and are left alone, but for a page's closing stamp line; a heading
 * with nothing after it goes too.
 */
import type { RawBlock } from '../read/types.js';
import { endsSentence, wordCount } from './normalize.js';
import { parseSectionLine, type SectionLine } from './section-line.js';

const MAX_TAIL_WORDS = 10;
const MAX_TAIL_CHARS = 80;

/** A page's paragraph that is nothing but a stamp line ("<p>Published: 7 Nov 2024 14:30 EAT</p>"). */
function isMarkupStamp(b: RawBlock): boolean {
  return b.kind === 'paragraph' && b.text.length <= MAX_TAIL_CHARS && parseSectionLine(b.text)?.strong === true;
}

function isTailChrome(b: RawBlock, markup: boolean): boolean {
  if (markup && isMarkupStamp(b)) return true;
  if (b.kind === 'paragraph' || b.kind === 'lead') return false;
  if (b.kind === 'subheading' || b.kind === 'headline') return true;
  return b.text.length <= MAX_TAIL_CHARS && wordCount(b.text) <= MAX_TAIL_WORDS && !endsSentence(b.text);
}

/**
 * `keep` blocks at the start are never dropped (the headline line of wire text). In a web page's
 * markup (`markup`) a closing paragraph that is a stamp line goes too.
 */
export function trimTail(blocks: RawBlock[], keep: number, markup = false): RawBlock[] {
  let end = blocks.length;
  while (end > keep && isTailChrome(blocks[end - 1]!, markup)) end--;
  // A story of nothing but short lines (a list of headlines?) is left as it is.
  return end > keep ? blocks.slice(0, end) : blocks;
}

/**
 * A stamp printed under the story ("Published: 16.08.2020 18:55") among the tail blocks trimTail
 * dropped: the publication time when the head carries none. Only a line that says it is a stamp
 * (a time, a label, an agency) counts; the first one is taken, as at the head.
 */
export function tailStamp(dropped: RawBlock[]): SectionLine | undefined {
  for (const b of dropped) {
    if (b.kind && !isMarkupStamp(b)) continue;
    const sl = parseSectionLine(b.text);
    if (sl?.strong) return sl;
  }
  return undefined;
}

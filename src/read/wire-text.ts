/**
 * Wire-service plain text (the TASS sample, the BBC corpus, agency copy pasted from a page): the
 * reader only splits it into blocks; recognizing the headline, section line, lead, dateline and
 * subheadings is the cleaner's work, since JSON Lines and CSV bodies need the same.
 */
import { splitBlocks } from './blocks.js';
import type { RawArticle } from './types.js';

export function readWireText(text: string, input: string): RawArticle {
  return { format: 'wire-text', input, blocks: splitBlocks(text) };
}

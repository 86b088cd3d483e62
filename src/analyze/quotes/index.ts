/** Stage "quotes": quote spans, cues, speakers, addressees: fills doc.quotes. */
import type { Doc, Stage } from '../doc.js';
import { extractQuotes } from './extract.js';

export const quotesStage: Stage = {
  name: 'quotes',
  run(doc: Doc): void {
    doc.quotes = extractQuotes(doc);
  },
};

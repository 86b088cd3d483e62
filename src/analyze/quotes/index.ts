/** Stage "quotes": quote spans, cues, speakers, addressees: fills doc.quotes. */
import type { Doc, Stage } from '../doc.js';

export const quotesStage: Stage = {
  name: 'quotes',
  run(_doc: Doc): void {
    // Not built yet: see the issue for this stage.
  },
};

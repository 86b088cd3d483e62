/** Stage "entities": the trained tagger and gazetteers: fills doc.names. */
import type { Doc, Stage } from '../doc.js';

export const entitiesStage: Stage = {
  name: 'entities',
  run(_doc: Doc): void {
    // Not built yet: see the issue for this stage.
  },
};

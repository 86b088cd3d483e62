/** Stage "link": knowledge-base linking, coreference, roles at a date: fills doc.entities from doc.names. */
import type { Doc, Stage } from '../doc.js';

export const linkStage: Stage = {
  name: 'link',
  run(_doc: Doc): void {
    // Not built yet: see the issue for this stage.
  },
};

/** Stage "events": verb patterns, actors, status, PLOVER/CAMEO: fills doc.events. */
import type { Doc, Stage } from '../doc.js';

export const eventsStage: Stage = {
  name: 'events',
  run(_doc: Doc): void {
    // Not built yet: see the issue for this stage.
  },
};

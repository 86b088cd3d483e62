/** Stage "times": chrono-node plus project rules: fills doc.times. */
import type { Doc, Stage } from '../doc.js';

export const timesStage: Stage = {
  name: 'times',
  run(_doc: Doc): void {
    // Not built yet: see the issue for this stage.
  },
};

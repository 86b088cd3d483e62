/**
 * Internal consistency of the held-out set test/fixtures/heldout6 (checks in
 * test/helpers/heldout-annotations.ts, shared with the other held-out sets). Never runs the system.
 */
import { join } from 'node:path';
import { describeHeldoutAnnotations } from '../helpers/heldout-annotations.js';

describeHeldoutAnnotations('held-out set 6: annotations agree with their articles', join(import.meta.dirname, '../fixtures/heldout6'), {
  minArticles: 10,
  minWords: 250,
  maxWords: 600,
});

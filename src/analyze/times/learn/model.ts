/**
 * The learned value-form ranker: trained by `npm run train:times` (scripts/train-times.ts) from
 * TimeBank+AQUAINT and committed as models/times.json, read once at first use. Without the file
 * the rules' values stand as they are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RankerModel } from './rank.js';

/** models/times.json beside src/ and dist/ (both sit three levels below analyze/times/learn). */
export const TIMES_MODEL_PATH = fileURLToPath(new URL('../../../../models/times.json', import.meta.url));

export interface TimesModel extends RankerModel {
  /** What the file says about how it was made (corpus size, cross-validated scores). */
  about?: Record<string, unknown>;
}

export function parseTimesModel(json: string, name: string): TimesModel {
  const m = JSON.parse(json) as Partial<TimesModel>;
  if (!Array.isArray(m.labels) || typeof m.weights !== 'object' || m.weights === null || typeof m.threshold !== 'number') {
    throw new Error(`${name}: not a times model (labels, weights and threshold expected)`);
  }
  return m as TimesModel;
}

let cached: TimesModel | null | undefined;

/** The shipped model, or null when there is none. */
export function defaultTimesModel(): TimesModel | null {
  if (cached === undefined) {
    cached = existsSync(TIMES_MODEL_PATH) ? parseTimesModel(readFileSync(TIMES_MODEL_PATH, 'utf8'), TIMES_MODEL_PATH) : null;
  }
  return cached;
}

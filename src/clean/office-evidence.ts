/**
 * The knowledge base's office holders as evidence for a story's year (office-years.ts), loaded only
 * when a story needs it: wire copy with no stamp and a dateline without a year. Without the
 * knowledge base (a checkout missing kb/) there is no such evidence.
 */
import { loadKb, nameKey } from '../kb/index.js';
import { officeSpans, yearsInOffice } from './office-years.js';

export function officeYears(text: string, mo: number, d: number): Set<number> | undefined {
  let spans;
  try {
    spans = officeSpans(text, loadKb(), nameKey);
  } catch {
    return undefined;
  }
  return yearsInOffice(spans, mo, d);
}

/** Shared helpers for the times tests: run the rules on a text with a pinned reference time. */
import { findTimes } from '../../src/analyze/times/find.js';
import type { TimeExpression } from '../../src/model.js';

/** A Thursday: 2018-06-14 16:10 Moscow time. */
export const REF = '2018-06-14T16:10:00+03:00';

export function times(text: string, reference: string | null = REF): TimeExpression[] {
  return findTimes(text, reference !== null ? { reference } : {});
}

/** The value found for the expression whose text is `what`, or undefined. */
export function valueOf(text: string, what: string, reference: string | null = REF): string | undefined {
  return times(text, reference).find((t) => t.text === what)?.value;
}

/** "text=value" pairs, for compact assertions. */
export function pairs(text: string, reference: string | null = REF): string[] {
  return times(text, reference).map((t) => `${t.text}=${t.value}`);
}

/** What every benchmark section reports: a title and rows of name/value, printed by the runner. */

export interface SectionResult {
  title: string;
  rows: Array<[string, string]>;
  /** A check that failed (e.g. a second ingest added articles): printed and makes the run exit 1. */
  problems?: string[];
}

/** Peak resident memory of this process so far, in MB (the section runs in its own process). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

/** The last line a section prints: its result as JSON, for the runner to pick up. */
export const RESULT_PREFIX = 'BENCH-RESULT ';

export function report(result: SectionResult): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Reading the knowledge base's TSV files: comments, an exact header, rows with their line numbers. */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';

export interface TsvRow {
  line: number;
  cells: Record<string, string>;
}

/** A fact the loader rejects: `file:line: reason`. */
export class KbError extends InputError {
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}`, reason);
    this.name = 'KbError';
  }
}

/**
 * Parse a TSV file. Lines starting with `#` and blank lines are skipped; the first other line must
 * be `header`. A row with the wrong number of cells is reported, not guessed at.
 */
export function readTsv(file: string, header: readonly string[], errors: KbError[], label = file): TsvRow[] {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const rows: TsvRow[] = [];
  let seenHeader = false;
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!seenHeader) {
      seenHeader = true;
      if (cells.join('\t') !== header.join('\t')) {
        errors.push(new KbError(label, lineNo, `header must be "${header.join('\\t')}"`));
      }
      return;
    }
    if (cells.length !== header.length) {
      errors.push(new KbError(label, lineNo, `expected ${header.length} tab-separated cells, found ${cells.length}`));
      return;
    }
    const rec: Record<string, string> = {};
    header.forEach((h, k) => { rec[h] = (cells[k] ?? '').trim(); });
    rows.push({ line: lineNo, cells: rec });
  });
  if (!seenHeader) errors.push(new KbError(label, 1, 'no header line'));
  return rows;
}

export function splitList(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell.split('|').map((s) => s.trim()).filter((s) => s.length > 0);
}

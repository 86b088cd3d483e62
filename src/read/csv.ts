/**
 * CSV with a header naming the article fields (`text`, optional `title`, `published`/`date`, `url`,
 * `id`; see items.ts for the aliases). RFC 4180: quoted fields may hold commas, doubled quotes and
 * newlines. A row with the wrong number of fields is an error naming its line; other rows still read.
 */
import { InputError } from '../errors.js';
import { ItemErrors } from './item-error.js';
import { FIELD_ALIASES, recordToRaw } from './items.js';
import type { ItemsResult } from './jsonl.js';
import type { RawArticle } from './types.js';

interface Row {
  fields: string[];
  /** 1-based line on which the row starts. */
  line: number;
}

/** One pass over the text, character by character: linear, no regular expressions. */
export function parseCsv(text: string, input: string): Row[] {
  const rows: Row[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  const n = text.length;
  const endRow = (): void => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ fields, line: rowLine });
    fields = [];
    field = '';
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 0x22) {
        if (text.charCodeAt(i + 1) === 0x22) {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      // Copy the run up to the next quote in one slice (fast on long article bodies).
      let j = text.indexOf('"', i);
      if (j === -1) j = n;
      const chunk = text.slice(i, j);
      for (let k = chunk.indexOf('\n'); k !== -1; k = chunk.indexOf('\n', k + 1)) line++;
      field += chunk;
      i = j;
      continue;
    }
    if (c === 0x22 && field === '') {
      quoted = true;
      quoteLine = line;
      i++;
    } else if (c === 0x2c) {
      fields.push(field);
      field = '';
      i++;
    } else if (c === 0x0a || c === 0x0d) {
      endRow();
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      i++;
      line++;
      rowLine = line;
    } else {
      field += text[i];
      i++;
    }
  }
  if (quoted) throw new InputError(input, `CSV quote opened on line ${quoteLine} is never closed`);
  if (field !== '' || fields.length) endRow();
  return rows;
}

export function readCsv(text: string, input: string, maxBytes: number): ItemsResult {
  const rows = parseCsv(text, input);
  const header = rows[0];
  if (!header) throw new InputError(input, 'empty CSV');
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const known = new Set<string>(Object.values(FIELD_ALIASES).flat());
  if (!names.some((h) => (FIELD_ALIASES.text as readonly string[]).includes(h) || h === 'title' || h === 'headline')) {
    throw new InputError(input, `CSV header names no text column (expected one of: ${FIELD_ALIASES.text.join(', ')})`);
  }
  if (!names.some((h) => known.has(h))) throw new InputError(input, 'CSV header names no known column');
  const articles: RawArticle[] = [];
  const errors = new ItemErrors(input);
  for (const row of rows.slice(1)) {
    const where = `line ${row.line}`;
    if (row.fields.length !== names.length) {
      errors.add(where, () => `CSV row has ${row.fields.length} fields, the header ${names.length}`);
      continue;
    }
    const get = (name: string): string | undefined => {
      const idx = names.indexOf(name);
      return idx === -1 ? undefined : row.fields[idx];
    };
    try {
      articles.push(recordToRaw(get, 'csv', input, where, maxBytes));
    } catch (e) {
      if (e instanceof InputError) errors.addError(e);
      else throw e;
    }
  }
  return { articles, errors: errors.done() };
}

/**
 * Reuters-21578 SGML: `<REUTERS NEWID=…>` records with `<DATE>`, `<TITLE>`, `<DATELINE>`, `<BODY>`.
 * Not XML (no root element, control characters as `&#3;`), so it is read by scanning for the tags.
 * Every record is a story: "BRIEF" records are a headline only (their "Blah blah blah." filler is
 * not text), "UNPROC" records are untagged text whose first line is the headline.
 */
import { InputError } from '../errors.js';
import { inlineText, splitBlocks } from './blocks.js';
import { decodeEntities } from './entities.js';
import { itemError, ItemErrors } from './item-error.js';
import type { ItemsResult } from './jsonl.js';
import type { RawArticle, RawBlock } from './types.js';

function between(rec: string, tag: string): string | undefined {
  const open = rec.indexOf(`<${tag}>`);
  if (open === -1) return undefined;
  const from = open + tag.length + 2;
  const close = rec.indexOf(`</${tag}>`, from);
  return rec.slice(from, close === -1 ? rec.length : close);
}

function attrOf(openTag: string, name: string): string | undefined {
  const at = openTag.indexOf(`${name}="`);
  if (at === -1) return undefined;
  const from = at + name.length + 2;
  const end = openTag.indexOf('"', from);
  return end === -1 ? undefined : openTag.slice(from, end);
}

/** The wire's closing sign-off line (" Reuter", " REUTER"), indented less than a paragraph so it would join the last one. */
const SIGN_OFF = /(?:\s+reuters?)+$/iu;

/** Body text: entities decoded, the sign-off dropped, indented paragraphs split. */
function bodyBlocks(s: string): RawBlock[] {
  const text = decodeEntities(s).trimEnd().replace(SIGN_OFF, '');
  return splitBlocks(text).map((b) => ({ text: b.text, kind: 'paragraph' as const }));
}

function readRecord(rec: string, input: string, where: string, maxBytes: number): RawArticle {
  if (rec.length > maxBytes) throw itemError(input, where, `story is over the ${maxBytes}-byte article limit`);
  const openTag = rec.slice(0, rec.indexOf('>') + 1);
  const textOpen = rec.indexOf('<TEXT');
  const textTag = textOpen === -1 ? '' : rec.slice(textOpen, rec.indexOf('>', textOpen) + 1);
  const raw: RawArticle = { format: 'reuters-sgml', input, blocks: [], agency: 'Reuters' };
  const id = attrOf(openTag, 'NEWID');
  if (id) raw.sourceId = id;
  const date = between(rec, 'DATE');
  if (date?.trim()) {
    raw.published = date.trim();
    // The <DATE> stamp is the archive's own clock, not local time at the dateline; the
    // collection does not document its zone, so it is read as UTC (and marked inferred).
    raw.publishedZone = 'UTC';
  }

  const title = between(rec, 'TITLE');
  if (title !== undefined) {
    const t = inlineText(decodeEntities(title)).replace(/^\*+\s*/u, '');
    if (t) raw.title = t;
  }
  const dateline = between(rec, 'DATELINE');
  if (dateline !== undefined && inlineText(dateline)) raw.dateline = inlineText(decodeEntities(dateline));
  const body = between(rec, 'BODY');
  if (body !== undefined) raw.blocks = bodyBlocks(body);

  if (attrOf(textTag, 'TYPE') === 'UNPROC' && !raw.title && body === undefined) {
    const from = textOpen + textTag.length;
    const close = rec.indexOf('</TEXT>', from);
    const blocks = bodyBlocks(rec.slice(from, close === -1 ? rec.length : close));
    const first = blocks.shift();
    if (first) raw.title = first.text;
    raw.blocks = blocks;
  }
  if (!raw.title && !raw.blocks.length) throw itemError(input, where, 'Reuters record has neither a title nor a body');
  return raw;
}

export function readReutersSgml(text: string, input: string, maxBytes: number): ItemsResult {
  const articles: RawArticle[] = [];
  const errors = new ItemErrors(input);
  let pos = 0;
  let count = 0;
  let line = 1;
  let scanned = 0;
  for (;;) {
    const start = text.indexOf('<REUTERS', pos);
    if (start === -1) break;
    count++;
    const end = text.indexOf('</REUTERS>', start);
    const rec = text.slice(start, end === -1 ? text.length : end);
    // Line numbers for error messages, counted incrementally so the whole scan stays linear.
    for (let k = text.indexOf('\n', scanned); k !== -1 && k < start; k = text.indexOf('\n', k + 1)) line++;
    scanned = start;
    const where = `line ${line}`;
    try {
      articles.push(readRecord(rec, input, where, maxBytes));
    } catch (e) {
      if (e instanceof InputError) errors.addError(e);
      else throw e;
    }
    if (end === -1) break;
    pos = end + 10;
  }
  if (count === 0) throw new InputError(input, 'no <REUTERS> records found');
  return { articles, errors: errors.done() };
}

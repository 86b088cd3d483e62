/**
 * Read the English MEANTIME corpus (NewsReader, WikiNews, CAT XML) as TimeML gold for the times eval
 * (npm run eval:times -- --meantime).
 *
 * A CAT file holds the article as tokens (`<token t_id sentence number>word</token>`) and, under
 * <Markables>, TIMEX3 elements pointing at their tokens with `<token_anchor t_id>` children. We rebuild
 * the text a reader sees — title (sentence 0), a newline, the date line (sentence 1), a newline, then
 * the body, sentences joined by a space — detokenized, with each token's character span kept, so a
 * TIMEX3 spans from its first token's start to its last token's end.
 *
 * As the TE3 scorer does: the document creation time (functionInDocument="CREATION_TIME") gives the
 * published date and is left out of the gold, and TIMEX3s anchored to no token are skipped. The DCT
 * here is printed in the text (the date line), so its span is returned too: the eval drops system
 * times there rather than count them spurious. Two files mark no CREATION_TIME; their date line's
 * TIMEX3 (the one covering sentence 1) serves as the DCT.
 *
 * MEANTIME annotates entities and events through the whole article but times (and VALUEs, SIGNALs)
 * only in sentences 0-5: title, date line and the first four body sentences. The system reads the
 * whole article; only its times starting inside that part are scored (`annotatedEnd`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GoldDoc, Timex } from './eval-times.js';
import { unescapeXml as unescape, xmlAttrs as attrs } from './xml-attrs.js';

export interface MeantimeDoc extends GoldDoc {
  /** Where the DCT is printed (the date line), when it is. */
  dctSpan?: { start: number; end: number };
  /** End of the last sentence annotated for times: later system times are not scored. */
  annotatedEnd: number;
}

/** Sentences 0..5 (title, date line, four body sentences) carry the time annotation. */
export const ANNOTATED_SENTENCES = 6;

export interface Token { id: string; sentence: number; text: string }


/** How a token is printed: PTB quote marks as the plain quote a reader sees. */
export function shown(word: string): string {
  return word === '``' || word === "''" ? '"' : word;
}

// Tokens written against the word before them, and tokens the next word is written against.
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}']|\.\.\.|''|'(?:[sdm]|re|ve|ll)|n't)$/iu;
const NO_SPACE_AFTER = /^(?:[([{$#£€`]|``|US\$)$/u;

/**
 * The text of the tokens as printed, and each token's [start, end) in it. Sentence 0 (the title) and
 * sentence 1 (the date line) end in a newline; other sentences are separated by one space. A straight
 * double quote opens and closes in turn within the document.
 */
export function detokenize(tokens: Token[]): { text: string; spans: Array<[number, number]> } {
  let text = '';
  const spans: Array<[number, number]> = [];
  let prev: Token | undefined;
  let glueNext = false;
  let quoteOpen = false;
  for (const t of tokens) {
    const word = shown(t.text);
    let closesQuote = false;
    if (word === '"') {
      closesQuote = t.text === "''" || (t.text === '"' && quoteOpen);
      quoteOpen = !closesQuote;
    }
    if (prev) {
      if (t.sentence !== prev.sentence && prev.sentence <= 1) text += '\n';
      else if (!glueNext && !closesQuote && !NO_SPACE_BEFORE.test(t.text)) text += ' ';
    }
    spans.push([text.length, text.length + word.length]);
    text += word;
    glueNext = NO_SPACE_AFTER.test(t.text) || (word === '"' && !closesQuote);
    prev = t;
  }
  return { text, spans };
}

/** A TIMEX3 anchored to tokens: its attributes and the indices of its first and last token. */
export interface CatTimex { a: Record<string, string>; first: number; last: number }

/** The tokens of one CAT document and its consuming TIMEX3s (those anchored to no token are skipped). */
export function readCat(xml: string, name: string): { tokens: Token[]; timexes: CatTimex[] } {
  const tokens: Token[] = [];
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/gu)) {
    const a = attrs(m[1] ?? '');
    tokens.push({ id: a.t_id ?? '', sentence: Number(a.sentence ?? 0), text: unescape(m[2] ?? '') });
  }
  if (tokens.length === 0) throw new Error(`${name}: no <token> elements (not a MEANTIME CAT file)`);
  const index = new Map(tokens.map((t, i) => [t.id, i]));
  const timexes: CatTimex[] = [];
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*)>/gu)) {
    const head = m[1] ?? '';
    if (head.endsWith('/')) continue; // non-consuming: anchored to no token
    const close = xml.indexOf('</TIMEX3>', m.index);
    const body = xml.slice(m.index + m[0].length, close < 0 ? undefined : close);
    const at = [...body.matchAll(/<token_anchor\s+t_id="([^"]*)"/gu)]
      .map((x) => index.get(x[1] ?? ''))
      .filter((i): i is number => i !== undefined);
    if (at.length === 0) continue;
    timexes.push({ a: attrs(head), first: Math.min(...at), last: Math.max(...at) });
  }
  return { tokens, timexes };
}

/** One CAT document (its XML text) as gold: text, published date, consuming non-DCT TIMEX3s. */
export function parseMeantime(xml: string, name: string): MeantimeDoc {
  const { tokens, timexes: marks } = readCat(xml, name);
  const { text, spans } = detokenize(tokens);
  const inDateLine = (k: CatTimex) => tokens[k.first]?.sentence === 1 && tokens[k.last]?.sentence === 1;
  const dct = marks.find((k) => k.a.functionInDocument === 'CREATION_TIME') ?? marks.find(inDateLine);
  const gold: Timex[] = [];
  for (const k of marks) {
    if (k === dct) continue;
    const start = spans[k.first]?.[0] ?? 0;
    const end = spans[k.last]?.[1] ?? 0;
    gold.push({ start, end, text: text.slice(start, end), type: k.a.type ?? '', value: k.a.value ?? '' });
  }
  gold.sort((x, y) => x.start - y.start || x.end - y.end);
  let annotatedEnd = 0;
  tokens.forEach((t, i) => { if (t.sentence < ANNOTATED_SENTENCES) annotatedEnd = spans[i]?.[1] ?? 0; });
  const out: MeantimeDoc = { name, raw: text, gold, annotatedEnd };
  if (dct) {
    if (dct.a.value) out.dct = dct.a.value;
    out.dctSpan = { start: spans[dct.first]?.[0] ?? 0, end: spans[dct.last]?.[1] ?? 0 };
  }
  return out;
}

export function readMeantime(path: string): MeantimeDoc {
  return parseMeantime(readFileSync(path, 'utf8'), basename(path));
}

/** The English CAT files under a MEANTIME folder (searched recursively), in file-name order. */
export function meantimeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...meantimeFiles(p));
    else if (n.endsWith('.xml')) out.push(p);
  }
  return out.sort((a, b) => basename(a).localeCompare(basename(b)));
}

export const MEANTIME_DIR = new URL('../../shared/data/news/meantime/intra_cross-doc_annotation/', import.meta.url).pathname;

/**
 * The system times that are scored: those starting in the annotated sentences, less those over the
 * DCT's date line (TE3 keeps the DCT out of both sides).
 */
export function scoredTimes<T extends { start: number; end: number }>(d: GoldDoc & Partial<MeantimeDoc>, times: T[]): T[] {
  const s = d.dctSpan;
  const end = d.annotatedEnd ?? Infinity;
  return times.filter((t) => t.start < end && (!s || t.end <= s.start || t.start >= s.end));
}

/** The one wink-nlp reader the project shares: tokens, sentences and part of speech of a text. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface WinkToken { value: string; pos: string; spaces: string }
export interface WinkReader {
  tokenize(text: string): { tokens: WinkToken[]; sentences: Array<[number, number]> };
}

/**
 * wink-nlp adds every word it has not seen to its lexicon (about 200 bytes each) and never forgets
 * it: a feed read for months would grow without bound. Past this many added words the reader is
 * rebuilt from the model (about half a second, once per several thousand articles). The tags do not
 * depend on the order words were added, so outputs stay the same.
 *
 * wink also splits a word with punctuation ("Albertson's") differently once it has seen it whole:
 * the same text read twice gave different tokens. After each read, the words with punctuation it
 * learned are taken out of its look-up again, so a text's tokens never depend on what was read
 * before it.
 */
export const WINK_NEW_WORDS_LIMIT = 60_000;

interface WinkLexicon {
  features: { lexeme: { list: string[]; intrinsicSize: number; hash: Record<string, number | undefined> } };
}
/** A word wink's tokenizer may split differently once known: anything but letters and digits. */
const PUNCTUATED = /[^\p{L}\p{N}]/u;
interface WinkModel { core(): WinkLexicon; metaCER(): unknown }

function once<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}
type WinkNlp = (model: unknown, pipe?: string[]) => {
  readDoc(text: string): {
    tokens(): { out(f: unknown): unknown[] };
    sentences(): { out(f: unknown): unknown[] };
  };
  its: Record<string, unknown>;
};

/**
 * The model's metaCER() re-stringifies its own cached result on every call, so the string grows
 * with each new reader until V8 refuses it ("Invalid string length"): call it once per process.
 */
let metaCER: (() => unknown) | undefined;

/** A reader that rebuilds itself once wink has learned more than `newWordsLimit` words. */
export function createWinkReader(newWordsLimit = WINK_NEW_WORDS_LIMIT): WinkReader & { rebuilds: number } {
  // wink-nlp ships CommonJS without ESM types that fit NodeNext; load it lazily.
  const winkNLP = require('wink-nlp') as WinkNlp;
  const model = require('wink-eng-lite-web-model') as WinkModel;
  let lexicon: WinkLexicon | undefined;
  // Wrap the model to see the lexicon wink builds from it (core() makes a fresh copy each time).
  metaCER ??= once(() => model.metaCER());
  const watched = { ...model, core: (): WinkLexicon => (lexicon = model.core()), metaCER };
  const build = (): ReturnType<WinkNlp> => winkNLP(watched, ['sbd', 'pos']);
  let nlp = build();
  let forgotten = 0;
  const added = (): number => {
    const lx = lexicon?.features.lexeme;
    return lx ? lx.list.length - lx.intrinsicSize : 0;
  };
  /** Drop the words with punctuation learned since the last call from wink's look-up (see above). */
  const forgetPunctuated = (): void => {
    const lx = lexicon?.features.lexeme;
    if (!lx) return;
    const { list, hash } = lx;
    for (let k = Math.max(forgotten, lx.intrinsicSize); k < list.length; k++) {
      const word = list[k] ?? '';
      if (PUNCTUATED.test(word) && hash[word] === k) delete hash[word];
    }
    forgotten = list.length;
  };
  const out = {
    rebuilds: 0,
    tokenize(text: string) {
      if (added() > newWordsLimit) {
        nlp = build();
        forgotten = 0;
        out.rebuilds++;
      }
      const its = nlp.its;
      const d = nlp.readDoc(text);
      const tokens = d.tokens();
      const values = tokens.out(its.value) as string[];
      const pos = tokens.out(its.pos) as string[];
      const spaces = tokens.out(its.precedingSpaces) as string[];
      const sentences = d.sentences().out(its.span) as Array<[number, number]>;
      forgetPunctuated();
      return {
        tokens: values.map((value, i) => ({ value, pos: pos[i] ?? 'X', spaces: spaces[i] ?? '' })),
        sentences,
      };
    },
  };
  return out;
}

let reader: WinkReader | undefined;

/** The shared reader, built on first use. */
export function winkReader(): WinkReader {
  reader ??= createWinkReader();
  return reader;
}

/**
 * Part of speech for words already split (CoNLL input): the words are joined with spaces, read by
 * wink, and each word takes the tag of the wink token that starts it (PROPN if any piece is PROPN,
 * so "Jong-un" split by wink stays a proper noun).
 */
export function posForWords(sentences: ReadonlyArray<readonly string[]>): string[][] {
  const text = sentences.map((ws) => ws.join(' ')).join('\n\n');
  const starts: number[] = [];
  let at = 0;
  sentences.forEach((ws) => {
    for (const w of ws) {
      starts.push(at);
      at += w.length + 1;
    }
    at += 1;
  });
  const out: string[][] = sentences.map((ws) => new Array<string>(ws.length).fill('X'));
  const flatIndex: Array<[number, number]> = [];
  sentences.forEach((ws, s) => ws.forEach((_w, k) => flatIndex.push([s, k])));
  const { tokens } = winkReader().tokenize(text);
  let cursor = 0;
  let word = 0;
  for (const t of tokens) {
    const pos = text.indexOf(t.value, cursor);
    if (pos < 0) continue;
    cursor = pos + t.value.length;
    while (word + 1 < starts.length && (starts[word + 1] ?? Infinity) <= pos) word++;
    const idx = flatIndex[word];
    if (!idx) continue;
    const row = out[idx[0]];
    if (!row) continue;
    const first = (starts[word] ?? -1) === pos;
    if (first || t.pos === 'PROPN') row[idx[1]] = first && row[idx[1]] !== 'PROPN' ? t.pos : 'PROPN';
  }
  return out;
}

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
 */
export const WINK_NEW_WORDS_LIMIT = 60_000;

interface WinkLexicon { features: { lexeme: { list: unknown[]; intrinsicSize: number } } }
interface WinkModel { core(): WinkLexicon }
type WinkNlp = (model: unknown, pipe?: string[]) => {
  readDoc(text: string): {
    tokens(): { out(f: unknown): unknown[] };
    sentences(): { out(f: unknown): unknown[] };
  };
  its: Record<string, unknown>;
};

/** A reader that rebuilds itself once wink has learned more than `newWordsLimit` words. */
export function createWinkReader(newWordsLimit = WINK_NEW_WORDS_LIMIT): WinkReader & { rebuilds: number } {
  // wink-nlp ships CommonJS without ESM types that fit NodeNext; load it lazily.
  const winkNLP = require('wink-nlp') as WinkNlp;
  const model = require('wink-eng-lite-web-model') as WinkModel;
  let lexicon: WinkLexicon | undefined;
  // Wrap the model to see the lexicon wink builds from it (core() makes a fresh copy each time).
  const watched = { ...model, core: (): WinkLexicon => (lexicon = model.core()) };
  const build = (): ReturnType<WinkNlp> => winkNLP(watched, ['sbd', 'pos']);
  let nlp = build();
  const added = (): number => {
    const lx = lexicon?.features.lexeme;
    return lx ? lx.list.length - lx.intrinsicSize : 0;
  };
  const out = {
    rebuilds: 0,
    tokenize(text: string) {
      if (added() > newWordsLimit) {
        nlp = build();
        out.rebuilds++;
      }
      const its = nlp.its;
      const d = nlp.readDoc(text);
      const tokens = d.tokens();
      const values = tokens.out(its.value) as string[];
      const pos = tokens.out(its.pos) as string[];
      const spaces = tokens.out(its.precedingSpaces) as string[];
      const sentences = d.sentences().out(its.span) as Array<[number, number]>;
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

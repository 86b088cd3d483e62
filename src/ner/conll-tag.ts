/** Tag a CoNLL file as the contract says: every line back, token lines with one more column. */
import { posForWords } from '../analyze/tokens/wink.js';
import { parseConll } from './conll.js';
import { iob1FromSpans, spansFromTags } from './tags.js';
import type { NerTagger } from './tagger.js';

export function tagConll(text: string, tagger: NerTagger): string[] {
  const { docs, lines } = parseConll(text);
  const out = lines.map((l) => l.replace(/\r$/u, ''));
  for (const doc of docs) {
    const words = doc.sentences.map((s) => s.words);
    const pos = posForWords(words);
    const tags = tagger.tagDocument(doc.sentences.map((s, i) => ({ words: s.words, pos: pos[i] ?? [] })));
    doc.sentences.forEach((s, i) => {
      const iob = iob1FromSpans(spansFromTags(tags[i] ?? new Uint8Array(s.words.length)), s.words.length);
      s.lines.forEach((ln, k) => { out[ln] = `${(out[ln] ?? '').trimEnd()} ${iob[k] ?? 'O'}`; });
    });
  }
  return out;
}

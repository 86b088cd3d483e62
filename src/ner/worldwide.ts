/**
 * The WorldWide newswire NER set (one .tsv per article: token TAB tag, BIO/BIOES over nine classes)
 * as training documents with CoNLL types: Person → PER, Organization → ORG, Location and Facility →
 * LOC, NORP, Miscellaneous and Product → MISC; Date and Money are not names here. The files have no
 * sentence breaks, so a sentence ends after . ? ! when the next word starts with a capital or a quote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { posForWords } from '../analyze/tokens/wink.js';
import { tagsFromSpans, TYPES, type TypedSpan } from './tags.js';
import type { TrainDoc } from './train.js';

const MAP: Record<string, string | undefined> = {
  Person: 'PER', Organization: 'ORG', Location: 'LOC', Facility: 'LOC',
  NORP: 'MISC', Miscellaneous: 'MISC', Misc: 'MISC', Product: 'MISC',
};

interface Tok { word: string; tag: string }

function sentencesOf(toks: readonly Tok[]): Tok[][] {
  const out: Tok[][] = [];
  let cur: Tok[] = [];
  toks.forEach((t, i) => {
    cur.push(t);
    const next = toks[i + 1];
    const ends = (t.word === '.' || t.word === '?' || t.word === '!') && (!next || /^[\p{Lu}"“'‘]/u.test(next.word));
    const nextContinues = next && /^[IE]-/u.test(next.tag);
    if (ends && !nextContinues && cur.length) { out.push(cur); cur = []; }
  });
  if (cur.length) out.push(cur);
  return out;
}

function spansOf(tags: readonly string[]): TypedSpan[] {
  const out: TypedSpan[] = [];
  let open = -1;
  let openType = '';
  const close = (i: number): void => {
    const mapped = MAP[openType];
    if (open >= 0 && mapped) out.push({ start: open, end: i, type: TYPES.indexOf(mapped as (typeof TYPES)[number]) });
    open = -1;
  };
  tags.forEach((tag, i) => {
    const m = /^([BIESL])-(.+)$/u.exec(tag);
    if (!m) { close(i); return; }
    const part = m[1] ?? 'B';
    const type = m[2] ?? '';
    if (part === 'B' || part === 'S' || type !== openType || open < 0) { close(i); open = i; openType = type; }
    if (part === 'S' || part === 'E' || part === 'L') close(i + 1);
  });
  close(tags.length);
  return out;
}

export function loadWorldwide(dir: string): TrainDoc[] {
  const docs: TrainDoc[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.tsv')).sort()) {
    const toks: Tok[] = [];
    for (const line of readFileSync(`${dir}/${f}`, 'utf8').split('\n')) {
      const [word, tag] = line.split('\t');
      if (!word || !word.trim() || /^https?:/u.test(word)) continue;
      toks.push({ word: word.trim(), tag: (tag ?? 'O').trim() || 'O' });
    }
    const sents = sentencesOf(toks).filter((s) => s.length > 0);
    if (!sents.length) continue;
    const pos = posForWords(sents.map((s) => s.map((t) => t.word)));
    docs.push({
      sentences: sents.map((s, i) => ({
        words: s.map((t) => t.word),
        pos: pos[i] ?? s.map(() => 'X'),
        gold: tagsFromSpans(spansOf(s.map((t) => t.tag)), s.length),
      })),
    });
  }
  return docs;
}

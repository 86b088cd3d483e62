/**
 * Pronouns: "he" after a quote is usually the subject of the last sentence that named someone
 * outside the quotation marks. `resolvePronoun` is exported for the quotes and events stages; the
 * link stage itself adds "he"/"she" as resolved mentions of the entity they stand for.
 */
import type { Entity, Mention } from '../../model.js';
import type { Doc } from '../doc.js';
import { insideAny, quotedRanges } from './quoted.js';

interface Sent { start: number; end: number }

function sentencesOf(doc: Doc): Sent[] {
  if (doc.sentences.length > 0) return doc.sentences.map((s) => ({ start: s.start, end: s.end }));
  const out: Sent[] = [];
  const text = doc.article.text;
  let start = 0;
  const re = /[.!?]["”’]?(?=\s)|\n+/gu;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

const MALE = /^(?:Mr|Mister|Sir|Lord|King|Prince|Emperor|Sheikh)\b/u;
const FEMALE = /^(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|Empress)\b/u;

/** What the article's own words say of a person's gender: "Mr Thomas", "Ms Hewitt", "Queen Elizabeth". */
function genderOf(e: Entity): 'm' | 'f' | undefined {
  for (const m of e.mentions) {
    if (MALE.test(m.text)) return 'm';
    if (FEMALE.test(m.text)) return 'f';
  }
  for (const t of e.titles ?? []) {
    if (MALE.test(t)) return 'm';
    if (FEMALE.test(t)) return 'f';
  }
  return undefined;
}

/** The entity a pronoun at `offset` most likely refers to, among the PERSON entities of `entities`. */
export function resolvePronounIn(doc: Doc, entities: readonly Entity[], offset: number): Entity | undefined {
  const word = /^\p{L}+/u.exec(doc.article.text.slice(offset))?.[0].toLowerCase() ?? '';
  const wanted = ['he', 'him', 'his', 'himself'].includes(word) ? 'm' : ['she', 'her', 'hers', 'herself'].includes(word) ? 'f' : undefined;
  const agrees = (e: Entity): boolean => { const g = genderOf(e); return !wanted || !g || g === wanted; };
  const quotes = quotedRanges(doc.article.text);
  const inQuote = insideAny(quotes, offset);
  const sents = sentencesOf(doc);
  const idx = sents.findIndex((s) => offset >= s.start && offset < s.end);
  const named = (m: Mention): boolean => m.form !== 'pronoun';
  const firstIn = (s: Sent, before: number): Entity | undefined => {
    let best: Entity | undefined;
    let at = Infinity;
    for (const e of entities) {
      if (e.type !== 'PERSON' || !agrees(e)) continue;
      for (const m of e.mentions) {
        if (!named(m) || m.start < s.start || m.start >= Math.min(s.end, before)) continue;
        if (!inQuote && insideAny(quotes, m.start)) continue;
        if (m.start < at) { best = e; at = m.start; }
      }
    }
    return best;
  };
  // In the pronoun's own sentence, the subject of its clause: "..., and Macron said he agreed".
  const own = sents[idx];
  if (own) {
    const text = doc.article.text.slice(own.start, offset);
    let clause = own.start;
    for (const m of text.matchAll(/[,;]\s+(?:and|but|while|whereas)\s|;\s/g)) clause = own.start + m.index;
    const e = firstIn({ start: clause, end: own.end }, offset) ?? firstIn(own, offset);
    if (e) return e;
  }
  for (let k = idx - 1; k >= 0 && k >= idx - 3; k--) {
    const s = sents[k];
    if (!s) continue;
    const e = firstIn(s, Infinity);
    if (e) return e;
  }
  return undefined;
}

/** The entity id a pronoun at `offset` refers to, after the link stage has run. */
export function resolvePronoun(doc: Doc, offset: number): string | undefined {
  return resolvePronounIn(doc, doc.entities, offset)?.id;
}

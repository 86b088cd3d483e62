/**
 * "talks held in Beijing between a Saudi delegation led by X, the national security adviser, and
 * an Iranian delegation headed by Y": the parties to a meeting named as delegations, each by its
 * leader when the text names one.
 */
import type { ParsedSentence } from './parse.js';

const LEADING = new Set(['lead', 'head', 'led', 'headed']);
const STOP = new Set([';', ':', '.', '?', '!', '(', ')', '—', '–']);
/** Participles that may stand between the meeting noun and "between" ("talks held in Geneva between"). */
const HELD = new Set(['hold', 'held', 'host', 'hosted', 'conduct', 'conducted', 'organize', 'organized', 'mediate', 'mediated', 'broker', 'brokered']);

/** After an NP at `k`: "led by NP" gives the leader's NP index and the chunk after it. */
function ledBy(ps: ParsedSentence, k: number): { leader: number; next: number } | undefined {
  const vg = ps.chunks[k + 1];
  const by = ps.chunks[k + 2];
  const np = ps.chunks[k + 3];
  if (vg?.kind !== 'VG' || !LEADING.has(vg.lemma) || by?.kind !== 'PREP' || ps.toks[by.from]!.lower !== 'by' || np?.kind !== 'NP') return undefined;
  return { leader: k + 3, next: k + 4 };
}

/**
 * The parties after the meeting noun at chunk `k`, when they are introduced by "between" and at
 * least one of them is a delegation led by someone: each leader's NP, or the NP itself. Empty
 * when the phrase is anything else (the ordinary pattern then reads it).
 */
export function delegationParties(ps: ParsedSentence, k: number): number[] {
  let j = k + 1;
  // Up to "between", past a participle and its place ("held in the Chinese capital from March 6 to 10").
  for (let n = 0; j < ps.chunks.length && n < 10; j++, n++) {
    const ch = ps.chunks[j]!;
    const w = ps.toks[ch.from]!.lower;
    if (ch.kind === 'PREP' && w === 'between') break;
    if (ch.kind === 'VG' && !HELD.has(ch.lemma)) return [];
    if (ch.kind === 'PUNCT' || ch.kind === 'REL' || ch.kind === 'SCONJ' || ch.kind === 'CONJ') return [];
  }
  if (ps.chunks[j]?.kind !== 'PREP') return [];
  const out: number[] = [];
  let led = false;
  let at = j + 1;
  while (at < ps.chunks.length && out.length < 4) {
    if (ps.chunks[at]?.kind !== 'NP') break;
    const l = ledBy(ps, at);
    out.push(l ? l.leader : at);
    if (l) led = true;
    at = l ? l.next : at + 1;
    // An apposition after the leader (", the Saudi minister of state,") before the next party.
    // ("minister of state and national security adviser": up to the comma before the next "and".)
    if (ps.chunks[at]?.kind === 'PUNCT' && ps.toks[ps.chunks[at]!.from]!.text === ',' && ps.chunks[at + 1]?.kind === 'NP') {
      let e = at + 2;
      while (e < ps.chunks.length && e < at + 10 && ['NP', 'PREP', 'CONJ'].includes(ps.chunks[e]!.kind)) e++;
      if (ps.chunks[e]?.kind === 'PUNCT' && ps.toks[ps.chunks[e]!.from]!.text === ',' && ps.chunks[e + 1]?.kind === 'CONJ') at = e + 1;
    }
    if (ps.chunks[at]?.kind === 'PUNCT' && ps.toks[ps.chunks[at]!.from]!.text === ',') at++;
    const c = ps.chunks[at];
    if (c?.kind === 'CONJ' && ps.toks[c.from]!.lower === 'and') { at++; continue; }
    if (c && c.kind === 'PUNCT' && STOP.has(ps.toks[c.from]!.text)) break;
    break;
  }
  return led && out.length >= 2 ? out : [];
}

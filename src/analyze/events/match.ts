/**
 * Matching a pattern against the chunks after its trigger: words in order (a few chunks may stand
 * between), slots bound to the noun phrase or infinitive standing there.
 */
import type { EventStatus } from '../../model.js';
import type { EventDictionary, EventPattern } from './dictionary.js';
import type { Chunk, ParsedSentence } from './parse.js';
import { coordinationRight } from './participants.js';

export interface Binding {
  pattern: EventPattern;
  recipient?: number[];
  actor?: number[];
  actors?: number[];
  /** Chunk index of the embedded event: an infinitive verb group or an event noun. */
  about?: number;
  aboutStatus?: EventStatus;
  /** Chunk indices the match used (for the evidence span). */
  used: number[];
  score: number;
}

const GAP = 4;
const PARTICLES = new Set(['on', 'upon', 'for', 'off', 'out', 'up']);

export function isEventNoun(ps: ParsedSentence, ch: Chunk | undefined, dict: EventDictionary): boolean {
  return ch !== undefined && ch.kind === 'NP' && dict.nouns.has(ps.toks[ch.head]!.lemma);
}

/** Match one pattern on `window` (chunk indices after the trigger, in order). */
export function matchPattern(ps: ParsedSentence, window: readonly number[], p: EventPattern, dict: EventDictionary): Binding | undefined {
  const b: Binding = { pattern: p, used: [], score: 0 };
  let pos = 0;
  // Inside the chunk at `pos`, the first token words may still match ("a hunger strike": "hunger", then "strike").
  let tokAt = -1;
  // Right after "to" matched an infinitive: the next word is sought inside that verb group.
  let inVerb = false;
  for (let n = 0; n < p.items.length; n++) {
    const item = p.items[n]!;
    const last = n === p.items.length - 1;
    if (item.kind === 'word') {
      let found = -1;
      let foundTok = -1;
      // "demanded that X ...": a complementizer follows its verb at once (past an adverb), never
      // after an object ("demanded an admission by Moscow that Soviet forces ...").
      // A verb's particle ("call on X", "call for", "cut off", "rule out") follows it at once too:
      // "called Li on Monday" is no call on Li.
      const adjacent = item.word === 'that' || (n === 0 && PARTICLES.has(item.word));
      const reach = adjacent ? pos + (ps.chunks[window[pos] ?? -1]?.kind === 'OTHER' ? 2 : 1) : pos + GAP;
      for (let k = pos; k < Math.min(window.length, reach); k++) {
        const ch = ps.chunks[window[k]!]!;
        if (item.word === 'to' && ch.kind === 'VG' && ch.infinitive) { found = k; break; }
        // "barred X from entering": a gerund the pattern names.
        if (ch.kind === 'VG' && ch.gerund && n > 0 && (ps.toks[ch.head]!.lower === item.word || ps.toks[ch.head]!.lemma === item.word)) { found = k; foundTok = ch.head; break; }
        // "order X to leave": after "to", the next word may be the infinitive's own verb.
        if (ch.kind === 'VG' && !(k === pos && inVerb)) break;
        const from = k === pos && tokAt >= 0 ? tokAt : ch.from;
        for (let t = from; t < ch.to; t++) {
          const tk = ps.toks[t]!;
          if (tk.lemma === item.word || tk.lower === item.word) { foundTok = t; break; }
        }
        if (foundTok >= 0) { found = k; break; }
      }
      if (found < 0) return undefined;
      const ch = ps.chunks[window[found]!]!;
      if (!b.used.includes(window[found]!)) b.used.push(window[found]!);
      b.score += 3;
      if (item.word === 'to' && ch.kind === 'VG') { pos = found; tokAt = ch.from + 1; inVerb = true; continue; }
      inVerb = false;
      if (foundTok + 1 < ch.to && ch.kind === 'NP') { pos = found; tokAt = foundTok + 1; }
      else { pos = found + 1; tokAt = -1; }
      continue;
    }
    // A slot: the next whole chunk, past one adverb. (After "to", the slot is the infinitive itself.)
    if (tokAt >= 0 && !inVerb) pos++;
    tokAt = -1;
    inVerb = false;
    let k = pos;
    if (k < window.length && ps.chunks[window[k]!]!.kind === 'OTHER') k++;
    const ch = k < window.length ? ps.chunks[window[k]!] : undefined;
    if (item.slot === 'about') {
      if (ch && ((ch.kind === 'VG' && (ch.infinitive || ch.gerund)) || isEventNoun(ps, ch, dict))) {
        b.about = window[k]!;
        if (item.status) b.aboutStatus = item.status;
        b.used.push(window[k]!);
        b.score += 1;
        pos = k + 1;
        continue;
      }
      if (last) continue;
      return undefined;
    }
    if (ch && ch.kind === 'NP') {
      const { nps } = coordinationRight(ps, window[k]!);
      // Stay inside the window: the coordination may not run past it.
      const inWindow = nps.filter((x) => window.includes(x));
      b[item.slot] = inWindow;
      b.used.push(...inWindow);
      b.score += 1;
      const lastNp = inWindow[inWindow.length - 1] ?? window[k]!;
      pos = Math.max(k + 1, window.indexOf(lastNp) + 1);
      continue;
    }
    if (last) continue;
    return undefined;
  }
  return b;
}

/** The best of `patterns` on `window`: most words, then most slots bound, then the first listed. */
export function bestMatch(ps: ParsedSentence, window: readonly number[], patterns: readonly EventPattern[], dict: EventDictionary): Binding | undefined {
  let best: Binding | undefined;
  for (const p of patterns) {
    const b = matchPattern(ps, window, p, dict);
    if (b && (!best || b.score > best.score)) best = b;
  }
  return best;
}

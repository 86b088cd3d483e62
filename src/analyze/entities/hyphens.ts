/**
 * Names joined by a hyphen in one token ("Trump-Kim talks", "Russia-China relations"): when each part
 * is a name the article uses elsewhere (or a country or nationality the gazetteer knows), each part
 * is a mention of its own, with that name's type. A hyphenated name ("Kim Jong-un") is never split:
 * its second part is lower case and names nothing.
 */
import type { EntityType } from '../../model.js';
import type { Token } from '../doc.js';
import type { Candidate } from './candidate.js';
import { countrySet, demonymSet, isCity } from './lexicon.js';

/** "Luxembourg-based", "Saudi-led", "US-backed": the name before the suffix is a name of its own. */
const SUFFIXES = new Set(['based', 'born', 'led', 'backed', 'owned', 'run', 'made', 'bound', 'controlled', 'funded', 'sponsored', 'brokered', 'allied', 'aligned', 'headquartered', 'registered', 'style', 'era']);

const CAPITALIZED = /^\p{Lu}[\p{L}.]+$/u;

export function splitJoinedNames(cands: Candidate[], tokens: readonly Token[]): Candidate[] {
  const known = new Map<string, EntityType>();
  for (const c of cands) {
    if (c.type === 'PERSON') {
      for (let i = c.start; i < c.end; i++) if (!known.has(tokens[i]?.text ?? '')) known.set(tokens[i]?.text ?? '', 'PERSON');
    } else if (c.end - c.start === 1 && (c.type === 'PLACE' || c.type === 'ORG')) {
      const t = tokens[c.start]?.text ?? '';
      if (!t.includes('-') && !known.has(t)) known.set(t, c.type);
    }
  }
  const typeOf = (part: string): EntityType | undefined =>
    known.get(part) ?? (countrySet().has(part) ? 'PLACE' : demonymSet().has(part.toLowerCase()) ? 'GROUP' : undefined);
  // Most articles have no hyphenated token: the index of covered tokens is built for the first.
  let coveredIndex: Map<number, Candidate> | undefined;
  const covered = (): Map<number, Candidate> => {
    if (!coveredIndex) {
      coveredIndex = new Map();
      for (const c of cands) for (let i = c.start; i < c.end; i++) coveredIndex.set(i, c);
    }
    return coveredIndex;
  };
  const out: Candidate[] = [];
  const replaced = new Set<Candidate>();
  tokens.forEach((t, i) => {
    if (!t.text.includes('-')) return;
    const parts = t.text.split('-');
    const suffix = parts.length === 2 && SUFFIXES.has(parts[1] ?? '') ? parts[0] ?? '' : undefined;
    if (suffix !== undefined) {
      const type = typeOf(suffix) ?? (isCity(suffix) ? 'PLACE' : undefined);
      const c = covered().get(i);
      if (!type || !CAPITALIZED.test(suffix) || (c && (c.end - c.start > 1 || c.charStart !== t.start))) return;
      if (c) replaced.add(c);
      out.push({ start: i, end: i + 1, charStart: t.start, charEnd: t.start + suffix.length, type, source: 'rule' });
      return;
    }
    if (parts.length < 2 || !parts.every((p) => CAPITALIZED.test(p) && typeOf(p) !== undefined)) return;
    const c = covered().get(i);
    if (c && (c.end - c.start > 1 || c.charStart !== t.start || c.charEnd !== t.end)) return;
    if (c) replaced.add(c);
    let at = t.start;
    for (const p of parts) {
      out.push({ start: i, end: i + 1, charStart: at, charEnd: at + p.length, type: typeOf(p) ?? 'OTHER', source: 'rule' });
      at += p.length + 1;
    }
  });
  return [...cands.filter((c) => !replaced.has(c)), ...out];
}

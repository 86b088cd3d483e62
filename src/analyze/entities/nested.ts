/**
 * Organizations named inside organizations: "Political Bureau of the Communist Party of China
 * Central Committee" also names the "Communist Party of China Central Committee"; "Presidium of the
 * Supreme People's Assembly" the "Supreme People's Assembly". The part after "of the" is added as a
 * name of its own when it starts with a capital; the whole name stays.
 */
import type { Token } from '../doc.js';
import type { Candidate } from './candidate.js';

export function nestedOrgs(cands: Candidate[], tokens: readonly Token[]): Candidate[] {
  const out = [...cands];
  const have = new Set(cands.map((c) => `${c.charStart}:${c.charEnd}`));
  for (const c of cands) {
    if (c.type !== 'ORG') continue;
    for (let i = c.start + 1; i + 2 < c.end; i++) {
      if (tokens[i]?.text !== 'of' || tokens[i + 1]?.text !== 'the') continue;
      const first = tokens[i + 2];
      const last = tokens[c.end - 1];
      if (!first || !last || !/^\p{Lu}/u.test(first.text)) continue;
      const key = `${first.start}:${last.end}`;
      if (have.has(key)) continue;
      have.add(key);
      out.push({ start: i + 2, end: c.end, charStart: first.start, charEnd: last.end, type: 'ORG', source: 'rule' });
      break;
    }
  }
  return out;
}

/**
 * A party named by its adjective in a title: "Conservative leader X", "Labour leader X",
 * "Republican senator X", "Democratic lawmaker X", "Tory MP X". The adjective is the party's only
 * where the article's countries have a party of that name ("Conservative" in a story about
 * Britain is the Conservative Party; in one about Canada, Canada's, when the KB lists it).
 */
import { nameKey, type KbEntry } from '../../kb/index.js';
import type { LinkState } from './state.js';

/** Other words for a party than its own adjective. */
const NICKNAMES: ReadonlyMap<string, string> = new Map([['tory', 'conservative'], ['gop', 'republican']]);

/** The party a capitalized adjective stands for in this article, if any. */
export function partyOfAdjective(st: LinkState, word: string): KbEntry | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) && word !== 'GOP') return undefined;
  const adj = NICKNAMES.get(nameKey(word)) ?? nameKey(word);
  const stem = adj.replace(/ic$/u, '');
  const keys = [`${adj} party`, `${adj}s`, adj, `${stem}s`];
  const cands: KbEntry[] = [];
  for (const k of keys) {
    for (const e of st.kb.lookup(k)) if (e.kind === 'org' && e.code?.endsWith('PTY') && e.country && !cands.includes(e)) cands.push(e);
  }
  let best: KbEntry | undefined;
  let n = 0;
  for (const e of cands) {
    const k = st.countries.get(e.country ?? '') ?? 0;
    if (k > n) { best = e; n = k; }
  }
  return best;
}

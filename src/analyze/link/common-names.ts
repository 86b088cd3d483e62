/**
 * Capitalized words the tagger takes for names that stand for something named before: "the
 * Alliance" (NATO, in house styles that capitalize it) is left to org-anaphora.ts; "the North" and
 * "the South" are the one country of the article whose name begins so (North Korea in a story about
 * Pyongyang's missiles, South Sudan in one about Juba).
 */
import type { CountryEntry } from '../../kb/index.js';
import type { NameMention } from '../doc.js';
import { claimed, clusterFor, mentionOf, type LinkState } from './state.js';

const ANAPHORIC: ReadonlySet<string> = new Set(['Alliance', 'Bloc', 'Agency', 'Organization', 'Organisation', 'Ministry']);
const COMPASS: ReadonlySet<string> = new Set(['North', 'South']);

function afterThe(st: LinkState, start: number): boolean {
  return /\b[Tt]he $/u.test(st.text.slice(Math.max(0, start - 4), start));
}

/** "the Alliance": a body named again, not a name of its own. */
export function isAnaphoricName(st: LinkState, n: NameMention): boolean {
  return ANAPHORIC.has(n.text) && afterThe(st, n.start);
}

/** The one country the article mentions whose name begins with the word ("North" -> North Korea). */
function compassCountry(st: LinkState, word: string): CountryEntry | undefined {
  const found: CountryEntry[] = [];
  for (const iso of st.countries.keys()) {
    const c = st.kb.country(iso);
    if (c && [c.name, ...c.aliases].some((x) => x.startsWith(`${word} `))) found.push(c);
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Links "the North" / "the South"; returns true when it did (the name needs no other linking). */
export function linkCompassName(st: LinkState, n: NameMention): boolean {
  if (!COMPASS.has(n.text) || !afterThe(st, n.start) || claimed(st, n.start, n.end)) return false;
  const country = compassCountry(st, n.text);
  if (!country) return false;
  mentionOf(st, clusterFor(st, country), n.start, n.end, 'name', true);
  return true;
}

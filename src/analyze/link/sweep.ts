/**
 * A gazetteer pass over the text for what the tagger may leave out: countries by name, alias or
 * demonym ("South Korean" in "the South Korean president"), and organizations, places and events
 * the KB knows by a multi-word or all-capitals name ("Korean Peninsula", "TASS"). Generic body names
 * ("Foreign Ministry") are left to generic.ts, which decides whose they are.
 */
import type { KbEntry } from '../../kb/index.js';
import { nameKey } from '../../kb/index.js';
import type { LinkState } from './state.js';
import { isCapitalized, stripPossessive } from './words.js';
import { creditedAsAgency } from './agency.js';

export interface Hit {
  start: number;
  end: number;
  entry: KbEntry;
}

/** All-capital short names too ambiguous to trust without the tagger ("WHO", "IS", "AP"; "AA" is also a rating and a battery). */
const AMBIGUOUS: ReadonlySet<string> = new Set(['WHO', 'IS', 'AP', 'AA', 'IT', 'AU', 'OR', 'AT', 'ON', 'US ']);

/**
 * A one-word territory, region, state or site the KB lists ("Gaza", "Crimea", "Rajasthan", "Natanz") is a
 * place wherever it is printed capitalized, even where the tagger missed it ("a ceasefire in Gaza").
 * Not the words that are as often adjectives or other things ("Gulf", "Arctic", "Moon").
 */
const PLACE_KINDS: ReadonlySet<string> = new Set(['territory', 'region', 'site', 'state']);
/** Also given names, surnames or words before other names ("Virginia Woolf", "Hermann Hesse"). */
const NOT_ALONE: ReadonlySet<string> = new Set(['Gulf', 'Arctic', 'Mediterranean', 'Baltic', 'Ulster', 'Georgia', 'Virginia', 'Indiana', 'Montana', 'Hesse', 'Victoria', 'Carolina']);

function namedPlace(e: KbEntry, word: string): boolean {
  return e.kind === 'place' && PLACE_KINDS.has(e.placeKind) && /^\p{Lu}\p{Ll}/u.test(word) && !NOT_ALONE.has(word);
}

export function sweep(st: LinkState): Hit[] {
  const hits: Hit[] = [];
  const ws = st.words;
  for (let i = 0; i < ws.length;) {
    const w = ws[i]!;
    // Most capitalized words begin no KB name ("Mr", "Smith", "On"): nothing to look up from them.
    if (!isCapitalized(w.text) || !(st.kb.mayStartName(w.text) || st.kb.mayStartName(stripPossessive(w.text)))) {
      i++;
      continue;
    }
    let found: Hit | undefined;
    let used = 0;
    for (let n = Math.min(6, ws.length - i); n >= 1 && !found; n--) {
      const first = ws[i];
      const last = ws[i + n - 1];
      if (!first || !last || !isCapitalized(first.text) || !isCapitalized(last.text)) continue;
      const raw = st.text.slice(first.start, last.end);
      if (/[\n.,;:!?"“”()[\]{}]/u.test(raw)) continue;
      const bare = stripPossessive(raw);
      const key = nameKey(bare);
      const end = first.start + bare.length;
      const demonym = st.kb.byDemonym(key);
      let entry: KbEntry | undefined = demonym.length === 1 ? demonym[0] : undefined;
      if (!entry) {
        const cands = st.kb.lookup(key).filter((e) => e.kind === 'country' || e.kind === 'org' || e.kind === 'place');
        const country = cands.find((e) => e.kind === 'country');
        // Letters two bodies share ("PTI"): the news agency where the text credits one.
        const others = cands.filter((e) => e.kind !== 'country');
        const other = (others.length > 1 && creditedAsAgency(st, first.start, end) ? others.find((e) => e.code?.endsWith('MED')) : undefined) ?? others[0];
        const allCaps = n === 1 && /^\p{Lu}[\p{Lu}\d.]+$/u.test(bare) && !AMBIGUOUS.has(bare);
        const exact = (e: KbEntry): boolean => [e.name, ...e.aliases].some((a) => a === bare || a === `the ${bare}`);
        if (country && (n > 1 || exact(country) || allCaps || /^\p{Lu}\p{Ll}/u.test(bare))) entry = country;
        else if (other && (n > 1 || allCaps || namedPlace(other, bare)) && exact(other) && !st.kb.genericKind(key)) entry = other;
      }
      if (entry) { found = { start: first.start, end, entry }; used = n; }
    }
    if (found) { hits.push(found); i += used; } else i++;
  }
  return hits;
}

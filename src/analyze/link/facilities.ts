/**
 * Facilities named after a place: "Khmelnytskyi nuclear power plant", "Belbek air base", "Kursk
 * airport". The tagger marks only the place; the facility is a place of its own, in the country of
 * the place it is named after, and named as printed. Sites the KB lists ("Zaporizhzhia nuclear
 * power plant") were linked before this pass by kb-phrases.ts.
 */
import { nameKey } from '../../kb/index.js';
import type { NameMention } from '../doc.js';
import { newCluster } from './clusters.js';
import { cityEntry } from './places.js';
import { claimed, mentionOf, type LinkState } from './state.js';

const FACILITY = /^ (?:(?:[Nn]uclear )?(?:[Pp]ower|[Tt]hermal [Pp]ower|[Hh]ydroelectric [Pp]ower) (?:[Pp]lant|[Ss]tation)|[Nn]uclear (?:[Pp]lant|[Ff]acility|[Cc]omplex)|[Hh]ydroelectric [Dd]am|[Dd]am|(?:[Ii]nternational )?[Aa]irport|[Aa]ir [Bb]ase|[Aa]irbase|[Nn]aval [Bb]ase|(?:[Oo]il )?[Rr]efinery|[Ss]teel (?:[Pp]lant|[Ww]orks)|[Ss]teelworks|(?:[Bb]order )?[Cc]rossing)\b/u;

/** The country of a place name the KB or the cities know; countries themselves name no facility here. */
function placeCountry(st: LinkState, text: string, end: number): string | undefined {
  const key = nameKey(text);
  const known = st.kb.lookup(key);
  if (known.some((e) => e.kind === 'country')) return undefined;
  return known.find((e) => e.kind === 'place' && e.country)?.country ?? cityEntry(st, key, end)?.country;
}

export function linkFacilities(st: LinkState, names: readonly NameMention[]): void {
  for (const n of names) {
    if (n.type !== 'PLACE' || claimed(st, n.start, n.end)) continue;
    const m = FACILITY.exec(st.text.slice(n.end, n.end + 40));
    if (!m) continue;
    // The word boundary keeps out plurals: "airports" are several facilities, not one named.
    const end = n.end + m[0].length;
    const country = placeCountry(st, n.text, n.end);
    if (!country) continue;
    const c = newCluster('PLACE', st.text.slice(n.start, end));
    c.country = country;
    c.code = country;
    st.clusters.push(c);
    mentionOf(st, c, n.start, end, 'name');
  }
}

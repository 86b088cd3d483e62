/**
 * Towns and villages the tagger left out, in the conflict news that names them once: a
 * capitalized name right after "in", "near", "from", "outside", "around" or "at" that the KB's
 * places or GeoNames know is that place, when the place lies in a country the article names
 * ("shelling near Vuhledar" in a story about Ukraine). The article's countries settle namesakes,
 * and a name in none of them stays unlinked: a capitalized word after "at" may be anything.
 * A name no gazetteer knows is a place when the text qualifies it with a country or region
 * ("near Balakot, Pakistan").
 */
import { nameKey, type KbEntry } from '../../kb/index.js';
import { claimed, clusterFor, mentionOf, type LinkState } from './state.js';
import { cityEntry, qualifierCountry } from './places.js';
import { newCluster } from './clusters.js';
import { isCapitalized } from './words.js';

const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'from', 'outside', 'around', 'at']);
/** Languages, which follow "in" like towns do. */
export const LANGUAGE = /^(?:\p{Lu}\p{Ll}+(?:ish|ic)|Hindi|Urdu|Farsi|Persian|Pashto|Dari|Hebrew|Swahili|Latin|Tagalog|Bengali|Punjabi|Tamil|Telugu|Marathi|Gujarati|Kannada|Malayalam|Tigrinya|Somali|Hausa|Yoruba)$/u;
/** ", Pakistan," / ", Rajasthan." right after the name: a qualifier standing alone, not "India's …". */
const QUALIFIED = /^,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?[,.;:)\n]/u;
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/**
 * Words before a name that expect a place: a locative preposition, a verb of taking or striking
 * ground ("captured", "shelled", "an attack on"), "the town of".
 */
const PLACE_BEFORE = /\b(?:captured|recaptured|seized|retook|liberated|shelled|bombed|encircled|stormed|entered|evacuated|(?:attacks?|strikes?|assault|offensive|advance|push|march) (?:on|in|towards?)|(?:town|city|village|region|district|province|port|island|settlement|capital) of)\s+$/iu;

/** Words after a name that say it is a place: ", a railway hub", ", the second-largest town". */
const PLACE_AFTER = /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:town|city|village|region|district|province|port|hub|settlement|stronghold|island)\b/u;

/**
 * The name stands where a place is expected: after a locative preposition or a verb of taking
 * ground, after "the town of", before an apposition calling it a town or region, or as the dateline.
 */
export function placeContext(st: LinkState, start: number, end: number): boolean {
  if (st.dateline && start >= st.dateline.start && end <= st.dateline.end) return true;
  const before = st.text.slice(Math.max(0, start - 32), start);
  return LOCATIVE_BEFORE.test(before) || PLACE_BEFORE.test(before) || PLACE_AFTER.test(st.text.slice(end, end + 60));
}

/** Prepositions of being in or coming from a place; not "at" or "to" ("jobs at Oracle", "an advance to Argo"). */
const LOCATIVE_BEFORE = /\b(?:in|near|from|outside|inside)\s+$/iu;

function placeFor(st: LinkState, key: string, end: number): KbEntry | undefined {
  const known = st.kb.lookup(key);
  if (known.length > 0) return known.find((e) => e.kind === 'place' && e.placeKind === 'city');
  return cityEntry(st, key, end, true);
}

export function linkLocativeTowns(st: LinkState): void {
  const ws = st.words;
  for (let i = 1; i < ws.length; i++) {
    const prep = ws[i - 1];
    const w = ws[i];
    if (!prep || !w || !PREPOSITIONS.has(prep.text) || !isCapitalized(w.text) || CALENDAR.test(w.text)) continue;
    if (!/^ $/u.test(st.text.slice(prep.end, w.start))) continue;
    // One or two capitalized words ("Chasiv Yar"), the whole capitalized run.
    const next = ws[i + 1];
    const two = next && isCapitalized(next.text) && /^ $/u.test(st.text.slice(w.end, next.start));
    const after = ws[i + 2];
    if (two && after && isCapitalized(after.text) && /^ $/u.test(st.text.slice(next.end, after.start))) continue;
    const last = two ? next : w;
    if (claimed(st, w.start, last.end)) continue;
    const key = nameKey(st.text.slice(w.start, last.end));
    // "in English", "in Arabic", "in Hindi": a language, not a town of its name.
    if (st.kb.byDemonym(key).length > 0 || LANGUAGE.test(w.text)) continue;
    const e = placeFor(st, key, last.end);
    if (e?.country && st.countries.has(e.country)) {
      mentionOf(st, clusterFor(st, e), w.start, last.end, 'name');
      continue;
    }
    // A village no gazetteer knows, placed by the text: "near Balakot, Pakistan".
    const unknown = !e && st.kb.lookup(key).length === 0 && !st.kb.genericKind(key);
    const qualified = unknown && QUALIFIED.test(st.text.slice(last.end, last.end + 40)) ? qualifierCountry(st, last.end) : undefined;
    if (!qualified) continue;
    const name = st.text.slice(w.start, last.end);
    const c = st.clusters.find((x) => !x.entry && x.type === 'PLACE' && nameKey(x.name) === key) ?? newCluster('PLACE', name);
    if (!st.clusters.includes(c)) st.clusters.push(c);
    c.country ??= qualified;
    c.code ??= qualified;
    mentionOf(st, c, w.start, last.end, 'name');
  }
}

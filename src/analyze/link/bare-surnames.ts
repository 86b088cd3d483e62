/**
 * A leader named by the surname alone where the tagger got it wrong: "Merkel" typed as a place (a
 * small Texas town shares the name) or "Trump" left out at the head of a sentence ("trump" is an
 * English word). Only for the one KB person of that surname who holds an office on the article's
 * date, or once led a state or government, and only where the text reads as a person: no place
 * cue before a mistyped place; a verb or "'s" right after an untagged word.
 */
import { lastEnded, nameKey, roleAt, termsAt, termsEndedBefore, type OfficeKind, type PersonEntry } from '../../kb/index.js';
import type { Token } from '../doc.js';
import { claimed, clusterFor, mentionOf, type LinkState } from './state.js';
import { afterLocative, qualifierCountry } from './places.js';
import { isCapitalized } from './words.js';

const SMALL_TOWN = 100_000;
/** Heads of state and government: a former one is still named by the surname alone. */
export const LEADERS: readonly OfficeKind[] = ['HOS', 'HOG'];
const SPEAKERS: readonly OfficeKind[] = ['HOS', 'HOG', 'FM'];

/** Offices that keep a name in the news after the holder leaves them. */
const PROMINENT: readonly OfficeKind[] = ['HOS', 'HOG', 'FM', 'DM', 'IGO'];

/**
 * A namesake who left a prominent office after `former` left their last leading one: in 2016, a
 * bare "Clinton" may be the secretary of state of 2013 as well as the president of 2001, so it
 * is nobody's for certain.
 */
export function laterNamesake(people: readonly PersonEntry[], former: PersonEntry, date: string): boolean {
  const led = lastEnded(former, date, LEADERS) ?? '';
  return people.some((p) => p.id !== former.id && (lastEnded(p, date, PROMINENT) ?? '') > led);
}

/**
 * The one KB person of this surname who holds some office on the date (`current` kinds, any when
 * empty) or formerly held one of `former` kinds; nobody when two people answer.
 */
function uniqueHolder(st: LinkState, key: string, current: readonly OfficeKind[], former: readonly OfficeKind[]): PersonEntry | undefined {
  const date = st.date;
  if (!date) return undefined;
  const people = st.kb.bySurname(key);
  const fits = people.filter((p) => {
    const now = termsAt(p, date);
    if (now.length > 0) return current.length === 0 || now.some((t) => t.kinds.some((k) => current.includes(k)));
    return termsEndedBefore(p, date, former).length > 0;
  });
  const [only] = fits;
  if (!only || fits.length !== 1) return undefined;
  // A namesake in some other office today makes the bare surname ambiguous.
  if (people.some((p) => p !== only && roleAt(p, date))) return undefined;
  // So does, for a former holder, a namesake out of a prominent office since.
  if (termsAt(only, date).length === 0 && laterNamesake(people, only, date)) return undefined;
  return only;
}

/** No KB place, country or body of the name, no capital, and GeoNames has only small towns. */
function onlySmallTowns(st: LinkState, key: string): boolean {
  if (st.kb.lookup(key).some((e) => e.kind !== 'person')) return false;
  if (st.kb.byCapital(key) || st.kb.byDemonym(key).length > 0) return false;
  return st.kb.cities.lookup(key).every((c) => c.population < SMALL_TOWN);
}

/** ", Texas." / ", Germany," right after the name: a place's qualifier (not "Germany's ..."). */
const QUALIFIED = /^,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?(?![\p{L}'’])/u;

/**
 * A one-word name the tagger typed as a place (or other) that is a sitting office holder's or a
 * former leader's surname, with nothing before or after it that makes it a place.
 */
export function surnameForPlace(st: LinkState, p: { start: number; end: number; text: string; key: string }): PersonEntry | undefined {
  if (p.key.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(p.text)) return undefined;
  if (afterLocative(st, p.start)) return undefined;
  if (QUALIFIED.test(st.text.slice(p.end, p.end + 40)) && qualifierCountry(st, p.end)) return undefined;
  if (!onlySmallTowns(st, p.key)) return undefined;
  return uniqueHolder(st, p.key, [], LEADERS);
}

/** Verbs of saying that follow a speaker's name. */
const SPEECH = /^(?:said|says|told|tells|criticised|criticized|warned|warns|urged|urges|added|insisted|accused|denied|tweeted|wrote|announced|praised|called|asked|replied|responded|argued|claimed|declared|vowed|threatened|condemned|welcomed|rejected|stressed)$/u;
/** Finite auxiliaries that start a predicate ("Trump has", "Trump was"); not "May be", "May I". */
const FINITE_AUX = /^(?:has|had|is|was|will|would|did|does)$/u;

/** The word after the name reads as its verb: a verb of saying, a finite auxiliary, a past-tense verb. */
function verbAfter(st: LinkState, tokens: readonly Token[], end: number): boolean {
  if (/^['’]s\b/u.test(st.text.slice(end, end + 3))) return true;
  if (st.text[end] !== ' ') return false;
  const next = tokens.find((t) => t.start >= end);
  if (!next || next.start !== end + 1) return false;
  if (SPEECH.test(next.text)) return true;
  if (next.pos === 'AUX') return FINITE_AUX.test(next.text);
  // A past-tense verb only: "Bush fires" and "Brown rice" are nouns whatever a tagger says.
  return next.pos === 'VERB' && /ed$/u.test(next.text);
}

/**
 * Untagged capitalized words that are the unique KB surname of someone who is or was a head of
 * state or government or a foreign minister, followed by their verb: "Trump criticised the call."
 */
export function linkBareSurnames(st: LinkState, tokens: readonly Token[]): void {
  const ws = st.words;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (!w || !isCapitalized(w.text)) continue;
    const bare = w.text.replace(/['’]s$/u, '');
    if (!/^\p{Lu}\p{Ll}+$/u.test(bare)) continue;
    const end = w.start + bare.length;
    // Part of a longer name ("Ivanka Trump", "Trump Tower") is for the tagger to read.
    const prev = ws[i - 1];
    if (prev && isCapitalized(prev.text) && st.text.slice(prev.end, w.start) === ' ') continue;
    const next = ws[i + 1];
    if (bare === w.text && next && isCapitalized(next.text) && st.text.slice(w.end, next.start) === ' ') continue;
    // The tests are pure: the KB's surname index, cheapest and rarest to pass, before the claims.
    const e = uniqueHolder(st, nameKey(bare), SPEAKERS, SPEAKERS);
    if (!e || claimed(st, w.start, end) || !verbAfter(st, tokens, end)) continue;
    mentionOf(st, clusterFor(st, e, 'PERSON'), w.start, end, 'name', true);
  }
}

/**
 * From CoNLL's four types to Dateline's: PER → PERSON, ORG → ORG, LOC → PLACE; MISC splits into
 * GROUP (nationalities and other collectives), EVENT (named events) and OTHER, by the name's words.
 * An ORG or MISC whose head is a strong event word ("Eastern Economic Forum", "FIFA World Cup") is
 * an EVENT.
 */
import type { EntityType } from '../../model.js';
import { DEMONYM_EXTRA } from './gazetteers/places.js';
import { EVENT_HEADS, STRONG_EVENT_HEADS } from './gazetteers/events.js';
import { AGENCIES, HOLIDAYS } from './gazetteers/media.js';
import { countrySet, demonymSet } from './lexicon.js';
import { isPartyName, isSeatName } from './bodies.js';

export function typeFromConll(conll: string): EntityType {
  if (conll === 'PER') return 'PERSON';
  if (conll === 'ORG') return 'ORG';
  if (conll === 'LOC') return 'PLACE';
  return 'OTHER';
}

const EVENT = new Set(EVENT_HEADS);
const STRONG = new Set(STRONG_EVENT_HEADS);
const COLLECTIVE_SUFFIX = /(?:ans?|ians?|ese|ish|ic|is|ers|ites?|ists?)$/u;
const TAIL_PREPOSITIONS = new Set(['for', 'of', 'on', 'in']);
const EXTRA = new Set(DEMONYM_EXTRA.map((d) => d.toLowerCase()));

function headOf(words: readonly string[]): { last: string; lastTwo: string } {
  const lower = words.map((w) => w.toLowerCase());
  return { last: lower[lower.length - 1] ?? '', lastTwo: lower.slice(-2).join(' ') };
}

/** The final type of a name from its CoNLL type and words. */
const AGENCY = new Set(AGENCIES.map((a) => a.toLowerCase()));
const HOLIDAY = new Set(HOLIDAYS.map((h) => h.toLowerCase()));

export function isAgency(name: string): boolean {
  return AGENCY.has(name.toLowerCase());
}

/**
 * Heads that make a name of several words an armed force or unit ("Black Sea Fleet", "Quds Force",
 * "Rapid Support Forces", "Qassam Brigades", "National Guard"): a body, never a person or a place.
 */
const FORCE_HEADS: ReadonlySet<string> = new Set(['army', 'armies', 'navy', 'fleet', 'flotilla', 'force', 'forces', 'guard', 'guards', 'corps', 'brigade', 'brigades', 'battalion', 'battalions', 'regiment', 'militia', 'militias', 'units', 'legion', 'gendarmerie']);

export function isForceName(words: readonly string[]): boolean {
  return words.length > 1 && FORCE_HEADS.has(words[words.length - 1]?.toLowerCase() ?? '');
}

export function refineType(conll: string | undefined, type: EntityType, words: readonly string[]): EntityType {
  const joined = words.join(' ').toLowerCase();
  if (AGENCY.has(joined)) return 'ORG';
  if ((type === 'PERSON' || type === 'PLACE' || type === 'OTHER') && isForceName(words)) return 'ORG';
  // Parties, coalitions and legislatures by the words of their names ("Pakatan Harapan", "Bundestag").
  if ((type === 'PERSON' || type === 'OTHER') && (isPartyName(words, false) || isSeatName(words))) return 'ORG';
  if (type === 'PLACE' && isPartyName(words, true)) return 'ORG';
  if (HOLIDAY.has(joined)) return 'EVENT';
  const { last, lastTwo } = headOf(words);
  // The head is the last word, or the word before a prepositional tail ("Forum for International
  // Cooperation", "Summit of the Americas").
  const lower = words.map((w) => w.toLowerCase());
  const innerHead = lower.some((w, i) => STRONG.has(w) && TAIL_PREPOSITIONS.has(lower[i + 1] ?? ''));
  const isEventHead = STRONG.has(last) || STRONG.has(lastTwo) || innerHead;
  if ((type === 'ORG' || type === 'OTHER') && isEventHead && words.length > 1) return 'EVENT';
  const written = words.join(' ');
  // CoNLL's convention, which the tagger mostly follows: a country is a place, also as a team or a
  // government ("US President Donald Trump").
  if (type === 'ORG' && (countrySet().has(written) || written === 'US')) return 'PLACE';
  if (conll !== 'MISC' && type !== 'OTHER') return type;
  const phrase = written.toLowerCase();
  if (demonymSet().has(phrase) || EXTRA.has(phrase)) return 'GROUP';
  if (EVENT.has(last) || EVENT.has(lastTwo) || /^[a-z]*\d+$/u.test(words[0]?.toLowerCase() ?? '')) {
    if (words.length > 1) return 'EVENT';
  }
  // A single adjective-like word ("Kurdish", "Serbian", "Sunnis") is a collective.
  if (words.length === 1 && COLLECTIVE_SUFFIX.test(last)) return 'GROUP';
  if (words.length === 2 && demonymSet().has(words[1]?.toLowerCase() ?? '')) return 'GROUP';
  return 'OTHER';
}

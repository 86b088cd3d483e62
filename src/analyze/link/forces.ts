/**
 * Armed forces and armed groups the KB does not know. Whose a force is: a country word in its name
 * ("Indian Navy", "Syrian Arab Army"), else a country's possessive right before it ("Russia's
 * Northern Fleet", "Iran's Quds Force"). Its CAMEO-style sector: a name that says it fights the
 * state ("Kachin Independence Army", "... Liberation Front") is a rebel group (REB); a force
 * named after its country is that state's military (MIL); a police force named with a country is
 * its police (COP); else the text does not say.
 */
import { isForceName } from '../entities/types.js';
import type { Cluster } from './clusters.js';
import type { LinkState } from './state.js';
import { countriesIn } from './titles.js';
import { wordAt } from './words.js';

/** Words by which an armed group's name says it stands against a state. */
const REBEL_WORDS = /\b(?:Independence|Resistance|Rebels?|Insurgents?|Salvation|Mujahideen|Jihad|Martyrs|Republican|Separatists?|Liberation Front|Liberation Army|Liberation Movement)\b/u;

/** Names of a state's forces that a rebel word would misread ("People's Liberation Army"). */
const STATE_NAMES = /^(?:Chinese )?People's Liberation Army\b/u;

/** Bodies whose name ends in "Front" or "Movement" are armed only when the name says so. */
const ARMED_WORDS = /\b(?:Armed|Army|Militia|Fighters|Brigades?|Liberation)\b/u;

/** The country of a "Russia's" printed right before `start`, if any. */
export function possessiveCountry(st: LinkState, start: number): string | undefined {
  const i = wordAt(st.words, start);
  const prev = st.words[i - 1];
  if (!prev || !/^ $/u.test(st.text.slice(prev.end, start)) || !/['’]s$/u.test(prev.text)) return undefined;
  return countriesIn(st, prev.start, prev.end)[0];
}

/** A police force's name: "... Police", "Gendarmerie" is a force word already. */
const POLICE = /\s(?:Police|Constabulary)$/u;

/** Whether a name is of an armed force, an armed group or a police force. */
export function isSecurityName(name: string): boolean {
  return isArmedName(name) || POLICE.test(name);
}

/** Whether a name is an armed force's or group's ("Black Sea Fleet", "Ruritanian Liberation Front"). */
export function isArmedName(name: string): boolean {
  const words = name.split(/\s+/u);
  if (isForceName(words)) return true;
  return /\b(?:Front|Movement)$/u.test(name) && ARMED_WORDS.test(name);
}

/**
 * The code of an armed force or group the KB does not know, in `country`: REB when its name says
 * it fights the state, MIL when it is named as the country's own ("Indian Navy"), else none.
 */
export function forceCode(st: LinkState, name: string, start: number, end: number, country: string): string | undefined {
  // A police force of the country ("British Transport Police", "US Park Police").
  if (POLICE.test(name)) return `${country}COP`;
  if (!isArmedName(name)) return undefined;
  if (REBEL_WORDS.test(name) && !STATE_NAMES.test(name)) return `${country}REB`;
  // Named after the country: its first word is a country word ("Pakistan Air Force", "U.S. Marine Corps").
  const first = st.words[wordAt(st.words, start)];
  const own = first && first.end <= end ? countriesIn(st, first.start, first.end)[0] : undefined;
  return own === country ? `${country}MIL` : undefined;
}

/** "Hamas's armed wing, the ", "the PKK's military wing " right before a name. */
const WING = /['’]s (?:armed|military|paramilitary) wing,? (?:the )?$/u;

/**
 * The movement whose armed wing a name is said to be ("Hamas's armed wing, the Qassam Brigades"):
 * the body named right before "'s armed wing", when the linker knows it.
 */
export function wingOwner(st: LinkState, start: number): Cluster | undefined {
  const before = st.text.slice(Math.max(0, start - 40), start);
  const m = WING.exec(before);
  if (!m) return undefined;
  const at = start - before.length + m.index;
  return st.clusters.find((c) => (c.type === 'ORG' || c.type === 'GROUP') && c.country && c.mentions.some((x) => x.end === at));
}

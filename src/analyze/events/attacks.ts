/**
 * Attacks told by their means or their unnamed doers: "a drone attack killed five soldiers",
 * "were killed in Israeli air strikes", "a roadside bomb exploded, killing four", "a suicide
 * bomber killed 12 people". The words that name an attack or a weapon as the doer of a killing,
 * and the people whose deed an attack is though no party is named.
 */
import type { ParsedSentence, Chunk } from './parse.js';

/** Nouns of an attack or a weapon: the phrase stands in for the attacker, whom it may name ("Israeli air strikes"). */
const MEANS = new Set([
  'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'bombing', 'bombings', 'blast', 'blasts',
  'explosion', 'explosions', 'shelling', 'bombardment', 'bombardments', 'barrage', 'raid', 'raids', 'ambush', 'fire',
  'bomb', 'bombs', 'missile', 'missiles', 'rocket', 'rockets', 'drone', 'drones', 'shell', 'shells', 'mine', 'mines',
  'grenade', 'grenades', 'mortar', 'mortars', 'device', 'salvo', 'volley', 'gunfire', 'shootout', 'assault', 'offensive',
]);

/** Doers of violence nobody names ("gunmen", "a suicide bomber"): their words are the actor. */
const VIOLENT = new Set([
  'gunman', 'gunmen', 'bomber', 'bombers', 'attacker', 'attackers', 'assailant', 'assailants', 'militant', 'militants',
  'sniper', 'snipers', 'terrorist', 'terrorists', 'insurgent', 'insurgents', 'jihadist', 'jihadists', 'extremist',
  'extremists', 'kidnapper', 'kidnappers', 'hijacker', 'hijackers', 'raiders', 'fighters', 'mob',
]);

/** Whether the noun phrase names an attack or a weapon ("a missile strike", "a roadside bomb"). */
export function isMeansPhrase(ps: ParsedSentence, ch: Chunk | undefined): boolean {
  return ch !== undefined && ch.kind === 'NP' && MEANS.has(ps.toks[ch.head]!.lower);
}

/** Whether the noun phrase names unnamed doers of violence ("Gunmen", "a suicide bomber"). */
export function isViolentAgent(ps: ParsedSentence, ch: Chunk | undefined): boolean {
  return ch !== undefined && ch.kind === 'NP' && VIOLENT.has(ps.toks[ch.head]!.lower);
}

/** Verbs whose subject is the means of the killing ("a blast killed", "the bomb exploded, killing"). */
export const MEANS_VERBS = new Set(['explode', 'go', 'hit', 'tear', 'rip', 'target', 'slam', 'land', 'fall', 'detonate']);

/**
 * "Medvedev ordered an end to Russia's military operation in Georgia", "ordered a halt to the
 * offensive": a leader who orders his own side's fighting stopped de-escalates (CAMEO 087, PLOVER
 * RETREAT); it is no demand made of anyone. Ordering someone else's campaign halted ("the court did
 * not order a halt to Israel's campaign") stays a demand of them.
 */
import type { Participant } from '../../model.js';
import type { ParsedSentence } from './parse.js';

const STOPPING = new Set(['halt', 'end', 'stop', 'suspension', 'cessation', 'pause', 'freeze']);
const FIGHTING = new Set([
  'operation', 'operations', 'offensive', 'offensives', 'campaign', 'fighting', 'hostilities', 'strikes', 'airstrikes',
  'attacks', 'bombing', 'bombardment', 'advance', 'assault', 'incursion',
]);

/**
 * The verb group at `v` orders a halt to fighting ("ordered an end to the military operation"):
 * the index of the noun phrase naming the fighting, or undefined.
 */
export function ordersHalt(ps: ParsedSentence, v: number): number | undefined {
  const np = ps.chunks[v + 1];
  const prep = ps.chunks[v + 2];
  const what = ps.chunks[v + 3];
  if (np?.kind !== 'NP' || !STOPPING.has(ps.toks[np.head]!.lower)) return undefined;
  if (prep?.kind !== 'PREP' || !['to', 'of'].includes(ps.toks[prep.from]!.lower) || what?.kind !== 'NP') return undefined;
  return FIGHTING.has(ps.toks[what.head]!.lower) ? v + 3 : undefined;
}

/** The actor's country, when one: "President Medvedev" RUSGOV gives RUS. */
function countryOf(p: Participant): string | undefined {
  const c = p.country ?? p.code?.slice(0, 3);
  return c && /^[A-Z]{3}$/.test(c) && !p.code?.startsWith('IGO') ? c : undefined;
}

/**
 * Whether an order to halt fighting, by `actor`, halts the actor's own side: every actor of one
 * country, and the fighting's owner, if the text names one ("Russia's operation"), of it too.
 */
export function haltsOwnSide(actor: readonly Participant[], owner: Participant | undefined): boolean {
  const own = new Set(actor.map(countryOf));
  if (own.size !== 1 || own.has(undefined)) return false;
  return !owner || own.has(countryOf(owner));
}

/**
 * Domestic actors: "Opposition leaders agreed to postpone the rally in Baku", "rebels demanded that
 * Burundi's government free the prisoners", "refugees began a hunger strike against the Russian
 * government's refusal". An actor the text does not place, whose act is aimed at one country's own
 * bodies, officials, people or places, acts inside that country, and CAMEO and PLOVER code such
 * actors by it (as they code people by the country where they act).
 */
import type { Participant, PloverType } from '../../model.js';
import type { CoderContext } from './context.js';
import { agentCode } from './agents.js';

/**
 * Acts whose target says nothing of whose side the actor is on: an attack ("troops fired rockets
 * at Kyiv") is mostly another country's, a meeting ("an envoy met Assad") mostly a visitor's.
 */
const NOT_DOMESTIC: ReadonlySet<PloverType> = new Set(['ASSAULT', 'CONSULT']);
/** Words that stand for a party named elsewhere ("he", "the two sides"), which other rules resolve. */
const STAND_INS = /^(?:he|she|it|they|we|i|you|the\s+two|both)\b/i;

interface Coded { type: PloverType; actor: Participant[]; recipient: Participant[]; about?: Coded | undefined }

/** Places the draft's unplaced actors (and its embedded act's) in the one country its recipients are of. */
export function placeDomesticActors(c: CoderContext, d: Coded): void {
  if (d.about) placeDomesticActors(c, d.about);
  if (NOT_DOMESTIC.has(d.type) || d.recipient.length === 0) return;
  const open = d.actor.filter((a) => !placed(c, a) && !STAND_INS.test(a.text.trim()));
  if (open.length === 0 || open.length < d.actor.length) return;
  const countries = new Set(d.recipient.map((r) => countryOf(c, r)));
  if (countries.size !== 1) return;
  const [country] = countries;
  if (!country) return;
  // A person's act on a country itself or on another person ("an envoy urged Iraq", "urged the
  // president") may be a foreigner's; on a country's own body or place it is a citizen's.
  const person = open.some((a) => a.entity && c.entities.get(a.entity)?.type === 'PERSON');
  if (person && !d.recipient.every((r) => domesticBody(c, r))) return;
  for (const a of open) {
    a.country = country;
    if (!a.entity) a.code = `${country}${agentCode((a.text.split(/\s+/).pop() ?? '').toLowerCase()) ?? ''}`;
  }
}

/** Sectors of people at home: rebels, the opposition, civilians, workers, students, parties, refugees, farmers, militias. */
const HOME_SECTORS = new Set(['REB', 'OPP', 'CVL', 'LAB', 'EDU', 'PTY', 'REF', 'AGR', 'UAF']);

/**
 * The other way round: "Ivory Coast rebels dismissed an appeal from President Gbago", "police
 * dispersed the demonstrators", "the government accepted demands from the rebels": a target the
 * text does not place, acted on by one country's side at home, is of that country. Only people
 * at home (rebels, protesters, a party): a mediator or an envoy may come from anywhere; a person
 * or a body nothing places only when the actor is an office or body of the state (a country itself,
 * or its doctors, may deal with foreigners). Attacks only by the police, who act at home.
 */
export function placeDomesticRecipients(c: CoderContext, d: Coded): void {
  if (d.about) placeDomesticRecipients(c, d.about);
  if (d.type === 'CONSULT' || d.actor.length === 0) return;
  if (d.type === 'ASSAULT' && !d.actor.every((a) => (a.code ?? entityCode(c, a))?.endsWith('COP'))) return;
  const countries = new Set(d.actor.map((a) => countryOf(c, a)));
  if (countries.size !== 1) return;
  const [country] = countries;
  if (!country) return;
  const state = d.actor.every((a) => domesticBody(c, a) || ((a.code ?? entityCode(c, a))?.length ?? 0) > 3);
  for (const r of d.recipient) {
    if (placed(c, r) || STAND_INS.test(r.text.trim())) continue;
    const e = r.entity ? c.entities.get(r.entity) : undefined;
    const sector = agentCode((r.text.split(/\s+/).pop() ?? '').toLowerCase());
    const home = e ? state && ['ORG', 'GROUP', 'PERSON'].includes(e.type) : !!sector && HOME_SECTORS.has(sector);
    if (!home) continue;
    r.country = country;
    if (!e) r.code = `${country}${sector ?? ''}`;
  }
}

function entityCode(c: CoderContext, p: Participant): string | undefined {
  return p.entity ? c.entities.get(p.entity)?.code : undefined;
}

/** The participant has a country or a code (an international body's included). */
function placed(c: CoderContext, p: Participant): boolean {
  if (p.country || p.code) return true;
  const e = p.entity ? c.entities.get(p.entity) : undefined;
  return !!e && (!!e.country || !!e.code || e.type === 'PLACE');
}

/** The country a participant is of, when it is a country the KB knows (no international body). */
function countryOf(c: CoderContext, p: Participant): string | undefined {
  const e = p.entity ? c.entities.get(p.entity) : undefined;
  const code = (p.country ?? p.code ?? e?.country ?? e?.code)?.slice(0, 3);
  return code && c.kb.country(code) ? code : undefined;
}

/** A country's body, officials or place within it ("Kenya's anti-graft commission", "Chilean officials", "Algiers"). */
function domesticBody(c: CoderContext, p: Participant): boolean {
  const e = p.entity ? c.entities.get(p.entity) : undefined;
  if (e) return e.type === 'ORG' || (e.type === 'PLACE' && !e.kb?.startsWith('country:') && !(e.code && c.kb.country(e.code)?.name === e.name));
  return (p.code?.length ?? 0) > 3;
}

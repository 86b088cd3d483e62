/**
 * Refiners over the drafts of a whole article: a meeting held in the recipient's country is a
 * visit; the setting a sentence gives one event is shared by the events of the same people in it;
 * occurred events the writer reports with no date of their own took place on the reporting day;
 * the same event told twice is kept once, with what each telling added.
 */
import type { CoderContext } from './context.js';
import type { Draft } from './coder.js';
import { placeDomesticActors, placeDomesticRecipients } from './domestic.js';

export interface Placed extends Draft {
  sentence: number;
}

function countryOfPlace(c: CoderContext, id: string | undefined): string | undefined {
  return id ? c.entities.get(id)?.country : undefined;
}

function countries(ps: Draft['actor']): Set<string> {
  return new Set(ps.map((p) => p.country ?? p.code?.slice(0, 3)).filter((x): x is string => !!x));
}

function shareParticipant(a: Draft, b: Draft): boolean {
  const keys = (d: Draft): string[] => [...d.actor, ...d.recipient].map((p) => p.entity ?? p.text);
  const kb = new Set(keys(b));
  return keys(a).some((k) => kb.has(k));
}

export function refine(c: CoderContext, drafts: Placed[]): Placed[] {
  // Setting shared inside a sentence: "X handed Y a message at a meeting in Moscow, while Y confirmed ...".
  for (const d of drafts) {
    if (d.location || d.status !== 'occurred' || d.reported) continue;
    const other = drafts.find((o) => o !== d && o.sentence === d.sentence && o.location && o.status === 'occurred' && !o.reported && shareParticipant(o, d));
    if (other?.location) d.location = other.location;
  }
  for (const d of drafts) visitMode(c, d);
  for (const d of drafts) visitHost(c, d, drafts);
  for (const d of drafts) {
    // Only what a verb reports as done; an event noun ("his past visits") names no day.
    if (!d.date && d.status === 'occurred' && !d.reported && !d.nominal && !d.relative && c.day) {
      d.date = c.day;
      d.dateInferred = true;
    }
  }
  resolvePairs(c, drafts);
  for (const d of drafts) notOwnCountry(c, d);
  // (After the threat's own-country rule: "rebels threatened to march on the capital" keeps its target.)
  for (const d of drafts) placeDomesticActors(c, d);
  for (const d of drafts) placeDomesticRecipients(c, d);
  resolveActs(drafts);
  return dedupe(mergeHeadlines(drafts.filter((d) => !background(d, c.day))));
}

/**
 * "India and Pakistan clashed in 1999", "Serbian forces shelled the town in 1993", "after Russia
 * invaded Ukraine in February 2022" (in a 2023 story): an attack the story dates more than a year
 * before its own day is the background it recalls, not news.
 */
export function background(d: Draft, day: string | undefined): boolean {
  if (d.type !== 'ASSAULT' || !d.date || d.dateInferred || !day || d.status !== 'occurred') return false;
  const now = Number(day.slice(0, 4));
  // A decade ("199") or a century ("19") ends with its last year.
  const year = /^\d{4}/.test(d.date) ? Number(d.date.slice(0, 4)) : /^\d{2,3}$/.test(d.date) ? Number(d.date.padEnd(4, '9')) : NaN;
  if (!Number.isFinite(year) || !Number.isFinite(now)) return false;
  if (year <= now - 2) return true;
  // A month counts from its last day: "in February 2022" in an April 2023 story is over a year back.
  const month = /^(\d{4})-(\d{2})$/.exec(d.date);
  const end = month ? Date.UTC(Number(month[1]), Number(month[2]), 0) : /^\d{4}-\d{2}-\d{2}/.test(d.date) ? Date.parse(d.date.slice(0, 10)) : NaN;
  if (!Number.isFinite(end)) return false;
  return Date.parse(day.slice(0, 10)) - end > 366 * 86400000;
}

/** "the two leaders", "both sides", "the two countries": a pair the story has already named. */
const PAIR = /^(?:the\s+two|both(?:\s+the)?)\s+(?:[\w-]+\s+){0,2}(?:leaders|presidents|sides|ministers|countries|nations|governments|delegations|men|parties|neighbou?rs|rivals|heads(?:\s+of\s+state)?|foreign\s+ministers|sides')$/i;

const STATES = /\b(?:countries|nations|governments|states)$/i;

/** The country entity of a person's country, when the story names it; else the person. */
function countryPart(c: CoderContext, p: Draft['actor'][number]): Draft['actor'][number] {
  const e = p.entity !== undefined ? c.entities.get(p.entity) : undefined;
  if (!e || e.type !== 'PERSON' || !p.country) return p;
  for (const x of c.entities.values()) {
    if (x.type === 'PLACE' && x.code === p.country) return { entity: x.id, text: x.name, code: p.country, country: p.country };
  }
  return p;
}

function namedPair(d: Draft): Draft['actor'] | undefined {
  const ps = [...d.actor, ...d.recipient].filter((p) => p.entity || p.code);
  const keys = new Set(ps.map((p) => p.entity ?? p.code));
  return keys.size === 2 ? ps.filter((p, i) => ps.findIndex((q) => (q.entity ?? q.code) === (p.entity ?? p.code)) === i) : undefined;
}

/**
 * "Trump and Xi agreed … The two leaders met for 80 minutes": a pair named by a description is
 * the last two parties an earlier event of the body named, when that event had exactly two.
 */
function resolvePairs(c: CoderContext, drafts: Placed[]): void {
  let last: Draft['actor'] | undefined;
  // The last two parties an act was aimed at ("China called on India and Pakistan … urged both countries").
  let lastTargets: Draft['actor'] | undefined;
  for (const d of drafts) {
    if (d.headline) continue;
    const target = d.recipient.length === 1 ? d.recipient[0] : undefined;
    if (target && !target.entity && !target.code && PAIR.test(target.text.trim()) && (lastTargets ?? last)) {
      const pair = lastTargets ?? last!;
      d.recipient = (STATES.test(target.text.trim()) ? pair.map((p) => countryPart(c, p)) : pair).map((p) => ({ ...p }))
        .filter((r) => !d.actor.some((a) => (a.entity ?? a.code) === (r.entity ?? r.code)));
    }
    const only = d.actor.length === 1 ? d.actor[0] : undefined;
    if (only && !only.entity && !only.code && PAIR.test(only.text.trim()) && last) {
      // "Trump met Xi … The two countries agreed": the countries of the two people named.
      const pair = STATES.test(only.text.trim()) ? last.map((p) => countryPart(c, p)) : last;
      d.actor = pair.map((p) => ({ ...p }));
      d.recipient = d.recipient.filter((r) => !d.actor.some((a) => (a.entity ?? a.code) === (r.entity ?? r.code)));
      // "The two countries agreed to cut tariffs": the act agreed on is theirs too.
      const inner = d.about;
      if (inner && inner.actor.length === 1 && inner.actor[0]!.text === only.text) inner.actor = pair.map((p) => ({ ...p }));
      continue;
    }
    last = namedPair(d) ?? last;
    const named = d.recipient.filter((p) => p.entity || p.code);
    lastTargets = named.length === 2 ? named : namedPair(d) ?? lastTargets;
  }
}

/**
 * A threat is aimed outward: "Volkov threatened Russia's neighbours" does not threaten Russia
 * itself. Only the country as a place goes; a group of it may be threatened at home ("threatened to ban
 * Ugandan opposition candidates").
 */
export function notOwnCountry(c: CoderContext, d: Draft): void {
  if (d.type !== 'THREATEN') return;
  const own = countries(d.actor);
  d.recipient = d.recipient.filter((r) => {
    const e = r.entity !== undefined ? c.entities.get(r.entity) : undefined;
    // The place named bare or as owner ("Russia", "Russia's neighbours"), not a group of it
    // ("Ugandan opposition candidates").
    const place = e?.type === 'PLACE' && e.mentions.some((m) => r.text.endsWith(m.text) || r.text.includes(`${m.text}'s`));
    return !(place && own.has(r.country ?? r.code?.slice(0, 3) ?? ''));
  });
}

/** Acts a later "the move", "this decision" may name again (reactions and talk are no such acts). */
const ACTS = new Set(['AGREE', 'COOPERATE', 'AID', 'RETREAT', 'CONCEDE', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT', 'THREATEN', 'PROTEST']);

/**
 * "Iran decided to withdraw the inspectors' accreditation … 'I strongly condemn this unilateral
 * measure,' Grossi said": a reaction to "the move", "this measure", "the decision" is aimed at who
 * took the latest act the story told in the ten sentences before (or earlier in its own), when
 * that party is not the reacting one.
 */
function resolveActs(drafts: Placed[]): void {
  const keys = (ps: Draft['actor']): string[] => ps.map((p) => p.entity ?? p.code ?? '').filter(Boolean);
  const codes = (ps: Draft['actor']): string[] => ps.map((p) => p.code ?? '').filter(Boolean);
  drafts.forEach((d, i) => {
    if (!d.anaphoric || d.recipient.length > 0) return;
    for (let j = i - 1; j >= 0; j--) {
      const o = drafts[j]!;
      if (o.sentence < d.sentence - 10) break;
      if (!ACTS.has(o.type) || keys(o.actor).length === 0) continue;
      if (keys(o.actor).some((k) => keys(d.actor).includes(k)) || codes(o.actor).some((k) => codes(d.actor).includes(k))) continue;
      d.recipient = o.actor.map((p) => ({ ...p }));
      return;
    }
  });
}

function participantKeys(d: Draft): Set<string> {
  return new Set([...d.actor, ...d.recipient].map((p) => p.entity ?? p.code ?? p.text.toLowerCase()));
}

/**
 * A headline states the story's event again in short ("Lavrov, Blinken meet in Geneva" over "Lavrov
 * met with Blinken in Geneva on Friday"): a headline event of the same type whose participants all
 * take part in a body event is that event, whichever side each is on and whatever the headline's
 * tense says; what the headline adds (a place, a date) goes to the body event.
 */
function mergeHeadlines(drafts: Placed[]): Placed[] {
  const out: Placed[] = [];
  for (const d of drafts) {
    if (!d.headline) { out.push(d); continue; }
    const keys = participantKeys(d);
    const body = keys.size === 0 ? undefined : drafts.find((o) => !o.headline && o.type === d.type && !o.reported &&
      [...keys].every((k) => participantKeys(o).has(k)));
    if (!body) { out.push(d); continue; }
    if (!body.location && d.location) body.location = d.location;
    if (!body.date && d.date) { body.date = d.date; if (d.dateInferred) body.dateInferred = true; }
    if (!body.about && d.about) body.about = d.about;
    if (!body.mode && d.mode) { body.mode = d.mode; body.cameo = d.cameo; }
  }
  return out;
}

/** A meeting held in the recipient's country, the actor coming from elsewhere, is a visit (042). */
function visitMode(c: CoderContext, d: Draft): void {
  if (d.type !== 'CONSULT' || d.mode) return;
  const where = countryOfPlace(c, d.location);
  if (!where) return;
  const a = countries(d.actor);
  const r = countries(d.recipient);
  if (r.has(where) && a.size > 0 && !a.has(where)) {
    d.mode = 'visit';
    d.cameo = '042';
  }
}

/**
 * "Yoon is the first South Korean president to visit Japan …" in a story of his summit with
 * Kishida: a leader's visit to a country is also a meeting with the one leader of that country the
 * story names him dealing with (in another of its events); that person joins the recipients.
 */
function visitHost(c: CoderContext, d: Draft, drafts: readonly Draft[]): void {
  if (d.type !== 'CONSULT' || d.actor.length !== 1 || d.recipient.length !== 1) return;
  const visitor = d.actor[0]!.entity;
  const place = d.recipient[0]!.entity ? c.entities.get(d.recipient[0]!.entity) : undefined;
  if (!visitor || c.entities.get(visitor)?.type !== 'PERSON' || place?.type !== 'PLACE' || !place.country) return;
  const hosts = new Map<string, Draft['actor'][number]>();
  for (const o of drafts) {
    if (o === d) continue;
    const parts = [...o.actor, ...o.recipient];
    if (!parts.some((p) => p.entity === visitor)) continue;
    for (const p of parts) {
      const e = p.entity ? c.entities.get(p.entity) : undefined;
      if (e && p.entity !== visitor && e.type === 'PERSON' && e.country === place.country) hosts.set(e.id, p);
    }
  }
  if (hosts.size === 1) d.recipient.push({ ...[...hosts.values()][0]! });
}

function sideKey(ps: Draft['actor']): string {
  return ps.map((p) => p.entity ?? p.code ?? p.text.toLowerCase()).sort().join('+');
}

function score(d: Draft): number {
  return (d.location ? 4 : 0) + (d.date && !d.dateInferred ? 2 : 0) + (d.headline ? 0 : 1) + (d.reported ? 0 : 1);
}

function dedupe(drafts: Placed[]): Placed[] {
  const groups = new Map<string, Placed[]>();
  for (const d of drafts) {
    const key = `${d.type}|${sideKey(d.actor)}|${sideKey(d.recipient)}|${d.status}`;
    const g = groups.get(key);
    if (g) g.push(d); else groups.set(key, [d]);
  }
  const out: Placed[] = [];
  for (const g of groups.values()) {
    // Two dated tellings with different days are two events ("met on Monday and again on Friday").
    const byDate = new Map<string, Placed[]>();
    for (const d of g) {
      const k = d.date && !d.dateInferred ? d.date : '';
      const list = byDate.get(k);
      if (list) list.push(d); else byDate.set(k, [d]);
    }
    const undated = byDate.get('') ?? [];
    byDate.delete('');
    const dated = [...byDate.values()];
    if (dated.length === 0) dated.push(undated.splice(0));
    else if (dated.length === 1) dated[0]!.push(...undated.splice(0));
    else out.push(...undated);
    for (const list of dated) {
      if (list.length === 0) continue;
      const best = [...list].sort((a, b) => score(b) - score(a) || a.start - b.start)[0]!;
      for (const o of list) {
        if (o === best) continue;
        if (!best.location && o.location) best.location = o.location;
        if ((!best.date || best.dateInferred) && o.date && !o.dateInferred) { best.date = o.date; delete best.dateInferred; }
        else if (!best.date && o.date) { best.date = o.date; best.dateInferred = true; }
        if (!best.about && o.about) best.about = o.about;
        else if (best.about && o.about && best.about.type === o.about.type) {
          // What one telling of an invitation says of the visit (its date, its place) holds for all.
          if (!best.about.date && o.about.date) best.about.date = o.about.date;
          if (!best.about.location && o.about.location) best.about.location = o.about.location;
        }
        if (!best.mode && o.mode) { best.mode = o.mode; best.cameo = o.cameo; }
      }
      out.push(best);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

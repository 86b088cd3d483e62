/**
 * Officials the KB does not know and whose title names no country ("its spokesman Getachew Reda",
 * "national security spokesman John Kirby") take it from their sentence: the body named just
 * before them there ("the TPLF was represented by its spokesman …", "At the White House, …
 * spokesman …", "The government delegation was led by … adviser …"), or from a description the
 * article gives them ("Algeria's U.N. ambassador, Amar Bendjama"). The code follows PETRARCH's
 * agents: the body's own code when it is the country's (TPLF: ETHREB), else the government's.
 */
import type { Cluster } from './clusters.js';
import { presidentCountry, sentenceStart } from './generic.js';
import { continuesName, officesIn } from './titles.js';
import type { LinkState } from './state.js';

function firstStart(c: Cluster): number {
  return Math.min(...c.mentions.map((m) => m.start));
}

/** The body with a country named last before `at` in its sentence (not inside the person's title). */
function bodyBefore(st: LinkState, from: number, at: number): Cluster | undefined {
  let best: Cluster | undefined;
  let bestAt = -1;
  for (const c of st.clusters) {
    if ((c.type !== 'ORG' && c.type !== 'GROUP') || !c.country || !st.kb.country(c.country)) continue;
    // A news agency ("(Reuters) -") reports on the official; it does not employ them.
    if (c.code?.endsWith('MED')) continue;
    for (const m of c.mentions) {
      if (m.start < from || m.end > at || m.start <= bestAt) continue;
      // Part of a longer name the KB does not know: "Security Council" of "National Security Council".
      if (continuesName(st, m.start)) continue;
      // The dateline ("NEW DELHI (PTI) -") is no part of the sentence that follows it.
      if (st.dateline && m.start < st.dateline.end && st.dateline.start < m.end) continue;
      // "The ministry summoned an envoy after Foreign Secretary X spoke": another clause, another party.
      if (OTHER_CLAUSE.test(st.text.slice(m.end, at)) || /[;:]/u.test(st.text.slice(m.end, at))) continue;
      best = c; bestAt = m.start;
    }
  }
  return best;
}

/** Words that open another clause between a body and an official (and a body's reported speech:
 * "The Indian Air Force said the jets fled and spokesman X ..."). */
const OTHER_CLAUSE = /\b(?:after|before|when|while|whereas|because|since|although|though|but|until|unless|said|says|told|claimed|denied)\b/iu;

const SPEAKER = /\bspeaker\b/iu;

/** "presidential" in the noun phrase right before a name, with no clause break between. */
const PRESIDENTIAL_STAFF = /\bpresidential [^.,;:!?"“”]*$/iu;

function codeFrom(body: Cluster | undefined, iso3: string): string {
  const code = body?.code;
  return code && code.length === 6 && code.startsWith(iso3) ? code : `${iso3}GOV`;
}

export function affiliateOfficials(st: LinkState): void {
  for (const c of st.clusters) {
    if (c.type !== 'PERSON' || c.entry || c.country || c.mentions.length === 0) continue;
    const titled = c.titles.some((t) => officesIn(t).offices.length > 0);
    // A description of a country that resolved to them: "Algeria's U.N. ambassador".
    const described = c.mentions.find((m) => m.form === 'description');
    if (described) {
      const iso = countryWordIn(st, described.start, described.end);
      if (iso) { c.country = iso; c.code = `${iso}GOV`; continue; }
    }
    const at = firstStart(c);
    // "presidential spokesperson X", "senior presidential secretary for press affairs X": the
    // president's staff, of the country of the president named last.
    // The words before the name itself, the title's included ("senior presidential secretary").
    const nameAt = st.claimed.find((x) => x.text === 'name' && x.start >= at && x.start < at + 80 && c.mentions.some((m) => m.start === at && m.end === x.end))?.start ?? at;
    if (PRESIDENTIAL_STAFF.test(st.text.slice(Math.max(0, nameAt - 60), nameAt))) {
      const iso = presidentCountry(st, at);
      if (iso) { c.country = iso; c.code = `${iso}GOV`; continue; }
    }
    if (!titled) continue;
    const igo = igoInTitle(st, c);
    if (igo?.code) { c.code = igo.code; if (igo.country) c.country = igo.country; continue; }
    const body = bodyBefore(st, sentenceStart(st, at), at);
    // The presiding officer of a legislature ("Parliament speaker X") acts for the state.
    if (body?.country) { c.country = body.country; c.code = c.titles.some((t) => SPEAKER.test(t)) ? `${body.country}GOV` : codeFrom(body, body.country); }
  }
}

/**
 * An intergovernmental body or a movement printed in the title right before the name ("Arab
 * League envoy X", "ILO Director-General X", "UNITA leader X"): its code is theirs, country or
 * not (the Arab League has none).
 */
/** Codes of a movement rather than a state body: rebels, parties, transnational militants (CAMEO REB, PTY, IMG). */
const MOVEMENT_CODE = /^(?:IMG|[A-Z]{3}(?:REB|PTY))/u;

function igoInTitle(st: LinkState, c: Cluster): Cluster | undefined {
  const m = c.mentions[0];
  if (!m) return undefined;
  for (const o of st.clusters) {
    if (o === c || (o.type !== 'ORG' && o.type !== 'GROUP') || !o.code) continue;
    if (!o.code.startsWith('IGO') && !(o.country && (o.type === 'GROUP' || MOVEMENT_CODE.test(o.code)))) continue;
    for (const bm of o.mentions) {
      if (bm.start < m.start - 60 || bm.end > m.end || bm.end <= m.start - 60 || continuesName(st, bm.start)) continue;
      const gap = st.text.slice(bm.end, m.end);
      if (gap.length > 80 || /[,;:()"“”]|\.\s/u.test(gap)) continue;
      if (officesIn(gap).offices.length > 0) return o;
    }
  }
  return undefined;
}

/** A country word printed in a description ("Algeria's", "Israeli"), by the gazetteer's hits. */
function countryWordIn(st: LinkState, start: number, end: number): string | undefined {
  for (const c of st.clusters) {
    if (!c.country || c.entry?.kind !== 'country') continue;
    if (c.mentions.some((m) => m.start >= start && m.end <= end)) return c.country;
  }
  return undefined;
}

/** "the city's Peace Memorial Park": a possessive that points back at a place named before. */
const POINTS_BACK = /\b(?:the )?(?:city|capital|town|country|region|province|island)['’]s $/iu;

/**
 * A place the KB does not know, introduced as belonging to a place named before it ("a memorial
 * in the city's Peace Memorial Park" after Hiroshima), is in that place's country.
 */
export function placePlaces(st: LinkState): void {
  for (const c of st.clusters) {
    if (c.type !== 'PLACE' || c.entry || c.country || c.mentions.length === 0) continue;
    const at = firstStart(c);
    if (!POINTS_BACK.test(st.text.slice(Math.max(0, at - 20), at))) continue;
    let best: string | undefined;
    let bestAt = -1;
    for (const o of st.clusters) {
      if (o === c || o.type !== 'PLACE' || !o.country || !st.kb.country(o.country)) continue;
      for (const m of o.mentions) if (m.start < at && m.start > bestAt) { best = o.country; bestAt = m.start; }
    }
    if (best) c.country = best;
  }
}

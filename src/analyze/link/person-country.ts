/**
 * A person the KB does not know takes the country their own words give, and only those: an
 * apposition right after a mention of them ("Maria Petrova, the Russian Foreign Ministry
 * spokeswoman," / "Hans Vogel, the conservative candidate of Germany's CDU,"). The title before
 * the name is read when the name is linked (names.ts, `ownCountry`); the cluster carries the
 * country to every later mention ("Vogel said").
 */
import type { Cluster } from './clusters.js';
import type { LinkState } from './state.js';
import { countriesIn, officesIn } from './titles.js';

/** Role nouns that are no office but still say who someone is in an apposition. */
const ROLE_NOUNS = /\b(?:candidate|nominee|contender|challenger|politician|lawmaker|activist|dissident|diplomat|official|opposition)\b/iu;

/** Where an apposition stops: a comma, a clause mark, a quote or a sentence end. */
const STOP = /[,;:()"“”]|\.(?:\s|$)/u;

/** The apposition right after `end` (", the …," / ", Germany's …,"), as a span, if any. */
function appositionAfter(st: LinkState, end: number): { start: number; end: number } | undefined {
  const rest = st.text.slice(end, end + 160);
  const lead = /^,\s+(?:the |a |an )?/u.exec(rest);
  if (!lead) return undefined;
  const body = rest.slice(lead[0].length);
  const stop = STOP.exec(body);
  const len = stop ? stop.index : -1;
  // Unclosed within reach, or not a noun phrase of a few words: no apposition.
  if (len <= 0 || body.slice(0, len).split(/\s+/u).length > 12) return undefined;
  // Without an article it must start with a country ("Germany's finance minister").
  const start = end + lead[0].length;
  if (!/(?:the|an?) $/u.test(lead[0]) && countriesIn(st, start, start + (body.split(/\s/u)[0]?.length ?? 0)).length === 0) return undefined;
  const phrase = body.slice(0, len);
  if (officesIn(phrase).offices.length === 0 && !ROLE_NOUNS.test(phrase)) return undefined;
  return { start, end: start + len };
}

export function personCountryFromApposition(st: LinkState): void {
  for (const c of st.clusters) {
    if (c.type !== 'PERSON' || c.entry || c.country) continue;
    const iso = appositionCountry(st, c);
    if (iso) c.country = iso;
  }
}

function appositionCountry(st: LinkState, c: Cluster): string | undefined {
  const named = c.mentions.filter((m) => m.form === 'name' || m.form === 'title').sort((a, b) => a.start - b.start);
  for (const m of named) {
    const a = appositionAfter(st, m.end);
    if (!a) continue;
    // The country word nearest the name: the first in a phrase that follows it.
    const iso = countriesIn(st, a.start, a.end)[0];
    if (iso) return iso;
  }
  return undefined;
}

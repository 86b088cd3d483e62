/**
 * Treaties and initiatives named again by a common noun: "the nuclear deal" after the JCPOA, "the
 * grain deal" after the Black Sea Grain Initiative, "the accords" after the Minsk agreements. A
 * word before the noun must be one of the agreement's own ("nuclear" of "Iran nuclear deal"); a
 * bare "the deal" resolves only when the article names one agreement, shortly before.
 */
import type { Cluster } from './clusters.js';
import { lastMentionBefore } from './clusters.js';
import { claimed, mentionOf, type LinkState } from './state.js';

const NOUN = /\b[Tt]he (?:(\p{Ll}+) )?(deal|accords?|agreements?|treaty|initiative|pact)\b(?! of\b| on\b| with\b| between\b| to\b)/gu;
/** How far back a bare "the deal" may reach for its agreement. */
const BARE_REACH = 400;

/** Agreements in the KB are EVENT entries whose names say what they are. */
function isAgreement(c: Cluster): boolean {
  return c.type === 'EVENT' && c.entry?.kind === 'org'
    && /\b(?:Agreements?|Accords?|Treaty|Deal|Initiative|Plan of Action|Protocol|Convention|Charter|Memorandum|START|Partnership)\b/u.test(c.name);
}

function words(c: Cluster): Set<string> {
  const out = new Set<string>();
  for (const n of [c.name, ...(c.entry?.aliases ?? [])]) for (const w of n.toLowerCase().split(/[\s-]+/u)) out.add(w);
  return out;
}

export function linkAccordAnaphora(st: LinkState): void {
  const accords = st.clusters.filter(isAgreement);
  if (accords.length === 0) return;
  for (const m of st.text.matchAll(NOUN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (claimed(st, start, end, ['hit'])) continue;
    const modifier = m[1];
    let best: Cluster | undefined;
    let at = -1;
    for (const c of accords) {
      if (modifier && !words(c).has(modifier)) continue;
      const before = lastMentionBefore(c, start);
      if (before > at) { best = c; at = before; }
    }
    if (!best || at < 0) continue;
    if (!modifier && (accords.length > 1 || start - at > BARE_REACH)) continue;
    mentionOf(st, best, start, end, 'description', true);
  }
}

/**
 * Bodies named again by a common noun: "the ministry" after "the Russian Foreign Ministry", "the
 * alliance" after NATO, "the bloc" after the EU, "the agency" after the IAEA. Each resolves to the
 * nearest such body named before it in the article, and is marked resolved. "The allies" and an
 * "alliance" with no fitting body before it are NATO when the article names NATO anywhere (wire
 * copy about NATO calls its members "the allies"), and no one otherwise.
 */
import { claimed, mentionOf, type LinkState } from './state.js';
import type { Cluster } from './clusters.js';
import { lastMentionBefore } from './clusters.js';

interface Noun { fits: (c: Cluster) => boolean; nato?: boolean }

const isNato = (c: Cluster): boolean => c.entry?.id === 'org:nato';

const NOUNS: ReadonlyMap<string, Noun> = new Map<string, Noun>([
  ['ministry', { fits: (c) => /Ministry|Department|Office/u.test(c.name) || (c.entry?.kind === 'org' && (c.entry.orgKind ?? '').endsWith('ministry')) }],
  ['alliance', { fits: (c) => /Alliance|Treaty Organi[sz]ation|NATO/u.test(c.name), nato: true }],
  ['allies', { fits: () => false, nato: true }],
  ['bloc', { fits: (c) => (c.code ?? '').startsWith('IGO') && !/Court|Bank|Agency|Organi[sz]ation of the Petroleum|Health/u.test(c.name) }],
  ['agency', { fits: (c) => /Agency|Bureau|Service/u.test(c.name) }],
  ['organisation', { fits: (c) => c.type === 'ORG' && /Organi[sz]ation/u.test(c.name) }],
  ['organization', { fits: (c) => c.type === 'ORG' && /Organi[sz]ation/u.test(c.name) }],
]);

export function linkOrgAnaphora(st: LinkState): void {
  // Capitalized too, as some styles write it ("to join the Alliance"), but not the head of a longer
  // name ("the Ministry of Defence", "the Agency's Board").
  for (const m of st.text.matchAll(/\b([Tt]he) ([Mm]inistry|[Aa]lliance|[Aa]llies|[Bb]loc|[Aa]gency|[Oo]rgani[sz]ation)\b(?!['’]s? \p{Lu}| \p{Lu}| of\b| for\b)/gu)) {
    const noun = NOUNS.get((m[2] ?? '').toLowerCase());
    const start = m.index;
    const end = start + m[0].length;
    if (!noun || claimed(st, start, end, ['hit'])) continue;
    let best: Cluster | undefined;
    let at = -1;
    for (const c of st.clusters) {
      if (c.type !== 'ORG' || !noun.fits(c)) continue;
      const before = lastMentionBefore(c, start);
      if (before > at) { best = c; at = before; }
    }
    best ??= noun.nato ? st.clusters.find((c) => isNato(c) && c.mentions.some((x) => x.form === 'name')) : undefined;
    if (best) mentionOf(st, best, start, end, 'description', true);
  }
}

/**
 * Summits as events: "the BRICS summit in Kazan", "the G7 summit", "the alliance would discuss it
 * at its summit in Vilnius", "the summit" of an article about a G7 meeting. Each is an EVENT entity
 * named after the body ("G7 summit") and placed in its host country: the one the text names ("in
 * Kazan", "will be held in Astana", "the Hiroshima summit"), else the one the KB says hosted the
 * body's summit in the article's year (kb/summits.tsv), unless the text points at another year ("the
 * next NATO summit").
 *
 * "the summit" with no body named resolves to a body that holds summits: the one named with a
 * summit before it, else the only such body the article names, else the one whose summit that year
 * was in the country of the dateline.
 */
import type { KbEntry } from '../../kb/index.js';
import { nameKey } from '../../kb/index.js';
import type { Span } from '../../model.js';
import { newCluster, type Cluster } from './clusters.js';
import { mentionOf, claimed, type LinkState } from './state.js';
import { cityEntry } from './places.js';

/** A summit mention that is not the current one: "the next NATO summit", "last year's summit". */
const OTHER_YEAR = /\b(?:next|last|previous|past|prior|first|upcoming|future|(?:next|last) year['’]s|\d{4})\s+$/iu;
const NEXT_YEAR = /\bnext year['’]s\s+$/iu;
const LAST_YEAR = /\blast year['’]s\s+$/iu;
/** "the G8 summit next year", "the summit last year". */
const NEXT_YEAR_AFTER = /^\s+next\s+year\b/iu;
const LAST_YEAR_AFTER = /^\s+last\s+year\b/iu;
/** Where a summit is said to be, right after it: "in Kazan", ", to be held in Astana", "hosted by Japan". */
const WHERE = /^,?\s+(?:(?:which|that)\s+)?(?:(?:will|would)\s+be\s+|was\s+|is\s+(?:to\s+be\s+)?|to\s+be\s+|being\s+)?(?:(?:held|hosted|taking\s+place|to\s+take\s+place)\s+)?(?:in|hosted\s+by)\s+(?:the\s+)?/u;
/** "the summit", "its summit", "whose summit", "this year's summit": an anaphoric summit. */
const ANAPHOR = /\b(?:[Tt]he|[Ii]ts|whose|[Tt]his year['’]s|[Tt]his week['’]s|[Tt]oday['’]s|[Tt]he [Ll]eaders['’]) (summit)\b/gu;

function summitOrg(st: LinkState, c: Cluster): KbEntry | undefined {
  const e = c.entry;
  return e?.kind === 'org' && st.kb.holdsSummits(e.id) ? e : undefined;
}

/** The country of the place mentioned at `at` (a linked place or a city the KB knows). */
function placeAt(st: LinkState, at: number): string | undefined {
  for (const c of st.clusters) {
    if (!c.country || (c.type !== 'PLACE' && c.entry?.kind !== 'country')) continue;
    if (c.mentions.some((m) => m.start === at)) return c.country;
  }
  // A city the tagger left unnamed; never a month or a day ("in March" is no town in England).
  const words = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?/u.exec(st.text.slice(at, at + 40))?.[0];
  if (!words || CALENDAR.has(words.split(' ')[0]?.toLowerCase() ?? '')) return undefined;
  const first = words.split(' ')[0] ?? words;
  return cityEntry(st, nameKey(words), at + words.length)?.country ?? (first !== words ? cityEntry(st, nameKey(first), at + first.length)?.country : undefined);
}

const CALENDAR: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'spring', 'summer', 'autumn', 'winter',
]);

/** The host the text gives right after a summit mention. */
function hostAfter(st: LinkState, end: number): string | undefined {
  const m = WHERE.exec(st.text.slice(end, end + 60));
  return m ? placeAt(st, end + m[0].length) : undefined;
}

/** The host the KB gives for the body's summit in the year the mention means. */
function hostFromKb(st: LinkState, org: KbEntry, before: string, after: string): string | undefined {
  if (!st.date) return undefined;
  let year = Number(st.date.slice(0, 4));
  if (NEXT_YEAR.test(before) || NEXT_YEAR_AFTER.test(after)) year += 1;
  else if (LAST_YEAR.test(before) || LAST_YEAR_AFTER.test(after)) year -= 1;
  else if (OTHER_YEAR.test(before)) return undefined;
  const hosts = st.kb.summitsOf(org.id, String(year));
  return hosts.length === 1 ? hosts[0]?.host : undefined;
}

/** The nearest mention before `at` of a body that holds summits. */
function orgBefore(st: LinkState, at: number, within: number): Cluster | undefined {
  let best: Cluster | undefined;
  let bestAt = -1;
  for (const c of st.clusters) {
    if (!summitOrg(st, c)) continue;
    for (const m of c.mentions) if (m.end <= at && m.start >= at - within && m.start > bestAt) { best = c; bestAt = m.start; }
  }
  return best;
}

/**
 * How the body is called in a summit's name: its shortest name as printed ("G7" over "Group of
 * Seven"), or its acronym when the article spells only the full name ("SCO summit").
 */
function shortName(c: Cluster): string {
  const printed = c.mentions.filter((m) => m.form === 'name').map((m) => m.text.replace(/^the\s+/iu, '').replace(/['’]s$/u, ''));
  printed.sort((a, b) => a.length - b.length);
  const short = printed[0] ?? c.name;
  if (!short.includes(' ')) return short;
  const acronym = [c.entry?.name ?? '', ...(c.entry?.aliases ?? [])].find((a) => /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(a));
  return acronym ?? short;
}

interface SummitEvent {
  cluster: Cluster;
  org?: KbEntry;
  /** True when some mention is of this year's summit (not "the next summit"). */
  current: boolean;
}

/** EVENT names the tagger found ending in "summit": "BRICS summit", "Hiroshima summit". */
function namedSummits(st: LinkState): SummitEvent[] {
  const out: SummitEvent[] = [];
  for (const c of st.clusters) {
    if (c.type !== 'EVENT' || c.entry) continue;
    if (!/ [Ss]ummit$/u.test(c.name)) continue;
    const key = nameKey(c.name.slice(0, -' summit'.length).replace(/^the\s+/iu, ''));
    // The body at the head of the name, whether or not the article names it apart ("G8 summit").
    const org = st.kb.lookup(key).find((e) => e.kind === 'org' && st.kb.holdsSummits(e.id));
    let current = false;
    for (const mention of c.mentions) {
      const before = st.text.slice(Math.max(0, mention.start - 30), mention.start);
      const after = st.text.slice(mention.end, mention.end + 15);
      if (!OTHER_YEAR.test(before) && !NEXT_YEAR_AFTER.test(after) && !LAST_YEAR_AFTER.test(after)) current = true;
      const host = hostAfter(st, mention.end) ?? (org ? hostFromKb(st, org, before, after) : undefined)
        ?? (!org ? placeAt(st, mention.start) : undefined);
      if (host && !c.country) c.country = host;
    }
    out.push(org ? { cluster: c, org, current } : { cluster: c, current });
  }
  return out;
}

function datelineCountry(st: LinkState, dateline: Span | undefined): string | undefined {
  if (!dateline) return undefined;
  for (const c of st.clusters) {
    if (c.type === 'PLACE' && c.country && c.mentions.some((m) => m.start >= dateline.start && m.end <= dateline.end)) return c.country;
  }
  return undefined;
}

/** A stand-in cluster for a body named only inside a summit's name ("G8 summit"): never added to the article. */
function clusterless(e: KbEntry): Cluster {
  const c = newCluster('ORG', e.name);
  c.entry = e;
  return c;
}

/** Which body "the summit" means when the text does not say. */
function impliedOrg(st: LinkState, at: number, dateline: Span | undefined, named: readonly SummitEvent[]): Cluster | undefined {
  const earlier = named.filter((s) => s.org && s.current && s.cluster.mentions.some((m) => m.start < at));
  const last = earlier[earlier.length - 1]?.org;
  if (last) return st.clusters.find((c) => c.entry?.id === last.id) ?? clusterless(last);
  const orgs = st.clusters.filter((c) => summitOrg(st, c) && c.mentions.some((m) => m.form === 'name'));
  if (orgs.length === 1) return orgs[0];
  const home = datelineCountry(st, dateline);
  if (!home || !st.date) return undefined;
  const year = st.date.slice(0, 4);
  const hosted = orgs.filter((c) => c.entry && st.kb.summitsOf(c.entry.id, year).some((s) => s.host === home));
  return hosted.length === 1 ? hosted[0] : undefined;
}

export function linkSummits(st: LinkState, dateline?: Span): void {
  const named = namedSummits(st);
  for (const m of st.text.matchAll(ANAPHOR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (claimed(st, start, end, ['hit'])) continue;
    // "the summit of the G20", "the Hiroshima summit" are named; "the summit meeting" still counts.
    if (/^\s+(?:of|in)\s+\p{Lu}/u.test(st.text.slice(end, end + 12)) && !WHERE.test(st.text.slice(end, end + 60))) continue;
    const word = m[0].split(' ')[0]?.toLowerCase() ?? '';
    const org = word === 'its' || word === 'whose' ? orgBefore(st, start, 400) : impliedOrg(st, start, dateline, named);
    if (!org?.entry) continue;
    let ev = named.find((s) => s.org?.id === org.entry?.id && s.current);
    if (!ev) {
      const c = newCluster('EVENT', `${shortName(org)} summit`);
      st.clusters.push(c);
      ev = { cluster: c, org: org.entry, current: true };
      named.push(ev);
    }
    const host = hostAfter(st, end) ?? hostFromKb(st, org.entry, st.text.slice(Math.max(0, start - 30), start), st.text.slice(end, end + 15));
    if (host && !ev.cluster.country) ev.cluster.country = host;
    mentionOf(st, ev.cluster, start, end, 'description', true);
  }
  mergePlaceSummits(named);
}

/**
 * "the Hiroshima summit" in an article about this year's G7 summit, which Japan hosts, is that
 * summit: a summit named by its place joins the body's summit of the same host country.
 */
function mergePlaceSummits(named: readonly SummitEvent[]): void {
  for (const p of named) {
    if (p.org || !p.cluster.country) continue;
    const same = named.filter((s) => s.org && s.current && s.cluster.country === p.cluster.country);
    const into = same.length === 1 ? same[0] : undefined;
    if (!into) continue;
    for (const m of p.cluster.mentions) into.cluster.mentions.push(m);
    into.cluster.named ||= p.cluster.named;
    p.cluster.mentions.length = 0;
  }
}

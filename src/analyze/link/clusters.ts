/** The linker's working entity: a cluster of mentions of one real-world thing. */
import type { EntityType, Mention, Span } from '../../model.js';
import type { KbEntry } from '../../kb/index.js';

export interface Cluster {
  type: EntityType;
  name: string;
  entry?: KbEntry;
  /** A KB id for things the linker composes (a country's Foreign Ministry from a template). */
  kb?: string;
  country?: string;
  code?: string;
  role?: string;
  titles: string[];
  mentions: Mention[];
  /** Name keys this cluster answers to when shortened ("putin", "kim"). */
  shortKeys: Set<string>;
  /** True once a mention names it explicitly (not only descriptions/pronouns). */
  named: boolean;
}

export function newCluster(type: EntityType, name: string): Cluster {
  return { type, name, titles: [], mentions: [], shortKeys: new Set(), named: false };
}

/** Adds a mention unless this cluster already has one over the same span. */
export function addMention(c: Cluster, span: Span, form: Mention['form'], resolved = false): void {
  if (c.mentions.some((m) => m.start === span.start && m.end === span.end)) return;
  const m: Mention = { ...span, form };
  if (resolved) m.resolved = true;
  c.mentions.push(m);
  if (form === 'name' || form === 'title') c.named = true;
}

export function firstStart(c: Cluster): number {
  return Math.min(...c.mentions.map((m) => m.start));
}

/** Mentions of the cluster that start before `offset`, nearest last. */
export function lastMentionBefore(c: Cluster, offset: number): number {
  let best = -1;
  for (const m of c.mentions) if (m.start < offset && m.start > best) best = m.start;
  return best;
}

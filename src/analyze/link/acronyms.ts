/**
 * An acronym in parentheses right after a name is that name's ("the People's Protection Units
 * (YPG)", "the Ruritanian Liberation Front (RLF)"), and so is every later bare use of it ("the YPG
 * said"), whatever the tagger made of it. When only one of the two is known to the KB, the other
 * joins that entity; two different known entities stay apart.
 */
import { nameKey } from '../../kb/index.js';
import type { EntityType } from '../../model.js';
import { addMention, type Cluster } from './clusters.js';
import { claimed, mentionOf, span, type LinkState } from './state.js';

/** " (YPG)", " (PKK)", " (M23)": capitals, maybe with digits, of two to eight characters. */
const PAREN = /^ \((\p{Lu}[\p{Lu}\p{N}&-]{1,7})\)/u;

/** Types an acronym's owner may have: bodies, groups, events and treaties, never a person or place. */
const OWNERS: ReadonlySet<EntityType> = new Set(['ORG', 'GROUP', 'EVENT', 'OTHER']);

function clusterAt(st: LinkState, start: number, end: number): Cluster | undefined {
  return st.clusters.find((c) => c.mentions.some((m) => m.start === start && m.end === end));
}

/** Words of a name that carry its meaning ("petroleum", "exporting"; not "of", "the"). */
function contentWords(name: string): string[] {
  return nameKey(name).split(' ').filter((w) => w.length >= 4 && !STOP.has(w));
}

const STOP: ReadonlySet<string> = new Set(['with', 'from', 'into', 'over', 'under', 'their', 'that', 'this']);

/** At least half of the name's content words are in one of the entry's names. */
function sharesWords(name: string, names: readonly string[]): boolean {
  const own = contentWords(name);
  if (own.length === 0) return false;
  return names.some((n) => {
    const theirs = new Set(contentWords(n));
    return own.filter((w) => theirs.has(w)).length * 2 >= own.length;
  });
}

/** Moves every mention of `from` into `into` and empties `from`. */
function merge(into: Cluster, from: Cluster): void {
  for (const m of from.mentions) addMention(into, m, m.form, m.resolved);
  from.mentions.length = 0;
  if (into.type === 'OTHER' && from.type !== 'OTHER') into.type = from.type;
  into.country ??= from.country;
  into.code ??= from.code;
}

/** The acronym is the initials of the name's capitalized words ("Sudanese Armed Forces": SAF). */
function initialsOf(name: string, acronym: string): boolean {
  const initials = name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials === acronym;
}

/**
 * With `initialsOnly` (the pass after generic bodies: "the Sudanese Armed Forces (SAF)") only an
 * acronym spelled by the name's initials counts: a generic word may end a longer name the tagger
 * cut ("... Good Government (PCGG)", "Member of Parliament (MP)").
 */
export function linkAcronyms(st: LinkState, initialsOnly = false): void {
  for (const owner of [...st.clusters]) {
    if (!OWNERS.has(owner.type)) continue;
    for (const m of [...owner.mentions]) {
      if (m.form !== 'name') continue;
      const found = PAREN.exec(st.text.slice(m.end, m.end + 12));
      const acronym = found?.[1];
      if (!acronym || nameKey(acronym) === nameKey(m.text) || (initialsOnly && !initialsOf(m.text, acronym))) continue;
      const start = m.end + 2;
      const end = start + acronym.length;
      const other = clusterAt(st, start, end);
      if (other === owner) continue;
      // Letters that name a country or a person ("Mazda Motor Manufacturing (USA)") are no acronym
      // of it; letters the tagger merely typed a place ("National Insurance (NI)") may be.
      if (other && (other.type === 'PERSON' || (other.entry && !OWNERS.has(other.type)))) continue;
      // Two entries of the KB are two things, however the text pairs them; a name the KB does not
      // know joins an entry only when it spells the entry's name its own way ("International Labour
      // Organisation (ILO)"), not when the letters are another's ("Reuter Monitor ... Service (CIS)").
      if (other?.entry && owner.entry && other.entry.id !== owner.entry.id) continue;
      if (other?.entry && !owner.entry && !sharesWords(m.text, [other.entry.name, ...other.entry.aliases])) continue;
      let target = owner;
      if (other) {
        if (other.entry && !owner.entry) { target = other; merge(other, owner); } else merge(owner, other);
      } else if (!claimed(st, start, end)) {
        mentionOf(st, owner, start, end, 'name');
      } else {
        continue;
      }
      if (target.type === 'OTHER') target.type = 'ORG';
      laterUses(st, target, acronym, end);
    }
  }
}

/** Bare uses of the acronym after its definition: mentions of the same entity. */
function laterUses(st: LinkState, c: Cluster, acronym: string, from: number): void {
  const key = nameKey(acronym);
  for (const other of st.clusters) {
    if (other === c || other.entry || nameKey(other.name) !== key) continue;
    merge(c, other);
  }
  for (const w of st.words) {
    if (w.start < from || w.text !== acronym) continue;
    if (c.mentions.some((m) => m.start === w.start && m.end === w.end) || claimed(st, w.start, w.end)) continue;
    addMention(c, span(st, w.start, w.end), 'name');
    st.claimed.push({ start: w.start, end: w.end, text: 'name' });
  }
}

/**
 * Offices printed under their own country's name for them: "the Yang di-Pertuan Agong" (Malaysia's
 * king), "the Taoiseach" (Ireland's prime minister). A tagger takes them for people's names; they
 * are titles. The person is whoever held the office on the article's date, if the KB knows them;
 * otherwise there is no one to link and no entity is made of the title.
 */
import { nameKey, termsAt, type KnowledgeBase, type PersonEntry } from '../../kb/index.js';
import { clusterFor, mentionOf, type LinkState } from './state.js';

/**
 * The printed forms (as keys) and the KB office each stands for (the office's own words, before
 * " of <country>"). Only names no English office shares: "President" or "Emperor" are read by
 * descriptions.ts with a country.
 */
const NATIVE: ReadonlyMap<string, string> = new Map([
  ['Yang di-Pertuan Agong', 'Yang di-Pertuan Agong'],
  ['Agong', 'Yang di-Pertuan Agong'],
  ['Taoiseach', 'Taoiseach'],
  ['O le Ao o le Malo', 'O le Ao o le Malo'],
].map(([printed, office]) => [nameKey(printed ?? ''), office ?? '']));

const holdersOf = new WeakMap<KnowledgeBase, Map<string, PersonEntry[]>>();

/** People by the native office they held at some time. */
function officeHolders(kb: KnowledgeBase): Map<string, PersonEntry[]> {
  let m = holdersOf.get(kb);
  if (m) return m;
  m = new Map();
  const offices = new Set(NATIVE.values());
  for (const p of kb.people) {
    for (const t of p.terms) {
      const office = t.office.replace(/ of .*$/u, '');
      if (!offices.has(office)) continue;
      const list = m.get(office) ?? [];
      if (!list.includes(p)) list.push(p);
      m.set(office, list);
    }
  }
  holdersOf.set(kb, m);
  return m;
}

/** The native office a name key is, if any. */
export function nativeOffice(key: string): string | undefined {
  return NATIVE.get(key.replace(/^the /u, ''));
}

/** The length of a native office and the space after it at the head of a longer name ("Yang di-Pertuan Agong Sultan Ibrahim"), else 0. */
export function nativeOfficePrefix(text: string): number {
  for (let at = text.indexOf(' '); at > 0; at = text.indexOf(' ', at + 1)) {
    if (NATIVE.has(nameKey(text.slice(0, at)))) return at + 1;
  }
  return 0;
}

/**
 * A name that is a native office: a mention of its holder on the date (with a "the" before it),
 * or nothing at all. True when the name was such an office, whether or not someone was linked.
 */
export function linkNativeOffice(st: LinkState, start: number, end: number, key: string): boolean {
  const office = nativeOffice(key);
  if (!office) return false;
  const date = st.date;
  const holders = date ? (officeHolders(st.kb).get(office) ?? []).filter((p) => termsAt(p, date).some((t) => t.office.startsWith(office))) : [];
  const [holder] = holders;
  if (holder && holders.length === 1) {
    const from = /\b[Tt]he $/u.test(st.text.slice(Math.max(0, start - 4), start)) ? start - 4 : start;
    mentionOf(st, clusterFor(st, holder), from, end, 'description', true);
  }
  return true;
}

/**
 * Years a story can be from, by the office holders it names with their title: "President Donald
 * Trump" places the story inside one of Trump's presidential terms (the knowledge base's people
 * files). Evidence for the year of a dateline that prints none (dateline-year.ts), never a date by
 * itself: the weekday the lead gives the dateline day settles the year within the terms.
 *
 * Only a title right before the full name counts, and not one that says the person no longer (or
 * not yet) holds it ("former President …", "then-President …", "Vice President …").
 */
import type { KnowledgeBase, PersonEntry } from '../kb/index.js';

/** Titles of the offices the people files list, as printed before a name. */
const TITLED_NAME = /(?<![\p{L}-])(President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Emperor|Secretary-General|Secretary General) (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})/gu;
/** Words before a title that say the holder is not in office on the story's day. */
const NOT_IN_OFFICE = /(?:\b(?:former|ex|late|then|Vice|vice|Deputy|deputy|outgoing|incoming|future|next|acting|interim)[ -]|-)$/u;
const MAX_MENTIONS = 20;

/** A term's day range, ISO dates; an open end runs to the last day the knowledge base knows of. */
interface Span {
  start: string;
  end: string;
}

function startOf(s: string | undefined): string {
  if (!s) return '0000-01-01';
  return s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s;
}

function endOf(s: string): string {
  return s.length === 4 ? `${s}-12-31` : s.length === 7 ? `${s}-31` : s;
}

let knownUntil: string | undefined;

/** The latest date any term in the knowledge base names: how far its knowledge reaches. */
function kbHorizon(kb: KnowledgeBase): string {
  if (knownUntil) return knownUntil;
  let latest = '0000-01-01';
  for (const p of kb.people) {
    for (const t of p.terms) {
      for (const d of [t.start, t.end]) if (d && endOf(d) > latest) latest = endOf(d);
    }
  }
  knownUntil = latest;
  return latest;
}

/** The person a name names, when exactly one person of the knowledge base has it. */
function personNamed(kb: KnowledgeBase, name: string, key: (s: string) => string): PersonEntry | undefined {
  const people = kb.lookup(key(name)).filter((e): e is PersonEntry => e.kind === 'person');
  return people.length === 1 ? people[0] : undefined;
}

/**
 * For each titled office holder the text names, the day ranges in which they held that office.
 * Each inner list is one person's: the story's day lies in one range of every list.
 */
export function officeSpans(text: string, kb: KnowledgeBase, key: (s: string) => string): Span[][] {
  const out: Span[][] = [];
  const seen = new Set<string>();
  let n = 0;
  for (const m of text.matchAll(TITLED_NAME)) {
    if (++n > MAX_MENTIONS) break;
    if (NOT_IN_OFFICE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const title = m[1]!.toLowerCase().replace(' general', '-general');
    const words = m[2]!.split(' ');
    // The longest run of the words that names one person ("Donald Trump" of "Donald Trump Tuesday").
    let person: PersonEntry | undefined;
    for (let k = words.length; k >= 2 && !person; k--) person = personNamed(kb, words.slice(0, k).join(' '), key);
    if (!person || seen.has(`${person.id} ${title}`)) continue;
    seen.add(`${person.id} ${title}`);
    const spans = person.terms
      .filter((t) => t.office.toLowerCase().replace(' general', '-general').includes(title))
      .map((t) => ({ start: startOf(t.start), end: t.end ? endOf(t.end) : kbHorizon(kb) }));
    if (spans.length) out.push(spans);
  }
  return out;
}

/** Years in which `mo`/`d` falls inside one span of every list; undefined when no list constrains. */
export function yearsInOffice(spans: Span[][], mo: number, d: number): Set<number> | undefined {
  if (!spans.length) return undefined;
  let years: Set<number> | undefined;
  for (const list of spans) {
    // A term with no start (a monarch since before the records) bounds nothing.
    if (list.some((s) => s.start.startsWith('0000'))) continue;
    const mine = new Set<number>();
    for (const s of list) {
      const from = Number(s.start.slice(0, 4));
      const to = Number(s.end.slice(0, 4));
      for (let y = from; y <= to; y++) {
        const day = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        if (day >= s.start && day <= s.end) mine.add(y);
      }
    }
    years = years ? new Set([...years].filter((y) => mine.has(y))) : mine;
  }
  return years;
}

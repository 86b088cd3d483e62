/**
 * What the article says of a person next to their name, for reading descriptions later on
 * ("the 65-year-old secretary of state", "the veteran diplomat", "the former general"):
 *   titles in the mention ("Foreign Minister Sergei Lavrov", "Retired General Paul Dorn"),
 *   an age ("Hale, 65, said"), an apposition after or before the name ("Dorn, a former army
 *   chief,", "The head of the Liberal Party, Anna Berg,"), and a predicate ("Hale is a veteran
 *   diplomat"). Read from the raw text around each name mention, once per person.
 */
import type { Entity } from '../../model.js';

export interface Profile {
  /** Lower-cased descriptive text, pieces joined by " | ". */
  text: string;
  /** The age the article gives, if any. */
  age?: number;
}

/** Past and kind words that may stand right before a title and still describe the person. */
const BEFORE_TITLE = /(?:^|\s)(retired|former|veteran|ex|onetime|outgoing|acting|interim)\s+$/iu;
/**
 * A capitalised title printed right before a name the linker kept apart ("President-elect Park
 * Geun-hye", "Opposition Leader Anna Berg"): up to four words, kept when one names an office.
 */
const TITLE_BEFORE = /(?:^|[^\p{L}\p{N}'’-])((?:\p{Lu}[\p{L}.-]*\s+){1,4})$/u;
const OFFICE_IN_TITLE = /\b(?:president|minister|premier|chancellor|leader|king|queen|governor|senator|mayor|chair(?:man|woman)?|secretary|ambassador|envoy|spokes(?:man|woman|person)|general|admiral|commander|judge|prosecutor|director|chief|speaker|emir|sultan)\b/iu;

/** ", 65," right after the name, or after its place ("Ines Kalla of Norland, 58,"). */
const AGE_AFTER = /^(?:\s+of\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)?,\s*(\d{1,3}),/u;
/** An apposition after the name: ", a former army chief," / ", who is the party's leader,". */
const APPOSITION_AFTER = /^,\s*(?:\d{1,3},\s*)?(?:who\s+(?:is|was)\s+)?((?:a|an|the)\s[^,.;:()"“”]{1,80})(?=[,.;:)]|$)/u;
/** A predicate: " is a veteran diplomat", " was the country's foreign minister". */
const PREDICATE_AFTER = /^\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+(?:also\s+)?((?:a|an|the)\s[^,.;:()"“”]{1,60})/u;
/** An apposition before the name: "The head of the Liberal Party, Anna Berg", "Rusk's spokesman, Lars Eide". */
const APPOSITION_BEFORE = /(?:^|[.;:]\s+|,\s+|\n)((?:the|a|an|\p{Lu}[\p{L}-]*['’]s)\s[^,.;:()"“”\n]{1,80}),\s*$/iu;
/** "65-year-old" anywhere in what was gathered. */
const AGE_WORD = /\b(\d{1,3})-year-old\b/u;

const cache = new WeakMap<Entity, Profile>();

export function profileOf(e: Entity, text: string): Profile {
  const known = cache.get(e);
  if (known) return known;
  const pieces: string[] = [e.role ?? '', ...(e.titles ?? [])];
  let age: number | undefined;
  for (const m of e.mentions) {
    if (m.form === 'pronoun' || m.form === 'description') continue;
    const before = text.slice(Math.max(0, m.start - 100), m.start);
    const after = text.slice(m.end, m.end + 120);
    const title = BEFORE_TITLE.exec(before);
    pieces.push(title ? `${title[1] ?? ''} ${m.text}` : m.text);
    const printed = TITLE_BEFORE.exec(before)?.[1];
    if (printed && OFFICE_IN_TITLE.test(printed)) pieces.push(`${printed.trim()} ${m.text}`);
    const a = AGE_AFTER.exec(after);
    if (a && age === undefined) age = Number(a[1]);
    const app = APPOSITION_AFTER.exec(after) ?? PREDICATE_AFTER.exec(after);
    if (app?.[1]) pieces.push(app[1]);
    const pre = APPOSITION_BEFORE.exec(before);
    if (pre?.[1]) pieces.push(pre[1]);
  }
  const joined = pieces.filter((p) => p).join(' | ').toLowerCase();
  const w = AGE_WORD.exec(joined);
  if (age === undefined && w) age = Number(w[1]);
  const p: Profile = { text: joined };
  if (age !== undefined) p.age = age;
  cache.set(e, p);
  return p;
}

/**
 * A definite description as a speaker: "the 65-year-old leader said", "the veteran president told
 * supporters", "the former banker said". The description stands for a person the article has
 * already named: for an office ("president", "foreign minister", "leader") the most recent person
 * whose role or printed title holds that office; for a plain description ("the former banker",
 * "the 72-year-old politician") the most recent person named in the last few paragraphs, else the
 * article's main person. Indefinite ("a former banker"), plural ("the officials") and owned ("the
 * president's spokesman") phrases describe someone else and are left alone.
 */
import type { Entity } from '../../model.js';
import type { Token } from '../doc.js';
import type { TokenRange, View } from './phrases.js';
import type { Profile } from './profiles.js';

/** What a person the description fits looks like: an entity, its last mention before the phrase. */
export interface PersonCandidate {
  entity: Entity;
  /** Start of the entity's last mention before the phrase, -1 when none. */
  lastBefore: number;
  /** Mentions by name or title: how much the article is about them. */
  named: number;
  /** What the article has shown of their gender, if anything. */
  gender?: Gender;
  /** What the article says of them beside their name: titles, apposition, age. */
  profile?: Profile;
  /** How much the story is about them beyond the count: first named in the headline, in the lead. */
  topic?: number;
}

/** How much the article is about the person: how often named, and whether its headline and lead open with them. */
const salience = (c: PersonCandidate): number => c.named + (c.topic ?? 0);

/** Office words and what a role or title must say to hold them. */
const OFFICES: ReadonlyMap<string, RegExp> = new Map([
  ['leader', /\b(?:leader|president|prime minister|premier|chancellor|king|queen|emir|sultan|chairman|head of (?:state|government)|secretary general|general secretary|ayatollah|ruler)\b/u],
  ['president', /\bpresident\b/u],
  ['premier', /\b(?:premier|prime minister)\b/u],
  ['minister', /\bminister\b/u],
  ['chancellor', /\bchancellor\b/u],
  ['king', /\bking\b/u],
  ['queen', /\bqueen\b/u],
  ['monarch', /\b(?:king|queen|emperor|emir|sultan|monarch)\b/u],
  ['emir', /\bemir\b/u],
  ['governor', /\bgovernor\b/u],
  ['senator', /\bsenator\b/u],
  ['mayor', /\bmayor\b/u],
  ['chairman', /\bchair(?:man|woman|person)?\b/u],
  ['chairwoman', /\bchair(?:man|woman|person)?\b/u],
  ['chief', /\b(?:chief|head)\b/u],
  ['head', /\b(?:chief|head)\b/u],
  ['secretary', /\bsecretary\b/u],
  ['ambassador', /\bambassador\b/u],
  ['envoy', /\b(?:envoy|ambassador|representative)\b/u],
  ['spokesman', /\bspokes(?:man|woman|person)\b/u],
  ['spokeswoman', /\bspokes(?:man|woman|person)\b/u],
  ['spokesperson', /\bspokes(?:man|woman|person)\b/u],
  ['general', /\bgeneral\b/u],
  ['commander', /\bcommander\b/u],
  ['admiral', /\badmiral\b/u],
  ['colonel', /\bcolonel\b/u],
  ['judge', /\bjudge\b/u],
  ['prosecutor', /\bprosecutor\b/u],
  ['candidate', /\b(?:candidate|nominee)\b/u],
  ['nominee', /\b(?:candidate|nominee)\b/u],
  ['official', /\bofficial\b/u],
  ['diplomat', /\b(?:diplomat|ambassador|envoy|minister|secretary of state|foreign secretary)\b/u],
  ['director', /\bdirector\b/u],
  ['lawmaker', /\b(?:lawmaker|legislator|member of parliament|senator|representative|deputy)\b/u],
  ['speaker', /\bspeaker\b/u],
  ['pope', /\bpope\b/u],
  ['prince', /\bprince\b/u],
  ['emperor', /\bemperor\b/u],
]);

/** Offices any head of a state, party or movement holds: "the leader" may be one with no role known. */
const GENERIC_OFFICES = new Set(['leader', 'chief', 'head']);

/** A title that names some office: then the person's office is known, and "the leader" must fit it. */
const OFFICE_WORD = /\b(?:president|minister|premier|chancellor|king|queen|governor|senator|mayor|chair(?:man|woman)?|secretary|ambassador|envoy|spokes(?:man|woman|person)|general|admiral|colonel|commander|judge|prosecutor|director|official|leader)\b/u;

/** Nouns that describe a person without an office: any recent person may be meant. */
const PLAIN = new Set([
  'politician', 'banker', 'economist', 'businessman', 'businesswoman', 'tycoon', 'billionaire',
  'magnate', 'mogul', 'veteran', 'statesman', 'stateswoman', 'strongman', 'technocrat', 'populist',
  'nationalist', 'conservative', 'liberal', 'socialist', 'reformist', 'reformer', 'hardliner',
  'star', 'actor', 'cricketer', 'footballer', 'incumbent', 'challenger', 'septuagenarian',
  'octogenarian',
]);

/** Plural and group heads that are never one person, even with an age ("the 35-year-old twins"). */
const NOT_ONE = /(?:[^s]s|people|men|women|children)$/u;

/** Words before an office that name a particular office ("foreign minister", "vice president"). */
const QUALIFIERS = new Set([
  'vice', 'deputy', 'prime', 'foreign', 'defence', 'defense', 'finance', 'interior', 'home', 'trade',
  'justice', 'health', 'energy', 'economy', 'opposition', 'supreme', 'army', 'military', 'party',
  'central', 'bank', 'national', 'security', 'state', 'chief', 'attorney', 'press', 'education',
]);

/** Words that tell of the description's time: "former" and "ex-" offices are not held now. */
const PAST = /^(?:former|ex|ex-.*|then|onetime|one-time|erstwhile|outgoing|ousted|deposed|jailed|exiled)$/u;

/** Lower case, hyphens as spaces, one spelling, ranks written out ("Maj Gen" → "maj general"). */
const norm = (s: string): string => s.toLowerCase().replace(/[-‐–]/gu, ' ').replace(/\bdefense\b/gu, 'defence')
  .replace(/\bgen\b\.?/gu, 'general').replace(/\badm\b\.?/gu, 'admiral').replace(/\bcol\b\.?/gu, 'colonel')
  .replace(/\bsen\b\.?/gu, 'senator').replace(/\bgov\b\.?/gu, 'governor').replace(/\brep\b\.?/gu, 'representative');

function officesOf(e: Entity): string {
  return norm([e.role ?? '', ...(e.titles ?? [])].join(' | '));
}

/** The description's parts: its office (head and qualifiers), whether past, its country. */
interface Described {
  head: string;
  office?: RegExp;
  /** Qualifiers the role must hold too ("foreign" of "foreign minister"). */
  qualifiers: string[];
  /**
   * Words a person's role or titles must hold for the description to fit: a party or a place that
   * is no country ("the Republican nominee", "the New York businessman"), a noun that makes another
   * office of the head ("the band leader").
   */
  marks: string[];
  past: boolean;
  gender?: Gender;
  /** The age it gives ("the 65-year-old secretary of state"). */
  age?: number;
  /** Words that say what kind of person, matched against what the article said of them ("veteran"). */
  kinds: string[];
  /** Whose office it is ("the president's spokesman"): then only a holder named as such is meant. */
  owner?: string;
  /** The words after "the", lower case ("german leader"). */
  phrase?: string;
}

type Gender = 'm' | 'f';

const MALE = /(?:^|-)(?:man|businessman|statesman|spokesman|chairman|congressman|king|prince|emperor|father|son|brother)$/u;
const FEMALE = /(?:^|-)(?:woman|businesswoman|stateswoman|spokeswoman|chairwoman|congresswoman|queen|princess|empress|mother|daughter|sister)$/u;

/** Adjective-like nouns that say what kind of person, not which office: "the veteran president". */
const KIND_WORDS = new Set(['veteran', 'career', 'hardline', 'hardliner', 'populist', 'strongman', 'opposition', 'party']);

/**
 * Read a phrase as a definite description of one person; undefined when it is not one. `isPlace`
 * says which tokens name a country or place (their country is checked apart).
 */
export function describedPerson(v: View, r: TokenRange, isPlace: (t: Token) => boolean = () => false): Described | undefined {
  const first = v.tokens[r.from];
  const last = v.tokens[r.to - 1];
  if (!first || !last || first.text.toLowerCase() !== 'the' || r.to - r.from < 2 || r.to - r.from > 7) return undefined;
  const words: string[] = [];
  const marks: string[] = [];
  let owner: string | undefined;
  let of = -1;
  for (let k = r.from + 1; k < r.to; k++) {
    const t = v.tokens[k];
    if (!t) return undefined;
    const w = t.text.toLowerCase();
    if (w === 'of' && of < 0 && words.length > 0) of = words.length;
    // ("Harvard-educated", "Moscow-born" say what kind of person, like "65-year-old".)
    if (k < r.to - 1 && (/^\p{Lu}/u.test(t.text) || (t.pos === 'NOUN' && !/\d/u.test(w))) && !PAST.test(w) && !QUALIFIERS.has(w)
      && !KIND_WORDS.has(w) && !/-\p{Ll}+$/u.test(t.text) && !isPlace(t) && of < 0) marks.push(norm(w.replace(/['’]s?$/u, '')));
    // "the president's spokesman": someone the president has, not the president.
    if (/^['’]s?$/u.test(w)) {
      const ownerWord = words[words.length - 1];
      if (owner !== undefined || of >= 0) return undefined;
      if (ownerWord !== 'country' && ownerWord !== 'nation' && ownerWord !== 'party') {
        owner = ownerWord ?? '';
        // The owner is not a word the spokesman's own titles must hold.
        if (marks[marks.length - 1] === norm(owner)) marks.pop();
      }
      words.pop();
      continue;
    }
    // A name inside is no description ("the Trump adviser"); a country word may be ("the Nigerian
    // leader"), and so may the body an office is of ("the head of the Liberal Party").
    // ("The Prime Minister", "The President-elect" capitalised are offices, not names.)
    if (t.pos === 'PROPN' && k === r.to - 1 && of < 0 && !OFFICES.has(officeHead(w))) return undefined;
    words.push(w);
  }
  // "the secretary of state", "the head of the party": the office is the word before "of", and
  // what it is of must be in the person's role too.
  const complement = of >= 0 ? words.slice(of + 1).filter((w) => w !== 'the' && w !== 'a') : [];
  if (of >= 0 && complement.length === 0) return undefined;
  const own = of >= 0 ? words.slice(0, of) : words;
  const lastWord = own[own.length - 1] ?? '';
  const head = officeHead(lastWord);
  const past = own.some((w) => PAST.test(w));
  const qualifiers = own.slice(0, -1).filter((w) => QUALIFIERS.has(w));
  // "the president-elect" holds the office to come: the role must say "elect" too.
  if (ELECT.test(lastWord)) qualifiers.push('elect');
  const tail = complement[complement.length - 1];
  if (tail) qualifiers.push(norm(tail.replace(/['’]s?$/u, '')));
  const gender = MALE.test(lastWord) ? 'm' : FEMALE.test(lastWord) ? 'f' : undefined;
  const office = OFFICES.get(head);
  const ageWord = own.find((w) => /^\d+-year-old$/u.test(w));
  const kinds = own.slice(0, -1).filter((w) => /^\p{Ll}[\p{Ll}-]+$/u.test(w) && !QUALIFIERS.has(w) && !/year-old$/u.test(w));
  const d: Described = { head, qualifiers, marks, past, kinds, phrase: norm(words.join(' ')) };
  if (gender) d.gender = gender;
  if (ageWord) d.age = Number.parseInt(ageWord, 10);
  if (owner !== undefined) {
    if (!office) return undefined;
    d.owner = owner;
  }
  if (office) return { ...d, office };
  // "the 35-year-old engineer": an age makes any one-person noun a description of someone.
  const aged = ageWord !== undefined && ageWord !== lastWord && /^\p{Ll}+$/u.test(head) && !NOT_ONE.test(head);
  if (of < 0 && (PLAIN.has(head) || /^\d+-year-old$/u.test(head) || aged)) return { ...d, qualifiers: [] };
  return undefined;
}

const ELECT = /-elect$/u;

/**
 * The noun a description's last word names: "president" of "president-elect", "politician" of
 * "cricketer-turned-politician"; an age word ("72-year-old") stays whole.
 */
function officeHead(word: string): string {
  if (ELECT.test(word)) return word.replace(ELECT, '');
  return word.includes('-') && !/\d/u.test(word) ? (word.split('-').pop() ?? '') : word;
}

/** The role, titles and what the article said beside the name, as one lower-case text. */
function knownOf(c: PersonCandidate): string {
  return c.profile ? `${officesOf(c.entity)} | ${norm(c.profile.text)}` : officesOf(c.entity);
}

/** Does what the article says of the person (role, titles, gender, age) allow the description? */
function allows(c: PersonCandidate, d: Described): boolean {
  if (d.gender && c.gender && d.gender !== c.gender) return false;
  if (d.age !== undefined && c.profile?.age !== undefined && c.profile.age !== d.age) return false;
  if (d.marks.length === 0) return true;
  const o = knownOf(c);
  return d.marks.every((m) => o.includes(m));
}

/** Does the person hold the office the description names (by role, title or apposition)? */
function holds(c: PersonCandidate, d: Described): boolean {
  if (!d.office) return false;
  let o = knownOf(c);
  // "the president" is not the vice president, nor "the minister" a deputy minister.
  if (!d.qualifiers.includes('vice') && !d.qualifiers.includes('deputy')) o = o.replace(/\b(?:vice|deputy) [a-z]+(?: [a-z]+)?/gu, '');
  // "the president" is the sitting one, not the president-elect.
  if (!d.qualifiers.includes('elect')) o = o.replace(/\b[a-z]+ elect\b/gu, '');
  // "the minister" is a minister of some portfolio, not the prime minister.
  if (d.head === 'minister' && !d.qualifiers.includes('prime')) o = o.replace(/\bprime minister\b/gu, '');
  return d.office.test(o) && d.qualifiers.every((q) => o.includes(q === 'defense' ? 'defence' : q));
}

const PAST_MARK = /\b(?:former|retired|ex|onetime|one time|erstwhile)\b/u;

/**
 * Did the article describe the person with the description's own words: a past office as past
 * ("Retired General Paul Dorn" for "the former general"), a plain noun ("Hale is a veteran
 * diplomat" for "the diplomat")?
 */
function describedAs(c: PersonCandidate, d: Described): boolean {
  if (!c.profile) return false;
  const word = new RegExp(`\\b${d.head.replace(/[^\p{L}\p{N}-]/gu, '')}\\b`, 'u');
  return norm(c.profile.text).split(' | ').some((piece) => (d.office ? d.office.test(piece) : word.test(piece)) && (!d.past || PAST_MARK.test(piece)));
}

/** How closely the article's words about the person match the description: its age, its kind words. */
function score(c: PersonCandidate, d: Described): number {
  let s = d.age !== undefined && c.profile?.age === d.age ? 2 : 0;
  const known = c.profile ? norm(c.profile.text) : '';
  // The very words the article used of them before ("Karl Brandt, the German leader, …").
  if (d.phrase && known.includes(d.phrase)) s += 2;
  for (const k of d.kinds) if (new RegExp(`\\b${k.replace(/[^\p{L}\p{N}-]/gu, '')}\\b`, 'u').test(known)) s++;
  return s;
}

/** Is there a sentence end between offsets `a` and `b` of the text? */
function sentenceBetween(text: string, a: number, b: number): boolean {
  return /[.!?]["”’]?\s|\n/u.test(text.slice(Math.min(a, b), Math.max(a, b)));
}

/**
 * The best fitting of `fits`: the highest score, then the most recent mention. Two that tie, named
 * last in one sentence ("Presidents Rusk and Moen met"), fit equally: no one.
 */
function best(fits: readonly PersonCandidate[], d: Described, text: string): Entity | undefined {
  const ranked = fits.map((c) => ({ c, s: score(c, d) })).sort((a, b) => b.s - a.s || b.c.lastBefore - a.c.lastBefore);
  const [top, next] = ranked;
  if (!top) return undefined;
  if (next && next.s === top.s && text && !sentenceBetween(text, top.c.lastBefore, next.c.lastBefore)) return undefined;
  return top.c.entity;
}

/**
 * The person a description stands for, from the people named before it (most recent first).
 * `part` is the description's paragraph and `partOf` gives a mention's. `country` is a country the
 * phrase names ("the Nigerian leader"): the person must not belong to another. `text` is the
 * article's, to tell whether two candidates were named in one sentence.
 */
export function personFor(
  d: Described, candidates: readonly PersonCandidate[], part: number, partOf: (offset: number) => number, country?: string, text = '',
): Entity | undefined {
  const before = candidates.filter((c) => c.lastBefore >= 0 && (!country || !c.entity.country || c.entity.country === country) && allows(c, d))
    .sort((a, b) => b.lastBefore - a.lastBefore);
  // "the president's spokesman": a spokesman the article named, or no one.
  if (d.owner !== undefined) return best(before.filter((c) => holds(c, d)), d, text);
  // The article's main person: named most often, and at least twice.
  const main = [...before].sort((a, b) => b.named - a.named)[0];
  if (d.office && !d.past) {
    // An office: whoever holds it. "The leader" may also be the article's main person when
    // nothing is known of their office; a particular office held by no one named is no one.
    const holders = before.filter((c) => holds(c, d));
    if (holders.length > 0 || !GENERIC_OFFICES.has(d.head) || d.qualifiers.length > 0) return best(holders, d, text);
    return main && main.named >= 2 && !main.entity.role && !(main.entity.titles ?? []).some((t) => OFFICE_WORD.test(norm(t))) ? main.entity : undefined;
  }
  // Someone the article gave these words or this age ("Hale, 65," for "the 65-year-old").
  const explicit = before.filter((c) => describedAs(c, d) || (d.age !== undefined && c.profile?.age === d.age));
  if (explicit.length > 0) return best(explicit, d, text);
  // A plain or past description: not the sitting holder of the office it says was held.
  const fits = (c: PersonCandidate): boolean => !(d.office && d.past && holds(c, { ...d, past: false }));
  // Of the people named in the last few paragraphs, the one the article names most ("the New
  // York businessman" after a paragraph on the president is still the candidate the story is about).
  // The story's subject outweighs a person it names a little more often ("the 35-year-old
  // engineer" after the lead on the opposition leader and a paragraph on the president).
  const recent = before.filter((c) => partOf(c.lastBefore) >= part - 2 && fits(c)).sort((a, b) => salience(b) - salience(a))[0];
  if (recent) return recent.entity;
  return main && main.named >= 2 && fits(main) ? main.entity : undefined;
}

/**
 * Do two people fit an office description equally ("the president" after "Presidents Rusk and
 * Moen met"): the same score, last named in one sentence? Then no one can be meant.
 */
export function fitsEqually(d: Described, candidates: readonly PersonCandidate[], text: string): boolean {
  if (!d.office || d.past || d.owner !== undefined) return false;
  const holders = candidates.filter((c) => c.lastBefore >= 0 && allows(c, d) && holds(c, d));
  return holders.length >= 2 && best(holders, d, text) === undefined;
}

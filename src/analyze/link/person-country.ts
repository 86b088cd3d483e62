/**
 * A person the KB does not know takes the country their own words give, and only those: an
 * apposition right after a mention of them ("Maria Petrova, the Russian Foreign Ministry
 * spokeswoman," / "Hans Vogel, the conservative candidate of Germany's CDU,"), by a country word
 * or else by the country of the party or body it names ("Gandhi, the Congress party leader,",
 * "Maryam Nawaz of the PML-N"). The title before
 * the name is read when the name is linked (names.ts, `ownCountry`); the cluster carries the
 * country to every later mention ("Vogel said").
 */
import type { Cluster } from './clusters.js';
import type { LinkState } from './state.js';
import { countriesIn, officesIn } from './titles.js';
import { officialCode } from './official-code.js';

/** Role nouns that are no office but still say who someone is in an apposition. */
const ROLE_NOUNS = /\b(?:candidate|nominee|contender|challenger|politician|lawmaker|activist|dissident|diplomat|official|opposition|officer|agent|spy|citizen|national|journalist|businessman|businesswoman|economist|soldier)\b/iu;

/** An office of a body, printed without an article: "president of the …", "head of …". */
const OFFICE_OF = /^(?:\p{Ll}+ )?(?:president|chairman|chairwoman|chair|leader|head|chief|secretary|spokesman|spokeswoman|spokesperson|member|founder|general secretary|secretary-general) of /u;

/** Words that open a clause inside an apposition: what follows is about someone else. */
const CLAUSE = /\b(?:who|which|that|whose|founded|owned|set up|named|appointed|led|run|backed|by)\b/u;

/**
 * Where an apposition stops: a comma, a clause mark, a quote or a sentence end; not the dot of an
 * initial or an abbreviation ("a former U.S. ambassador", "Brig. Gen.").
 */
const STOP = /[,;:()"“”]|(?<!\b(?:\p{Lu}|Gen|Brig|Lt|Col|Maj|Adm|Rep|Sen|Gov|Dr|Mr|Mrs|Ms|St))\.(?:\s|$)/u;

/** The apposition right after `end` (", the …," / ", Germany's …,"), as a span, if any. */
export function appositionAfter(st: LinkState, end: number): { start: number; end: number } | undefined {
  const rest = st.text.slice(end, end + 160);
  const lead = /^,\s+(?:the |a |an )?/u.exec(rest);
  if (!lead) return undefined;
  const body = rest.slice(lead[0].length);
  const stop = STOP.exec(body);
  const len = stop ? stop.index : -1;
  // Unclosed within reach, or not a noun phrase of a few words: no apposition.
  if (len <= 0 || body.slice(0, len).split(/\s+/u).length > 12) return undefined;
  // Without an article it must start with a country ("Germany's finance minister") or an office
  // of a body ("president of the Indian National Congress").
  const start = end + lead[0].length;
  if (!/(?:the|an?) $/u.test(lead[0]) && countriesIn(st, start, start + (body.split(/\s/u)[0]?.length ?? 0)).length === 0
    && !OFFICE_OF.test(body)) return undefined;
  const phrase = body.slice(0, len);
  if (officesIn(phrase).offices.length === 0 && !ROLE_NOUNS.test(phrase)) return undefined;
  return { start, end: start + len };
}

export function personCountryFromApposition(st: LinkState): void {
  for (const c of st.clusters) {
    if (c.type !== 'PERSON' || c.entry || c.country) continue;
    const found = appositionCountry(st, c);
    if (!found) continue;
    c.country = found.iso;
    // An office in the words gives the sector as a title would ("Iran's deputy foreign minister":
    // IRNGOV; "a former U.S. ambassador": USAELI); a role alone ("candidate") gives none, nor an
    // office in a clause about someone else ("the company founded by a former prime minister").
    const head = found.words?.split(CLAUSE)[0];
    if (head !== undefined && officesIn(head).offices.length > 0) c.code ??= officialCode(found.iso, head, found.bodyCode);
  }
}

/** An initial's or abbreviation's dot: "U.S.", "U.N.", "J.". */
const ABBREVIATION_END = /(?:^|[\s.])\p{Lu}\.$/u;

/**
 * The description right before a name and its comma ("A senior Pakistani official, Aamir Rana,"):
 * a noun phrase that opens its clause with an article or a country and ends in an office or role.
 * Only the part before "to"/"for"/"in" is theirs ("Pakistan's envoy to India, X" is Pakistani;
 * "the U.S. envoy for Syria, X" American).
 */
function descriptionBefore(st: LinkState, start: number): { start: number; end: number } | undefined {
  if (st.text.slice(start - 2, start) !== ', ') return undefined;
  const end = start - 2;
  const from = Math.max(0, end - 100);
  const lead = st.text.slice(from, end);
  let cut = -1;
  for (const mark of [', ', '; ', ': ', '\n', '(', '"', '“', '”']) {
    const i = lead.lastIndexOf(mark);
    if (i >= 0) cut = Math.max(cut, i + mark.length - 1);
  }
  // A sentence's end, not the dot of an abbreviation ("The U.S. special envoy").
  for (let i = lead.lastIndexOf('. '); i > cut; i = lead.lastIndexOf('. ', i - 1)) {
    if (!ABBREVIATION_END.test(lead.slice(Math.max(0, i - 4), i + 1))) { cut = i + 1; break; }
  }
  if (cut < 0 && from > 0) return undefined;
  const phraseStart = from + cut + 1;
  const phrase = st.text.slice(phraseStart, end).trimStart();
  const at = end - phrase.length;
  const words = phrase.split(/\s+/u);
  const dest = /\s(?:to|for|in)\s/u.exec(phrase);
  // The office ends the phrase, or the part before its portfolio ("envoy for Syria").
  const own = dest ? phrase.slice(0, dest.index).split(/\s+/u) : words;
  const last = own[own.length - 1] ?? '';
  if (words.length < 2 || words.length > 8 || !(officesIn(last).offices.length > 0 || ROLE_NOUNS.test(last))) return undefined;
  const first = words[0] ?? '';
  if (!/^(?:the|a|an)$/iu.test(first) && countriesIn(st, at, at + first.length).length === 0) return undefined;
  return { start: at, end: dest ? at + dest.index : end };
}

/** The country the words around a name give, with those words when they describe an office. */
interface Found { iso: string; words?: string; bodyCode?: string }

function appositionCountry(st: LinkState, c: Cluster): Found | undefined {
  const named = c.mentions.filter((m) => m.form === 'name' || m.form === 'title').sort((a, b) => a.start - b.start);
  for (const m of named) {
    const d = m.form === 'name' ? descriptionBefore(st, m.start) : undefined;
    const before = d ? countriesIn(st, d.start, d.end).at(-1) : undefined;
    if (d && before) return { iso: before, words: st.text.slice(d.start, d.end) };
    const a = appositionAfter(st, m.end);
    if (a) {
      // The country word nearest the name: the first in a phrase that follows it; else the country
      // of the party or body the phrase names ("Gandhi, the Congress party leader,").
      const words = st.text.slice(a.start, a.end);
      const iso = countriesIn(st, a.start, a.end)[0];
      if (iso) return { iso, words };
      const body = bodyIn(st, a.start, a.end);
      if (body) return { iso: body.iso, words, bodyCode: body.code };
    }
    // "Maryam Nawaz of the PML-N": a member of a body printed right after the name.
    const of = /^ of (?:the )?/u.exec(st.text.slice(m.end, m.end + 8));
    if (of) {
      const at = m.end + of[0].length;
      const body = bodyIn(st, at, at + 80, true);
      if (body) return { iso: body.iso };
    }
  }
  return undefined;
}

/**
 * The country of a body of one country (a party, a ministry, an army: not a news agency nor an
 * intergovernmental body) named in the span; with `first`, only one that begins it.
 */
function bodyIn(st: LinkState, start: number, end: number, first = false): { iso: string; code?: string } | undefined {
  let best: { at: number; iso: string; code?: string } | undefined;
  for (const o of st.clusters) {
    if ((o.type !== 'ORG' && o.type !== 'GROUP') || !o.country || !st.kb.country(o.country) || o.code?.endsWith('MED')) continue;
    for (const m of o.mentions) {
      if (m.form === 'pronoun' || m.start < start || m.end > end || (first && m.start !== start)) continue;
      if (!best || m.start < best.at) best = { at: m.start, iso: o.country, ...(o.code ? { code: o.code } : {}) };
    }
  }
  return best;
}

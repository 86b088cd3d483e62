/**
 * Titles printed before a name ("Russian President", "North Korean leader", "President of the
 * Presidium of the Supreme People's Assembly of North Korea", "Chairman Comrade"): what country and
 * which office they give, to pick the right person among namesakes and to describe the entity.
 */
import { nameKey, type KbEntry } from '../../kb/index.js';
import { claimed, type LinkState } from './state.js';
import { HONORIFICS, MODIFIERS, OFFICE_WORDS, type OfficeWord } from './lexicon.js';
import { stripPossessive, wordAt } from './words.js';
import { isParty, partyInPlay, partyOfAdjective } from './parties.js';

export interface TitleInfo {
  countries: string[];
  offices: OfficeWord[];
  officeText: string[];
  /** The country nearest the name, before any "to"/"for"/"in" ("U.S. envoy to Pakistan" is American). */
  own?: string;
  /**
   * Countries of the portfolio, after "to"/"for"/"in" and before any "of" ("envoy for Syria",
   * "ambassador to Iran"): where or what they serve, never whom they represent.
   */
  portfolio?: string[];
  /** The body a title names ("White House" in "White House spokesman"), when the KB knows it. */
  body?: KbEntry;
}

/** Countries named in a stretch of text by name, alias or demonym ("North Korean", "Russia's"). */
export function countriesIn(st: LinkState, start: number, end: number): string[] {
  const out: string[] = [];
  const i0 = wordAt(st.words, start);
  for (let i = i0; i < st.words.length && (st.words[i]?.end ?? end + 1) <= end;) {
    let matched = 0;
    for (let n = Math.min(5, st.words.length - i); n >= 1 && !matched; n--) {
      const ws = st.words.slice(i, i + n);
      const last = ws[ws.length - 1];
      if (!last || last.end > end) continue;
      const printed = st.text.slice(ws[0]?.start ?? 0, last.end);
      const key = nameKey(stripPossessive(printed));
      // A longer place name wins over the country inside it: "New Mexico" is in the USA. A capital
      // in the possessive stands for its country: "Washington's envoy", "Moscow's mayor".
      const iso = countryOfKey(st, key) ?? (n > 1 ? placeCountry(st, key) : undefined)
        ?? (/['’]s$/u.test(printed) ? st.kb.byCapital(key)?.iso3 : undefined);
      if (iso) { out.push(iso); matched = n; }
      // "Indian-American", "US-Russian": each part a country word, in order.
      const raw = ws[0]?.text ?? '';
      if (!iso && n === 1 && /[-\u2010]/u.test(raw)) {
        const parts = stripPossessive(raw).split(/[-\u2010]/u).map((k) => countryOfKey(st, nameKey(k)));
        if (parts.every((x) => x !== undefined)) { for (const x of parts) if (x) out.push(x); matched = 1; }
      }
    }
    i += matched || 1;
  }
  return out;
}

function placeCountry(st: LinkState, key: string): string | undefined {
  return st.kb.lookup(key).find((e) => e.kind === 'place' && e.country)?.country;
}

export function countryOfKey(st: LinkState, key: string): string | undefined {
  const demonym = st.kb.byDemonym(key);
  if (demonym.length === 1) return demonym[0]?.iso3;
  if (demonym.length > 1) {
    // "Congolese": the one the article talks about more.
    return [...demonym].sort((a, b) => (st.countries.get(b.iso3) ?? 0) - (st.countries.get(a.iso3) ?? 0))[0]?.iso3;
  }
  const e = st.kb.lookup(key).find((x) => x.kind === 'country');
  return e?.kind === 'country' ? e.iso3 : undefined;
}

export function officesIn(text: string): { offices: OfficeWord[]; officeText: string[] } {
  const lower = ` ${text.toLowerCase().replace(/[^a-z\s-]/g, ' ').replace(/\s+/g, ' ')} `;
  const offices: OfficeWord[] = [];
  const officeText: string[] = [];
  for (const [phrase, w] of OFFICE_WORDS) {
    if (lower.includes(` ${phrase} `) && !officeText.some((t) => t.includes(phrase))) {
      offices.push(w);
      officeText.push(phrase);
    }
  }
  return { offices, officeText };
}

export function parseTitle(st: LinkState, start: number, end: number): TitleInfo {
  const countries = countriesIn(st, start, end);
  // "Kremlin spokesman", "White House spokesman", "Pentagon press secretary": a body of the
  // country stands for it (and, for someone the KB does not know, gives the code).
  const body = bodyIn(st, start, end);
  if (countries.length === 0 && body?.country) countries.push(body.country);
  // "Conservative leader", "Republican senator": a party the article's countries have.
  const party = countries.length === 0 && !body ? partyIn(st, start, end) : undefined;
  if (party?.country) countries.push(party.country);
  const info: TitleInfo = { countries, ...officesIn(st.text.slice(start, end)) };
  if (body ?? party) info.body = body ?? party;
  // "Pakistan's Foreign Minister" vs "India's Foreign Secretary" in one run of text: the word
  // next to the name is the person's; a country after "to"/"for"/"in" is where or what they serve
  // ("U.S. envoy for Syria"), unless an "of" names the owner after it ("Minister for Foreign
  // Affairs of Ireland").
  const dest = /\b(?:to|for|in)\s/u.exec(st.text.slice(start, end));
  let own = countriesIn(st, start, dest ? start + dest.index : end).at(-1) ?? (dest ? undefined : countries[0]);
  // "UN envoy for Syria": the body before the portfolio is whom they serve.
  if (!own && dest) {
    const served = bodyIn(st, start, start + dest.index);
    if (served?.country) { own = served.country; info.body = served; }
  }
  if (own) info.own = own;
  if (dest) {
    const from = start + dest.index + dest[0].length;
    const of = /\sof\s/u.exec(st.text.slice(from, end));
    const portfolio = countriesIn(st, from, of ? from + of.index : end);
    if (portfolio.length > 0) info.portfolio = portfolio;
  }
  return info;
}

/**
 * The country a title gives its holder: the one nearest the name before any portfolio, else the
 * first one it names that is not the portfolio's ("UN envoy for Syria" gives none).
 */
export function titleCountry(info: TitleInfo | undefined): string | undefined {
  if (!info) return undefined;
  return info.own ?? info.countries.find((c) => !info.portfolio?.includes(c));
}

/** The first body or place of a country a title names, by the longest capitalized run (1–3 words). */
function bodyIn(st: LinkState, start: number, end: number): KbEntry | undefined {
  const i0 = wordAt(st.words, start);
  for (let i = i0; i < st.words.length && (st.words[i]?.end ?? end + 1) <= end; i++) {
    // Inside a longer name the KB does not know ("Security Council" of "National Security
    // Council"), no body starts.
    if (i > i0 && insideName(st, i)) continue;
    for (let n = 3; n >= 1; n--) {
      const ws = st.words.slice(i, i + n);
      const first = ws[0];
      const last = ws[ws.length - 1];
      if (ws.length < n || !first || !last || last.end > end || !/^\p{Lu}/u.test(first.text) || !/^\p{Lu}/u.test(last.text)) continue;
      const key = nameKey(stripPossessive(st.text.slice(first.start, last.end)));
      if (foreignInstance(st, key)) continue;
      const printed = stripPossessive(st.text.slice(first.start, last.end));
      const e = likeliestBody(st, st.kb.lookup(key).filter((x) => (x.kind === 'org' || x.kind === 'place') && x.country && printedAs(x, printed)
        && (!isParty(x) || partyInPlay(st, x))));
      if (e) return e;
    }
  }
  return undefined;
}

/** Words capitalized at a sentence's start that begin no name ("The TPLF"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'in', 'at', 'on', 'of', 'for', 'and', 'but', 'by', 'with', 'from', 'to', 'as', 'its', 'his', 'her', 'their', 'our', 'when', 'while', 'after', 'before', 'if']);

/** The word at `offset` continues a longer capitalized name ("Security" in "National Security Council"). */
export function continuesName(st: LinkState, offset: number): boolean {
  const i = wordAt(st.words, offset);
  return st.words[i]?.start === offset && insideName(st, i);
}

/** Word i continues a capitalized name begun by a word that is no country, office or style. */
function insideName(st: LinkState, i: number): boolean {
  const prev = st.words[i - 1];
  const w = st.words[i];
  // A capitalized compound ("State-run Tanzania Railway Corporation") begins no name.
  if (!prev || !w || !/^\p{Lu}[\p{L}'’]*$/u.test(prev.text) || st.text.slice(prev.end, w.start) !== ' ') return false;
  const lw = prev.text.toLowerCase();
  if (FUNCTION_WORDS.has(lw) || OFFICE_TOKENS.has(lw) || HONORIFICS.has(lw) || TITLE_MODIFIERS.has(lw) || MODIFIERS.has(lw) || RANKS.has(prev.text)) return false;
  if (countryOfKey(st, nameKey(stripPossessive(prev.text))) !== undefined) return false;
  // A longer name the KB knows, or one already linked ("West Germany's central bank"), is no
  // unknown name.
  const pair = nameKey(`${prev.text} ${stripPossessive(w.text)}`);
  return countryOfKey(st, pair) === undefined && st.kb.lookup(pair).length === 0 && !claimed(st, prev.start, prev.end);
}

/** An abbreviation is a body's only in capitals: "RT" is the broadcaster, "Rt Rev" a bishop's style. */
function printedAs(e: KbEntry, printed: string): boolean {
  const lower = printed.toLowerCase();
  return [e.name, ...e.aliases].some((a) => a.toLowerCase() === lower && (a !== a.toUpperCase() || a === printed || !/\p{L}/u.test(a)))
    || ![e.name, ...e.aliases].some((a) => a.toLowerCase() === lower);
}

/**
 * A generic name ("Foreign Office") that the KB also gives one country's body (the British one)
 * means that body only in an article that names its country; elsewhere it is whichever country's
 * the context says ("Foreign Office spokesman Mohammad Faisal" in a story from Islamabad).
 */
export function foreignInstance(st: LinkState, key: string): boolean {
  const kind = st.kb.genericKind(key);
  if (!kind) return false;
  const found = st.kb.lookup(key);
  return found.length > 0 && found.every((e) => e.kind === 'org' && e.orgKind === kind.kind && !st.countries.has(e.country ?? ''));
}

/**
 * Among bodies of one name ("Congress": the US legislature or the Indian party), the one of the
 * country the article talks about most (the dateline's counting double); the KB's first on a tie; one
 * the article has named before wins. "Congress leader Rahul Gandhi"
 * in a story about India is not an American legislator.
 */
function likeliestBody(st: LinkState, cands: readonly KbEntry[]): KbEntry | undefined {
  // One the article has already named ("the Congress party") is the one.
  const named = cands.filter((e) => st.clusters.some((c) => c.entry?.id === e.id));
  if (named.length === 1) return named[0];
  // Where the story was filed weighs more than a country mentioned in passing.
  const home = datelineCountry(st);
  const weight = (e: KbEntry): number => (e.country ? st.countries.get(e.country) ?? 0 : 0) + (e.country && e.country === home ? 2 : 0);
  let best = cands[0];
  let n = best ? weight(best) : 0;
  for (const e of cands.slice(1)) {
    const k = weight(e);
    if (k > n) { best = e; n = k; }
  }
  return best;
}

/** The country of the place in the dateline ("NEW DELHI (PTI) -"): as linked, else by its capital. */
export function datelineCountry(st: LinkState): string | undefined {
  const dl = st.dateline;
  if (!dl) return undefined;
  const linked = st.clusters.find((c) => c.type === 'PLACE' && c.country && c.mentions.some((m) => m.start >= dl.start && m.end <= dl.end));
  if (linked) return linked.country;
  const ws = st.words.filter((w) => w.start >= dl.start && w.end <= dl.end);
  for (let i = 0; i < ws.length; i++) {
    for (let n = 2; n >= 1; n--) {
      const a = ws[i];
      const b = ws[i + n - 1];
      if (!a || !b) continue;
      const iso = st.kb.byCapital(nameKey(st.text.slice(a.start, b.end)))?.iso3;
      if (iso) return iso;
    }
  }
  return undefined;
}

/** Words a printed title may consist of ("Kremlin spokesman", "Foreign Minister"); not "guest". */
const OFFICE_TOKENS: ReadonlySet<string> = new Set(
  [...OFFICE_WORDS.keys()].filter((p) => p !== 'guest' && p !== 'counterpart').flatMap((p) => p.split(' '))
    // "of" in "head of state" joins a title; alone it is none ("a meeting of Yoon").
    .filter((w) => w !== 'of' && w !== 'the'),
);

/**
 * A title the tagger left out, right before the name: office words, honorifics, countries and the
 * capitalized words of a long office name ("US President Trump", "North Korean leader Kim Jong-un",
 * "Chairman Comrade Kim Jong-un", "President of the Presidium of the Supreme People's Assembly of
 * North Korea Kim Yong-nam"). It must begin with an office word, an honorific or a country.
 */
export function findTitleBefore(st: LinkState, nameStart: number): { start: number; end: number } | undefined {
  const i = wordAt(st.words, nameStart);
  let j = i - 1;
  let right = nameStart;
  const taken: number[] = [];
  while (j >= 0) {
    const w = st.words[j];
    if (!w) break;
    const gap = st.text.slice(w.end, right);
    // "Brig. Gen. Pat Ryder": a rank's abbreviation keeps its dot.
    if (!/^[ \u00a0]+$/u.test(gap) && !(RANKS.has(w.text) && /^\.[ \u00a0]+$/u.test(gap))) break;
    const lw = w.text.toLowerCase();
    const ok = OFFICE_TOKENS.has(lw) || HONORIFICS.has(lw) || TITLE_MODIFIERS.has(lw) || /^\p{Lu}/u.test(w.text)
      // "to" joins "envoy to Pakistan", "for" "envoy for Syria", "in" "High Commissioner in
      // Islamabad": the place after it is where or what they serve, not their own.
      || ((lw === 'of' || lw === 'the') && taken.length > 0)
      // ... when a portfolio follows it, not just an honorific: in "spokesman for Mr Blair" the
      // spokesman is someone else.
      || ((lw === 'to' || lw === 'for' || lw === 'in') && taken.some((k) => !HONORIFICS.has(st.words[k]?.text.toLowerCase() ?? '')))
      // A portfolio's noun: "deputy foreign minister for Middle East affairs".
      || PORTFOLIO_NOUNS.has(lw);
    if (!ok) break;
    taken.push(j);
    right = w.start;
    j--;
  }
  if (taken.length === 0) return undefined;
  const first = taken[taken.length - 1] ?? i;
  const last = st.words[i - 1];
  if (!last) return undefined;
  for (let k = first; k < i; k++) {
    const w = st.words[k];
    if (!w) continue;
    const lw = w.text.toLowerCase();
    const starter = OFFICE_TOKENS.has(lw) || HONORIFICS.has(lw) || TITLE_MODIFIERS.has(lw) || (RANKS.has(w.text) && st.text[w.end] === '.') || countryStartsAt(st, k, last.end)
      || (bodyAt(st, k, last.end) && !(k > first && insideName(st, k) && partyOfAdjective(st, w.text) === undefined));
    // The title ends with its last word's abbreviation dot ("Gen.").
    if (starter) return { start: w.start, end: RANKS.has(last.text) && st.text[last.end] === '.' ? last.end + 1 : last.end };
  }
  return undefined;
}

/** A word of an office phrase ("councilor" of "state councilor", "minister"), in lower case. */
export function isOfficeToken(lower: string): boolean {
  return OFFICE_TOKENS.has(lower);
}

/**
 * Abbreviated ranks and styles printed with a dot before a name: "Brig. Gen.", "Lt. Col.", "Rep.".
 * Without the dot "Gen" may be a given name (Gen Nakatani).
 */
const RANKS: ReadonlySet<string> = new Set(['Gen', 'Brig', 'Lt', 'Col', 'Maj', 'Adm', 'Capt', 'Cmdr', 'Sgt', 'Rep', 'Sen', 'Gov']);

/** Lower-case nouns that close a portfolio in a title ("for Middle East affairs", "for trade issues"). */
const PORTFOLIO_NOUNS: ReadonlySet<string> = new Set(['affairs', 'issues', 'relations']);

/** Words that qualify an office in a title: "former", "acting", "deputy", "presidential" ("Ukrainian presidential adviser"). */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['former', 'ex', 'acting', 'interim', 'deputy', 'vice', 'outgoing', 'incoming', 'late', 'presidential']);

/** Places whose name before an office makes a title of the country they belong to. */
const SUBNATIONAL: ReadonlySet<string> = new Set(['state', 'territory']);

/** A body of a country beginning at word k ("Kremlin spokesman", "White House spokesman"). */
function bodyAt(st: LinkState, k: number, limit: number): boolean {
  for (let n = 1; n <= 3; n++) {
    const ws = st.words.slice(k, k + n);
    const first = ws[0];
    const lastW = ws[ws.length - 1];
    if (!first || !lastW || ws.length < n || lastW.end > limit || !/^\p{Lu}/u.test(first.text)) break;
    const printed = stripPossessive(st.text.slice(first.start, lastW.end));
    // A state or territory too: "Guam Gov. Eddie Calvo", "Texas Governor Greg Abbott".
    if (st.kb.lookup(nameKey(printed)).some((x) => (x.kind === 'org' || (x.kind === 'place' && SUBNATIONAL.has(x.placeKind)))
      && x.country !== undefined && printedAs(x, printed))) return true;
  }
  const w = st.words[k];
  return w !== undefined && w.end <= limit && partyOfAdjective(st, w.text) !== undefined;
}

/** A party adjective among the title's words ("Labour leader", "Democratic lawmaker"). */
function partyIn(st: LinkState, start: number, end: number): KbEntry | undefined {
  for (let i = wordAt(st.words, start); i < st.words.length && (st.words[i]?.end ?? end + 1) <= end; i++) {
    const party = partyOfAdjective(st, st.words[i]?.text ?? '');
    if (party) return party;
  }
  return undefined;
}

/** True when a country name or demonym begins at word k ("North Korean", "US", "Russia's"). */
function countryStartsAt(st: LinkState, k: number, limit: number): boolean {
  for (let n = 1; n <= 4; n++) {
    const ws = st.words.slice(k, k + n);
    const lastW = ws[ws.length - 1];
    if (!lastW || ws.length < n || lastW.end > limit) break;
    const key = nameKey(stripPossessive(st.text.slice(ws[0]?.start ?? 0, lastW.end)));
    if (countryOfKey(st, key)) return true;
    // "Indian-American": a compound of country words.
    if (n === 1 && countriesIn(st, lastW.start, lastW.end).length > 0) return true;
  }
  return false;
}

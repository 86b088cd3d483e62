/**
 * Datelines at the start of a story's first paragraph, in the major agencies' styles:
 *
 *   MOSCOW, June 14. /TASS/.            WASHINGTON (AP) —           LONDON (Reuters) -
 *   BEIJING, June 14 (Xinhua) --        PARIS (AFP) -               UNITED NATIONS, June 14 (Reuters) -
 *   SAN FRANCISCO, Calif. (AP) —        SALVADOR, Feb 26 -          Pyongyang, June 14 (KCNA) --
 *   TOKYO, March 16 Kyodo -             ANKARA (AA) -               NEW DELHI, May 3 (PTI) -
 *   New Delhi [India], May 3 (ANI):     MADRID, May 3 (EFE).-       Berlin (dpa) -
 *   (ANSA) - Rome, May 27 -             Caracas, Jan 23 (EFE).-     MOSCOW. Nov 24 (Interfax) -
 *
 * Read piece by piece with small anchored patterns (place, state, date, agency, separator), so no
 * pattern can backtrack over the paragraph. The dateline stays in the text; this finds its extent.
 */
import { agencyNamed, BARE_AGENCY_ALT } from './agencies.js';
import { MONTH_ALT, monthNumber } from './timestamp.js';
import { agencyZone, cityZone } from './zones.js';

export interface ParsedDateline {
  /** Title case ("Moscow", "United Nations"). */
  place: string;
  /** Month and day as printed, with the year when printed. */
  date?: { mo: number; d: number; y?: number; text: string };
  agency?: string;
  /** Length of the dateline from the paragraph's start, separator included, trailing space excluded. */
  length: number;
}


/**
 * A place: capitalized words, with the small words of place names between them ("Rio de Janeiro",
 * "Frankfurt am Main") and a slash inside one ("Frankfurt/Main", as dpa prints it).
 */
const PLACE = /^\p{Lu}[\p{L}'’.-]*(?:\/\p{Lu}[\p{L}'’.-]*)?(?: (?:(?:de|da|do|dos|das|del|la|le|les|du|des|al|el|es|of|am|an|der) )?\p{Lu}[\p{L}'’.-]*(?:\/\p{Lu}[\p{L}'’.-]*)?){0,4}/u;
const STATE = /^, (?:(?:\p{Lu}\.){2}|\p{Lu}[a-z]{1,5}\.)(?=[ ,(])/u;
/** A region or country after the place: "KYIV, Ukraine (AP) —", "COLUMBUS, Ohio, Feb 26 -", "COLUMBUS, IND., Feb 26 -". */
const REGION = /^, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}/u;
const DATE = new RegExp(`^(?:[,.] ?| )(?:(${MONTH_ALT})\\.? (\\d{1,2})|(\\d{1,2}) (${MONTH_ALT})\\.?)(?:,? (\\d{4}))?`, 'iu');
const SLASH_AGENCY = /^\.? ?\/(\p{L}[\p{L} .&-]{0,28})\/\.?/u;
// dpa writes its name in lower case: "BERLIN, May 3 (dpa) -".
const PAREN_AGENCY = /^,? ?\((\p{Lu}[\p{L}.&-]*(?: [\p{L}.&-]+){0,3}|dpa)\)/u;
// EFE closes its credit with a full stop: "MADRID, Aug 16 (EFE).- …".
const SEPARATOR = /^ ?\.?(?:[—–:-]|--)(?= |$)/u;
/** ANI's country in brackets after the place: "New Delhi [India], Feb 26 (ANI):". */
const BRACKET_REGION = /^ \[\p{Lu}[\p{L} ]{0,30}\]/u;
const LEADING_AGENCY = /^\((\p{Lu}[\p{L}.&-]*(?: [\p{L}.&-]+){0,3}|dpa)\) ?(?:[—–-]|--) (?=\p{Lu})/u;
/** A known agency credited without brackets, right before the separator: "TOKYO, March 16 Kyodo -". */
const BARE_AGENCY = new RegExp(`^,? (${BARE_AGENCY_ALT})(?= ?(?:[—–:-]|--)(?: |$))`, 'u');
const DOT_END = /^\.(?= \p{Lu})/u;

const HEAD_CHARS = 160;

/** Capitalized words that open wire copy as labels, not places. */
const LABELS = new Set([
  'NOTE', 'UPDATE', 'UPDATED', 'UPDATE 1', 'UPDATE 2', 'UPDATE 3', 'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'WATCH', 'ANALYSIS',
  'OPINION', 'EDITORIAL', 'COMMENT', 'CORRECTION', 'CORRECTED', 'FACTBOX', 'EXPLAINER', 'REFILE', 'URGENT', 'FLASH', 'ADVISORY',
  'PHOTO', 'PHOTOS', 'VIDEO', 'LIVE', 'FEATURE', 'INTERVIEW', 'REVIEW', 'SPECIAL REPORT', 'EDITOR', "EDITOR'S NOTE", 'EDS', 'ALERT',
]);

const SMALL_WORDS = new Set(['of', 'de', 'la', 'le', 'du', 'des', 'del', 'da', 'do', 'dos', 'and', 'on', 'upon', 'es', 'al', 'el']);

/** "UNITED NATIONS" -> "United Nations", "ST. PETERSBURG" -> "St. Petersburg", "RIO DE JANEIRO" -> "Rio de Janeiro". */
export function titleCase(place: string): string {
  return place.toLowerCase().split(' ').map((w, i) => {
    if (i > 0 && SMALL_WORDS.has(w)) return w;
    const cap = (p: string): string => (p ? p[0]!.toUpperCase() + p.slice(1) : p);
    return w.split('/').map((part) => part.split('-').map(cap).join('-')).join('/');
  }).join(' ');
}

/**
 * The dateline at the head of `paragraph`. With `given`, the source has said the text is a
 * dateline (Reuters-21578's <DATELINE>), so a mixed-case place and a bare date are enough.
 */
export function parseDateline(text: string, given = false): ParsedDateline | undefined {
  // "(ANSA) - ROME, JUL 14 - …": the credit first, then the dateline.
  const lead = given ? null : LEADING_AGENCY.exec(text);
  if (lead) {
    // The credit vouches for a mixed-case place after it ("(ANSA) - Rome, May 27 -").
    const inner = parseAfterCredit(text.slice(lead[0].length), 'head', agencyNamed(lead[1]!) !== undefined || agencyZone(lead[1]!) !== undefined);
    if (!inner) return undefined;
    return { ...inner, agency: inner.agency ?? lead[1]!, length: lead[0].length + inner.length };
  }
  return parseAfterCredit(text, given ? 'given' : 'head');
}

/**
 * A block that is a dateline and nothing else, printed on a line of its own above the story:
 * Anadolu's "ANKARA", or "NEW DELHI, Feb 26 (PTI)". A lone capitalized place must be a city we
 * know, since a capitalized line may as well be a heading.
 */
export function parseDatelineBlock(text: string): ParsedDateline | undefined {
  if (text.length > HEAD_CHARS) return undefined;
  return parseAfterCredit(text, 'block');
}

/**
 * `head`: a dateline opening a paragraph; `given`: the source says the text is a dateline;
 * `block`: the text is a whole block that may be one.
 */
type Where = 'head' | 'given' | 'block';

/** A sentence starts here: a capitalized word in lower case after its first letter ("The", "Turkey's"). */
const SENTENCE_START = /^ \p{Lu}\p{Ll}/u;

function parseAfterCredit(text: string, where: Where, creditedBefore = false): ParsedDateline | undefined {
  const given = where === 'given';
  // Datelines are short: look at the paragraph's head only, so the cost does not grow with the paragraph.
  const paragraph = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  const placeM = PLACE.exec(paragraph);
  if (!placeM) return undefined;
  // Wire datelines print the place in capitals: take the run of all-capital words. A mixed-case
  // place ("Pyongyang") is only accepted below when an agency credit confirms the dateline.
  const words = placeM[0].split(' ');
  const capsWords: string[] = [];
  for (const w of words) {
    if (w !== w.toUpperCase() || !/\p{Lu}/u.test(w)) break;
    capsWords.push(w);
  }
  const caps = capsWords.length > 0 && /\p{Lu}{2}/u.test(capsWords.join(' '));
  const place = (caps ? capsWords.join(' ') : words.join(' ')).replace(/[.'’-]+$/u, '');
  // A line opening with an agency's name ("KYODO NEWS - Mar 16, 2023") is a credit, never a place.
  if (agencyNamed(place)) return undefined;
  let pos = place.length;
  const rest = (): string => paragraph.slice(pos);

  // "Nov." looks like "Calif.": a month abbreviation starts the date, not a state.
  const bracket = BRACKET_REGION.exec(rest());
  if (bracket) pos += bracket[0].length;
  const stateM = STATE.exec(rest());
  if (stateM && !monthNumber(stateM[0].slice(2))) pos += stateM[0].length;
  // A region counts only when a date or an agency credit follows it (", June" is a date, not a region).
  const region = caps || given ? REGION.exec(rest()) : null;
  if (region && !monthNumber(region[0].slice(2).split(' ')[0]!)) {
    const after = paragraph.slice(pos + region[0].length);
    if (DATE.test(after) || PAREN_AGENCY.test(after.replace(/^,/u, ''))) pos += region[0].length;
  }

  let date: ParsedDateline['date'];
  const dm = DATE.exec(rest());
  if (dm) {
    const mo = monthNumber(dm[1] ?? dm[4] ?? '');
    const d = Number(dm[2] ?? dm[3]);
    if (mo && d >= 1 && d <= 31) {
      date = { mo, d, text: dm[0].replace(/^[,.]? ?/u, '') };
      if (dm[5]) date.y = Number(dm[5]);
      pos += dm[0].length;
    }
  }

  let agency: string | undefined;
  const am = SLASH_AGENCY.exec(rest()) ?? PAREN_AGENCY.exec(rest()) ?? BARE_AGENCY.exec(rest());
  if (am) {
    agency = am[1]!.trim();
    pos += am[0].length;
  }

  let separated = false;
  const sep = SEPARATOR.exec(rest());
  if (sep) {
    pos += sep[0].length;
    separated = true;
  } else if (date && !agency && DOT_END.exec(rest())) {
    pos += 1; // "MOSCOW, June 14. President …" (a TASS dateline without the agency credit)
    separated = true;
  }

  // "UPDATE: …", "EXCLUSIVE - …": a capitalized label with a separator is not a place.
  if (!given && !date && !agency && LABELS.has(place.toUpperCase())) return undefined;
  // A known city in capitals right before a sentence ("ANKARA The Turkish …", Anadolu's dateline
  // line joined to its paragraph), or alone on its line: nothing else prints a city so.
  const knownCity = caps && !agency && !separated && cityZone(titleCase(place)) !== undefined;
  const bareCity = knownCity && (where === 'block' ? !rest().trim() : where === 'head' && !date && SENTENCE_START.test(rest()));
  // A mixed-case place needs a credit: a date with it, or an agency we know ("Minister of Defence
  // (MoD) - …" is a title and an acronym, not a place and a credit).
  const credited = creditedBefore || Boolean(agency && (date || agencyNamed(agency) || agencyZone(agency)));
  const accepted = given ? Boolean(agency || date || separated)
    : caps ? Boolean(agency || separated || bareCity) : credited && Boolean(date || separated);
  if (!accepted) return undefined;
  if (where === 'block') {
    // The whole block is the dateline.
    if (rest().trim()) return undefined;
  } else if (!given && !/^\s+\S/u.test(rest())) {
    // The dateline must be followed by the story, not end the paragraph.
    return undefined;
  }
  const out: ParsedDateline = { place: titleCase(place), length: pos };
  if (date) out.date = date;
  if (agency) out.agency = agency;
  return out;
}

/**
 * The dateline's date as ISO when the year is known (printed, or taken from the publication date:
 * the year that puts the dateline closest to publication), otherwise as printed.
 */
export function datelineDate(date: NonNullable<ParsedDateline['date']>, publishedLocalDate?: string): string {
  const iso = (y: number): string => `${String(y).padStart(4, '0')}-${String(date.mo).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
  if (date.y) return iso(date.y);
  const m = publishedLocalDate ? /^(\d{4})-(\d{2})-(\d{2})/u.exec(publishedLocalDate) : null;
  if (!m) return date.text;
  const py = Number(m[1]);
  const pub = Date.UTC(py, Number(m[2]) - 1, Number(m[3]));
  let best = py;
  let bestGap = Infinity;
  for (const y of [py - 1, py, py + 1]) {
    const gap = Math.abs(Date.UTC(y, date.mo - 1, date.d) - pub);
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return iso(best);
}

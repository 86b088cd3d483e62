/**
 * Bylines and credit lines: whole blocks that say who wrote the story, for which outlet, or whose
 * picture sits beside it. None of them is article text, and the outlet a byline or credit names is
 * the article's source when no dateline names one:
 *
 *   By Jane Doe and John Roe                 byline (no outlet)
 *   By Jane Doe | Anadolu Agency             byline -> Anadolu
 *   By Jane Doe, BBC News, Nairobi           byline -> BBC News
 *   BBC News, Nairobi                        names and an outlet, comma-separated -> BBC News
 *   BBC News          Al Arabiya English     the outlet's name on a line of its own
 *   – AFP             (AFP)                  a sign-off or bracketed credit
 *   Source: Al Jazeera and news agencies     a source line -> Al Jazeera
 *   Al Arabiya with AFP                      a site's name and its sources -> Al Arabiya
 *   The Hindu Bureau                         an outlet's desk -> The Hindu
 *   jd/ab (AFP, Reuters)                     DW's editors' initials and the agencies it drew on -> DW
 *   Photo: AFP / Getty Images                a picture credit (names the photo's agency, not the story's)
 *   Image source, Reuters                    the same, as the BBC prints it
 *   … on Thursday. (AP Photo/Jane Doe)       a caption closed by its picture credit
 *
 * Every shape is a whole short block made of names: a sentence that mentions an agency ("…, Reuters
 * reported.") has lower-case words, a verb and a full stop, and is never one.
 */
import { agencyAtStart, agencyNamed } from './agencies.js';
import { isTopic } from './topics.js';

export interface Credit {
  /** The outlet the credit names as the story's source (short name, as agencies.ts gives it). */
  agency?: string;
  /** A credit for a picture: its agency is not the story's. */
  photo?: boolean;
}

/** Credit lines are short; a longer block is judged as text. */
const MAX_CREDIT_CHARS = 160;

/** A capitalized name word: "Jane", "O'Neill", "Al-Sayed", "J.", "DOE". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
/** Small words inside personal names ("Ursula von der Leyen", "Ahmed bin Ali", "Jan de Vries"). */
const NAME_PARTICLE = '(?:von|van|der|den|de|del|da|di|du|la|le|al|el|bin|ibn|bint|abu|ben)';
const PERSON = `${NAME_WORD}(?: (?:${NAME_PARTICLE} ){0,2}${NAME_WORD}){0,4}`;
/** "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, John Roe and Max Moe", "BY JANE DOE". */
const BY_NAMES = new RegExp(`^(?:[Bb]y|BY) (${PERSON}(?:(?:,| and| &) ${PERSON}){0,5})`, 'u');
/** Names alone on a line: "Jane Doe", "Jane Doe and John Roe" (at least two words: "Politics" is a label). */
const NAME_LINE = new RegExp(`^${PERSON}(?:(?:,| and| &) ${PERSON}){0,3}$`, 'u');
const MAX_NAME_LINE_CHARS = 80;

/**
 * A line of personal names and nothing else. Only the layout, beside a stamp at a page's head, takes
 * one for a byline: elsewhere a title-case line may be a subheading.
 */
export function isNameLine(text: string): boolean {
  return text.length <= MAX_NAME_LINE_CHARS && text.includes(' ') && NAME_LINE.test(text) && !agencyNamed(text)
    // "Middle East", "Hong Kong", "World, Asia": a section label of the same shape.
    && !isTopic(firstName(text));
}

/** The first name of a list of names ("Jane Doe" of "Jane Doe, Nairobi" or "Jane Doe and John Roe"). */
function firstName(text: string): string {
  return (text.split(/,| and | & | in (?=\p{Lu})/u)[0] ?? '').trim();
}

const PERSON_ONLY = new RegExp(`^${PERSON}$`, 'u');

/** A reporter's role on a line or field of its own: "Politics Correspondent", "Senior Africa editor", "Staff Writer". */
const ROLE_LINE = /^(?:[\p{L}'’&-]+ ){0,4}(?:correspondent|editor|reporter|writer|contributor|columnist|journalist|producer|bureau chief)s?$/iu;
const MAX_ROLE_CHARS = 60;

export function isRoleLine(text: string): boolean {
  return text.length <= MAX_ROLE_CHARS && ROLE_LINE.test(text);
}

/**
 * A header line's field naming who wrote the story, with an outlet, a place or a title after the
 * names: "By Jane Doe", "Jane Doe", "Jane Doe and John Roe", "Jane Doe, Nairobi", "Jane Doe in
 * Nairobi", "Jane Doe, Anadolu Agency". Without "By" the first name must have two words and be no
 * topic or place ("Middle East", "World") nor an outlet ("Anadolu Agency"): those are the line's
 * section or credit. Undefined when the field is not a byline.
 */
export function readAuthorField(text: string): Credit | undefined {
  if (text.length > MAX_CREDIT_CHARS) return undefined;
  if (isRoleLine(text)) return {};
  if (/^(?:[Bb]y|BY) /u.test(text)) return byline(text);
  const first = firstName(text);
  if (!first.includes(' ') || !PERSON_ONLY.test(first) || isTopic(first) || agencyNamed(first)) return undefined;
  return byline(`By ${text}`);
}

/** What may follow the names: the outlet and the place, as fields ("| Anadolu Agency", ", BBC News, Nairobi", "in Berlin"). */
const FIELD_SEPARATOR = / ?[|,·•] ?| [-–—/] | in (?=\p{Lu})/u;

/** "Photo: …", "Photos: …", "Picture: …", "Image: …", "Photo credit: …", "Image source, …" (the BBC's comma). */
const PHOTO_LABEL = /^(?:[Pp]hotos?|[Pp]ictures?|[Ii]mages?|[Ff]ile [Pp]hoto|[Pp]hoto ?[Cc]redits?|[Ii]mage [Cc]redits?|[Ii]mage [Ss]ource|[Ii]mage [Cc]aption|[Ff]oto|[Cc]redit)(?: ?:|,) ?\S/u;
/** Picture agencies that are no news outlet of ours. */
const PICTURE_AGENCIES = /^(?:Getty Images|Getty|AP Photo|EPA|EPA-EFE|picture alliance|picture-alliance|Shutterstock|Alamy|Anadolu Images|Sipa|Sipa USA|NurPhoto|SOPA Images|LightRocket|ZUMA Press|Zuma Wire|ABACA|Imago|dpa Picture-Alliance|Pool|Handout|File)$/iu;
/** DW's sign-off: editors' initials, then the agencies drawn on ("jd/ab (AFP, Reuters)", "kb/sms (dpa, AP)"). */
const INITIALS_WITH_SOURCES = /^[a-z]{1,5}(?:\/[a-z]{1,5}){1,3} \(([\p{L}, .&-]{2,80})\)$/u;
const BRACKETED_INITIALS = /^\([a-z]{1,5}(?:\/[a-z]{1,5}){1,3}\)$/u;
/** "Source: Al Jazeera and news agencies", "Sources: AFP, Reuters". A stamp in the line makes it the layout's header line. */
const SOURCE_LINE = /^[Ss]ources? ?: ?([^\d|]{2,80})(?<![.!?])$/u;
/** A sign-off or a bracketed credit that is nothing but the outlet: "– AFP", "— Reuters", "(AFP)", "[Reuters]". */
const BARE_SIGN_OFF = /^(?:[-–—]{1,2} ?([^()[\]]{2,40})|[([]([^()[\]]{2,40})[)\]])$/u;

/** The outlet a field names ("Anadolu Agency" -> Anadolu, "Al Arabiya English" -> Al Arabiya). */
function outletOf(field: string): string | undefined {
  const t = field.trim();
  // "The Hindu" is the outlet's name; "the BBC", "for Reuters" put a word before it.
  return agencyNamed(t) ?? agencyNamed(t.replace(/^(?:for|of|the) /iu, ''));
}

/** An outlet's staff or desk credited as a whole: "Al Jazeera Staff", "Reuters Staff", "AFP News Desk", "The Hindu Bureau". */
const STAFF = / (?:[Ss]taff(?: [Ww]riters?| [Rr]eporters?)?|[Nn]ews [Dd]esk|[Dd]esk|[Tt]eam|[Cc]orrespondents?|[Rr]eporters?|[Bb]ureau)$/u;

function staffOutlet(name: string): string | undefined {
  const m = STAFF.exec(name);
  return m ? outletOf(name.slice(0, m.index)) : undefined;
}

/** An outlet closing a run of names, as a byline hard-wrapped onto one line prints it ("Jane Doe Anadolu Agency"). */
function outletAtEnd(names: string): string | undefined {
  const words = names.trim().split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const hit = agencyNamed(words.slice(-n).join(' '));
    if (hit) return hit;
  }
  return undefined;
}

/** "By …" with only names, an outlet and a place after it; undefined when the block is not a byline. */
function byline(text: string): Credit | undefined {
  const m = BY_NAMES.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length).replace(/^\.$/u, '');
  const out: Credit = {};
  // The names may have swallowed the outlet ("By Jane Doe and BBC News"): an outlet among the names counts.
  for (const name of m[1]!.split(/,| and | & /u)) out.agency ??= outletOf(name) ?? staffOutlet(name.trim()) ?? outletAtEnd(name);
  if (!rest) return out;
  // After the names only fields of capitalized words: an outlet, a place, a title ("Senior Correspondent").
  const fields = rest.split(FIELD_SEPARATOR);
  if (fields[0] !== '') return undefined;
  for (const f of fields.slice(1)) {
    const t = f.trim();
    if (!t) continue;
    if (!new RegExp(`^${PERSON}$`, 'u').test(t) && !/^\p{Lu}[\p{L}'’ .&-]{0,40}$/u.test(t)) return undefined;
    out.agency ??= outletOf(t);
  }
  return out;
}

/** A line of a few comma-separated names, one of them an outlet: "BBC News, Nairobi", "Political editor, BBC News", "Jane Doe, Reuters". */
const MAX_FIELDS_LINE_CHARS = 80;

function outletAmongFields(text: string): string | undefined {
  if (text.length > MAX_FIELDS_LINE_CHARS || !text.includes(',')) return undefined;
  const fields = text.split(/ ?, ?/u);
  if (fields.length > 4) return undefined;
  let outlet: string | undefined;
  for (const f of fields) {
    if (!/^\p{Lu}[\p{L}'’ .&-]{0,40}$/u.test(f)) return undefined;
    outlet ??= agencyNamed(f);
  }
  return outlet;
}

/** "Photo: AFP / Getty Images", "Jane Doe/Reuters", "AFP via Getty Images": names joined by slashes or "via". */
function photoCredit(text: string): boolean {
  if (PHOTO_LABEL.test(text)) return true;
  if (text.length > 80 || /[.!?]$/u.test(text)) return false;
  const pieces = text.split(/ ?\/ ?| via /u);
  if (pieces.length < 2) return false;
  let named = false;
  for (const p of pieces) {
    const t = p.trim();
    if (!/^\p{Lu}[\p{L}'’ .&-]{0,40}$/u.test(t) && !PICTURE_AGENCIES.test(t)) return false;
    if (PICTURE_AGENCIES.test(t) || agencyNamed(t)) named = true;
  }
  return named;
}

/** Wire services a site credits beside its own name, unnamed: "Al Jazeera and news agencies". */
const UNNAMED_SOURCES = /^(?:(?:news|wire) )?(?:agencies|services|wires|wire services)$/iu;
const MAX_SOURCES_CHARS = 80;

/**
 * A site's own name with the sources it drew on, as a credit line of its own: "Al Jazeera and news
 * agencies", "Al Arabiya with AFP", "Al Jazeera, Reuters and AFP". Every piece is an outlet we know or
 * "news agencies"; the first is the story's source.
 */
function outletWithSources(text: string): string | undefined {
  if (text.length > MAX_SOURCES_CHARS) return undefined;
  const pieces = text.split(/, | and | with | & /u).map((p) => p.trim());
  if (pieces.length < 2) return undefined;
  const first = outletOf(pieces[0]!);
  if (!first) return undefined;
  return pieces.slice(1).every((p) => UNNAMED_SOURCES.test(p) || agencyNamed(p) !== undefined) ? first : undefined;
}

/** "© France 24", "ALL RIGHTS RESERVED © Copyright ANSA", "Copyright © 2020 AFP. All rights reserved.": the outlet alone. */
const COPYRIGHT_WORDS = /(?:all rights reserved|copyright|©|\(c\)|\b(?:19|20)\d{2}\b)[.,]?/giu;
const MAX_COPYRIGHT_CHARS = 80;

/** The outlet a copyright line names, when it names nothing else; the line is chrome either way. */
export function copyrightOutlet(text: string): string | undefined {
  if (text.length > MAX_COPYRIGHT_CHARS || !/©|\(c\)|copyright/iu.test(text)) return undefined;
  const rest = text.replace(COPYRIGHT_WORDS, ' ').replace(/[\s.,]+/gu, ' ').trim();
  return rest ? outletOf(rest) : undefined;
}

/** The first outlet a list names ("AFP, Reuters" -> AFP, "Al Jazeera and news agencies" -> Al Jazeera). */
function firstOutlet(list: string): string | undefined {
  for (const piece of list.split(/,| and | & |\//u)) {
    const hit = agencyAtStart(piece.trim());
    if (hit && hit.length === piece.trim().length) return hit.agency;
  }
  return undefined;
}

/**
 * A picture's caption closed by its credit, as agencies print it under a photo: "… in Kyiv on
 * Thursday. (AP Photo/Jane Doe, File)", "… November 7, 2024. REUTERS/Jane Doe/File Photo",
 * "… (Photo by Jane Doe/AFP via Getty Images)". No story sentence ends so.
 */
const CAPTION_CREDIT = /(?:\((?:AP|AFP|EPA|Xinhua) Photo\/[^()]{1,80}\)|\(Photo by [^()]{1,80}\)|\bREUTERS\/[\p{L} .'’-]{1,60}(?:\/(?:File Photo|Pool|Handout))?)\.?$/u;
const MAX_CAPTION_CHARS = 500;

/** The block as a byline or credit line, or undefined when it is anything else (story text above all). */
export function readCredit(text: string): Credit | undefined {
  if (text.length <= MAX_CAPTION_CHARS && (text.includes('Photo') || text.includes('REUTERS/')) && CAPTION_CREDIT.test(text)) return { photo: true };
  if (text.length > MAX_CREDIT_CHARS) return undefined;
  const by = byline(text);
  if (by) return by;
  if (photoCredit(text)) return { photo: true };
  const alone = outletOf(text) ?? staffOutlet(text) ?? outletWithSources(text);
  if (alone) return { agency: alone };
  const listed = outletAmongFields(text);
  if (listed) return { agency: listed };
  const sign = BARE_SIGN_OFF.exec(text);
  if (sign) {
    const agency = outletOf(sign[1] ?? sign[2]!);
    if (agency) return { agency };
  }
  const src = SOURCE_LINE.exec(text);
  if (src) {
    const agency = firstOutlet(src[1]!);
    // "Source: news agencies" names no outlet; it is still a credit line.
    return agency ? { agency } : {};
  }
  const dw = INITIALS_WITH_SOURCES.exec(text);
  if (dw) {
    // Agencies we do not list may stand beside known ones ("(Reuters, AFP, KNA)"), each a short name.
    const sources = dw[1]!.split(/, ?/u).map((a) => a.trim());
    if (sources.some((a) => agencyNamed(a) !== undefined) && sources.every((a) => /^\p{L}[\p{L}.&-]{1,15}$/u.test(a))) return { agency: 'DW' };
  }
  // Editors' initials in brackets, alone on the last line ("(jd/ab)").
  if (BRACKETED_INITIALS.test(text)) return {};
  return undefined;
}

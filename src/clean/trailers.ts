/**
 * Wire sign-offs and credits at the end of a story: "Jane Doe contributed to this report.",
 * "Associated Press writers … contributed.", "(Reporting by …; Editing by …)", "Compiled by …",
 * Yonhap's "(END)", Xinhua's "Enditem" and "(Editor: …)", "-- END --", "/// nnnn", AFP's desk
 * codes ("bur-jd/rl"). A credit is a block of its own or the tail of the last paragraph; in the
 * tail only the credit is cut, so the paragraph's own words stay.
 *
 * Each shape is specific enough not to match story text: "contributed" counts only with "to this
 * report" or after an agency's staff title; "Writing by" only before a capitalized name.
 */
import { agencyAtStart, agencyNamed } from './agencies.js';

/** Credits can be long (a dozen reporters and cities); story paragraphs are judged elsewhere. */
const MAX_TRAILER_CHARS = 600;

/** Words a sign-off is made of, once punctuation is gone: "-- END --", "(END)", "/// nnnn", "Enditem". */
const END_WORDS = new Set(['end', 'ends', 'enditem', 'endall', 'nnnn', 'end nnnn', 'enditem nnnn']);

/** Sign-off markers are short ("-- END --", "/// nnnn"). */
const MAX_END_CHARS = 24;

/** "(Reporting by …)", "Editing by …", "Additional reporting by …", "Compiled by …", DW's "Edited by: …". */
const CREDIT = /^\(?(?:[Aa]dditional |[Ff]urther |[Ss]taff )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ee]dited|[Pp]roduced|[Tt]ranslated|[Tt]ranslation|[Rr]esearch|[Gg]raphics|[Ff]act-checking|[Vv]ideo)(?: and (?:[Ee]diting|[Ww]riting|[Rr]eporting|[Ee]dited))? by:? (?:the |our )?\p{Lu}/u;
const REPORT_CREDIT = /\bcontributed (?:reporting )?to (?:this|the) (?:report|story|article|coverage)\.?$/u;
const CONTRIBUTED = /\bcontributed(?: reporting)?(?: from [\p{L} ,.'’-]{1,60})?\.?$/u;
/** A staff title after an agency's name: "Associated Press writers", "AP correspondent", "Reuters reporters". */
const STAFF_TITLE = /^(?:(?:[Ss]enior|[Cc]hief|[Vv]ideo|[Ss]taff|[Bb]usiness|[Dd]iplomatic|[Ee]conomics) )?(?:writers?|reporters?|correspondents?|journalists?|photographers?|videographers?|staff|researchers?|editors?)\b/u;
/** "(Editor: Li Jia)", "[Editor: huaxia]", "(Editors: …)". */
const EDITOR = /^[([] ?[Ee]ditors? ?: ?[^()[\]]{1,60}[)\]]$/u;
/** AFP's closing desk code: "bur-jd/rl", "sct/ach", "jm/kir". */
const DESK_CODE = /^[a-z]{2,5}(?:[-/][a-z]{2,5}){1,5}$/u;
/** Pointers to more coverage: "Follow AP's coverage of …", "Find more of AP’s coverage at …". */
const MORE_COVERAGE = /^(?:[Ff]ollow|[Ff]ind more of|[Ff]ind|[Ss]ee more of|[Rr]ead more of|[Mm]ore of) (?:the )?\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3}['’]s (?:(?:full|latest|complete|ongoing) )?coverage\b/u;
/** "Follow Jane M. Doe on Twitter: @janedoe", "Follow us on X". */
const FOLLOW = /^[Ff]ollow (?:\S+ ){1,5}(?:on|at|via) (?:[Tt]witter|X|[Ff]acebook|[Tt]elegram|[Ii]nstagram|[Tt]hreads|[Bb]luesky|[Mm]astodon|[Ll]inked[Ii]n|[Yy]ou[Tt]ube|[Tt]ik[Tt]ok|https?:\/\/|@)/u;
/** "Copyright 2020 The Associated Press. All rights reserved. This material may not be published …". */
const COPYRIGHT = /^(?:[Cc]opyright|COPYRIGHT|©|\([Cc]\))/u;
const RIGHTS = /\brights reserved\b|\bmay not be (?:published|reproduced|redistributed)\b/iu;

/** Reuters' standards footer and newsletter pitches that end "Sign up here." */
const SITE_FOOTER = /^(?:Our Standards:|The Thomson Reuters Trust Principles|Anadolu Agency website contains only a portion)/u;
const MAX_FOOTER_CHARS = 400;
/** CGTN's and Global Times' credits: "(With input from Xinhua)", The Hindu's "(With inputs from PTI)", "(Cover image via VCG)", "(Cover: …)". */
const BRACKETED_CREDIT = /^\((?:[Ww]ith inputs? from|[Ww]ith (?:agency|wire|PTI|IANS|ANI) input|[Ss]ource:|(?:[Cc]over|[Tt]op|[Mm]ain)(?: image| photo)?(?::| via))[^()]{1,200}\)$/u;
/** The same credit unbracketed on a line of its own: "With inputs from PTI", "With agency inputs". */
const INPUTS_LINE = /^[Ww]ith (?:inputs? from (?:agencies|\p{Lu}[\p{L}.&'’-]*(?:(?:,|,? and| &)? \p{Lu}[\p{L}.&'’-]*){0,5})|(?:agency|wire) inputs)\.?$/u;
const SIGN_UP = /\bSign up here\.?$/u;
/** A reporter's address on a line of its own (Yonhap's "jane@yna.co.kr"). */
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
/** Desk codes after an agency's name in a sign-off: "PTI KR RDK", "IANS abc/xyz". */
const SIGN_OFF_CODES = /^(?:[ ,/-]{1,3}(?:[A-Z]{2,4}|[a-z]{2,5}\/[a-z]{2,5}))*$/u;
const SIGN_OFF_MAX_CHARS = 40;

function endKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** "Associated Press writers A in Kyiv and B contributed." : an agency's staff, then "contributed". */
function isStaffContribution(text: string): boolean {
  if (!CONTRIBUTED.test(text)) return false;
  const t = text.replace(/^The /u, '');
  const agency = agencyAtStart(t);
  if (!agency) return false;
  return STAFF_TITLE.test(t.slice(agency.length).trimStart());
}

/** One sentence (initials such as "M." aside). */
function isOneSentence(text: string): boolean {
  return !/[.!?]\s/u.test(text.replace(/\b(?:\p{Lu}\.)+\s/gu, ''));
}

/** "Jane Doe contributed to this report.", "Associated Press writer Jane Doe contributed." */
function isContribution(text: string): boolean {
  // Every paragraph passes through here: the plain substring test spares the patterns.
  if (!text.includes('contributed')) return false;
  return (REPORT_CREDIT.test(text) && isOneSentence(text)) || isStaffContribution(text);
}

/** How far back a contribution line joined to the last paragraph may start. */
const MAX_JOINED_CREDIT_CHARS = 300;

/**
 * Where a contribution line joined to the paragraph before it starts ("… said. Jane Doe
 * contributed to this report."), or -1. The earliest sentence start that makes the rest one
 * contribution sentence: the rest is then the credit and nothing of the story.
 */
function joinedContribution(text: string): number {
  if (!text.endsWith('.') || !text.includes('contributed', text.length - MAX_JOINED_CREDIT_CHARS)) return -1;
  const from = Math.max(0, text.length - MAX_JOINED_CREDIT_CHARS);
  for (let i = text.indexOf('. ', from); i !== -1; i = text.indexOf('. ', i + 1)) {
    const rest = text.slice(i + 2);
    if (/^\p{Lu}/u.test(rest) && isContribution(rest)) return i + 1;
  }
  return -1;
}

/** A whole block that is a sign-off, credit or copyright line. */
export function isTrailer(text: string): boolean {
  if (text.length > MAX_TRAILER_CHARS) return false;
  // Nothing but punctuation: "___", "***", "///".
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  if (text.length <= MAX_END_CHARS && END_WORDS.has(endKey(text))) return true;
  if (EDITOR.test(text) || DESK_CODE.test(text)) return true;
  // A credit line lists names without a closing full stop ("Reporting by A; Editing by B"), or is
  // bracketed; "Reporting by the Times found that …." is a sentence of the story.
  if (CREDIT.test(text) && (text.startsWith('(') || !/[.!?]$/u.test(text) || text.includes(';'))) return true;
  if (isContribution(text)) return true;
  if (MORE_COVERAGE.test(text) || FOLLOW.test(text)) return true;
  if (COPYRIGHT.test(text) && RIGHTS.test(text)) return true;
  if (text.length <= MAX_FOOTER_CHARS && (SITE_FOOTER.test(text) || (text.includes('Sign up here') && SIGN_UP.test(text)))) return true;
  if (BRACKETED_CREDIT.test(text) || INPUTS_LINE.test(text)) return true;
  if (EMAIL.test(text)) return true;
  return false;
}

/**
 * A sign-off of the agency's name ("==Kyodo", "-- IANS", "PTI KR RDK"). Only at a story's end: at
 * its head a bare agency name is a credit the layout may read.
 */
export function isAgencySignOff(text: string): boolean {
  if (text.length > SIGN_OFF_MAX_CHARS) return false;
  const t = text.replace(/^[-=/\s]+/u, '');
  const agency = agencyAtStart(t);
  return agency !== undefined && SIGN_OFF_CODES.test(t.slice(agency.length));
}

/** Links on a copied Reuters page keep the screen-reader note: "said in a statement, opens new tab." */
const LINK_NOTE = /,? opens new tab\b/gu;

/** The block without link notes ("…, opens new tab"). */
export function dropLinkNotes(text: string): string {
  return text.includes('opens new tab') ? text.replace(LINK_NOTE, '') : text;
}

/** A credit in brackets closing a paragraph: "(Reporting by …; Editing by …)", "(END)", "(Editor: …)", "(With input from Xinhua)". */
const BRACKETED_TAIL = /^[([](?:END|[Ww]ith inputs? from [^()]{1,80}|[Ww]ith (?:agency|wire|PTI|IANS|ANI) inputs|[Ee]ditors? ?: ?[^()[\]]{1,60}|(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ee]dited|[Pp]roduced) by (?:the |our )?\p{Lu}[^()]{0,400})[)\]]$/u;
/** A sign-off closing a paragraph: "… next week. Enditem", "… -- END --", "… /// nnnn", "… ==Kyodo", AFP's "… bur-jd/rl". */
const WORD_TAIL = /(?:[ .](?:Enditem|ENDITEM|nnnn|NNNN)|[ .]-- ?END ?--|[ .]\/{2,} ?(?:nnnn|NNNN)?|[ .]==? ?Kyodo|\. [a-z]{2,5}(?:-[a-z]{2,5})?\/[a-z]{2,5})$/u;

/**
 * An agency's name signing off after the last sentence: "… said. – AFP", "… said. (Reuters)", and
 * PTI's name with its desk's initials ("… officials said. PTI SKU RT").
 */
const AGENCY_TAIL = /[.!?"”’](?: ?(?:[–—]|--) ?(\p{L}[\p{L} .&-]{1,30})| ?\((\p{L}[\p{L} .&-]{1,30})\)| (\p{Lu}{2,8})(?: [A-Z]{2,4}){1,4})$/u;
const MAX_AGENCY_TAIL_CHARS = 40;

/**
 * Where an agency's sign-off after the paragraph's last sentence starts, and the agency
 * ("… officials said. – AFP" -> AFP); undefined when the paragraph ends otherwise.
 */
export function agencyTail(text: string): { at: number; agency: string } | undefined {
  const from = Math.max(0, text.length - MAX_AGENCY_TAIL_CHARS);
  const m = AGENCY_TAIL.exec(text.slice(from));
  if (!m) return undefined;
  const agency = agencyNamed((m[1] ?? m[2] ?? m[3]!).trim());
  return agency ? { at: from + m.index + 1, agency } : undefined;
}

/** A copyright notice after the last sentence: "… said. © 2020 AFP". */
const COPYRIGHT_TAIL = /^© ?(?:\d{4} )?[\p{L}.&'’ -]{1,40}\.?$/u;

/**
 * The block without a sign-off or bracketed credit at its end ("… said on Monday. (END)" ->
 * "… said on Monday."). A block that is nothing but one is left for `isTrailer`.
 */
export function cutTrailer(text: string): string {
  let out = text;
  for (let round = 0; round < 3; round++) {
    let cut = out.length;
    const open = Math.max(out.lastIndexOf('('), out.lastIndexOf('['));
    const joined = joinedContribution(out);
    const copy = out.lastIndexOf('©');
    if (open > 0 && BRACKETED_TAIL.test(out.slice(open))) cut = open;
    else if (joined > 0) cut = joined;
    else if (copy > 1 && /[.!?"”]\s$/u.test(out.slice(copy - 2, copy)) && COPYRIGHT_TAIL.test(out.slice(copy))) cut = copy;
    else {
      // The sign-off words are short: look at the block's last characters only.
      const from = Math.max(0, out.length - 24);
      const w = WORD_TAIL.exec(out.slice(from));
      if (w) cut = from + w.index + (w[0].startsWith('.') ? 1 : 0);
    }
    const kept = out.slice(0, cut).trimEnd();
    // Keep the block when the credit is all there is; a trailing credit needs words before it.
    if (cut === out.length || !/\p{L}/u.test(kept)) break;
    out = kept;
  }
  return out;
}

/**
 * The CAMEO-style code of an official the KB does not know, read from the words that describe them
 * (a title before the name or an apposition after it), as PETRARCH's agents read a title: the
 * body's own code ("Pentagon spokesman": USAMIL), a police office word (COP), a military office
 * word (MIL), a legislator (LEG),
 * else the government (GOV); a former holder is an elite (ELI).
 */

/** Members of a legislature in a title ("British lawmaker", "Senator"): the legislature's code. */
export const LEGISLATIVE_TITLE = /\b(?:lawmaker|legislator|senator|congress(?:wo)?man|parliamentarian|MP)\b/iu;

/** Office words of the armed forces in a title ("army chief", "General", "defence attaché"). */
export const MILITARY_TITLE = /\b(?:general|gen|admiral|adm|colonel|col|commander|army|navy|air force|military|marshal|defen[cs]e ministry|chief of staff|brigadier|brig|major)\b/iu;

/** Office words of the police in a title ("police chief", "Kenyan police commander"). */
const POLICE_TITLE = /\bpolice\b/iu;

/** The speaker of a parliament. */
const SPEAKER = /\bspeaker\b/iu;

/** "former", "ex-": someone who held the office once. */
const FORMER = /\b(?:former|ex)\b/iu;

/**
 * The code for an official of `country` described by `words`. `bodyCode` is the code of the body
 * the words name, when that body is the country's ("Pentagon": USAMIL; "NATO": IGONAT).
 */
export function officialCode(country: string, words: string, bodyCode?: string): string {
  if (FORMER.test(words)) return `${country}ELI`;
  // The presiding officer of a legislature acts for the state (the KB's rule for LEG offices).
  if (SPEAKER.test(words)) return `${country}GOV`;
  const own = bodyCode && ((bodyCode.startsWith(country) && bodyCode.length === 6) || bodyCode === `IGO${country}`) ? bodyCode : undefined;
  // A party's lawmaker ("Republican senator") sits in the legislature: LEG, not the party's code.
  const partyMember = own?.endsWith('PTY') && LEGISLATIVE_TITLE.test(words);
  if (own && !partyMember) return own;
  if (POLICE_TITLE.test(words)) return `${country}COP`;
  if (MILITARY_TITLE.test(words)) return `${country}MIL`;
  return LEGISLATIVE_TITLE.test(words) ? `${country}LEG` : `${country}GOV`;
}

/**
 * News agencies and sites by the names they print on header lines ("KYODO NEWS - Mar 16, 2023",
 * "Source: Xinhua") and in datelines ("TOKYO, March 16 Kyodo -"). Known names are what lets the
 * cleaner tell an agency credit from a place or a section: an agency is never a dateline place.
 */

/**
 * Printed names (several spellings each). The first is the name the record gives: the outlet's usual
 * name ("Anadolu Agency", "Al Jazeera", "The Hindu"); a dateline's credit is kept as printed ("(AA)").
 */
const AGENCIES: ReadonlyArray<readonly string[]> = [
  ['Reuters', 'Thomson Reuters'],
  ['AP', 'Associated Press', 'The Associated Press'],
  ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  ['Xinhua', 'Xinhua News Agency', 'Xinhuanet', 'Xinhua Net'],
  ['Kyodo', 'Kyodo News'],
  ['Yonhap', 'Yonhap News Agency', 'Yonhap News'],
  ['KCNA', 'Korean Central News Agency'],
  ['TASS', 'ITAR-TASS'],
  ['RIA Novosti', 'RIA'],
  ['Interfax'],
  ['Sputnik'],
  ['Anadolu Agency', 'Anadolu', 'Anadolu Ajansi', 'AA'],
  ['IRNA', 'Islamic Republic News Agency'],
  ['PTI', 'Press Trust of India'],
  ['ANI', 'Asian News International'],
  ['IANS'],
  ['dpa', 'Deutsche Presse-Agentur'],
  ['EFE', 'Agencia EFE'],
  ['ANSA'],
  ['CGTN'],
  ['China Daily'],
  ['Global Times'],
  ['Al Jazeera', 'Al Jazeera English'],
  ['Al Arabiya', 'Al Arabiya English', 'Alarabiya'],
  // The BBC signs its stories "BBC News" ("By Jane Doe, BBC News, Nairobi").
  ['BBC News', 'BBC', 'BBC World Service'],
  ['DW', 'Deutsche Welle', 'DW News'],
  ['France 24', 'FRANCE 24'],
  // Sites that sign their own stories (a byline "The Hindu Bureau", a credit "© Arab News").
  ['The Hindu'],
  // TNN (Times News Network) is how the Times of India credits its own staff.
  ['Times of India', 'The Times of India', 'TOI', 'TNN'],
  ['Hindustan Times'],
  ['Arab News'],
  ['Press TV'],
  ['The Straits Times', 'Straits Times'],
  ['UN News'],
  ['CNN'],
  ['VOA', 'Voice of America'],
  ['UPI', 'United Press International'],
  ['Bloomberg'],
  ['Jiji', 'Jiji Press'],
  ['NHK', 'NHK World'],
  ['Bernama'],
  ['Antara'],
  ['PAP'],
  ['MENA'],
  ['SANA'],
  ['WAFA'],
  ['KUNA'],
  ['WAM'],
  ['QNA'],
  ['Ukrinform'],
  ['BelTA'],
  ['Tasnim'],
  ['Fars'],
  ['Mehr'],
];

/** Short all-capital names ("AP", "AA", "PAP") only count in capitals: "Ap" or "aa" is no credit. */
function caseMatters(name: string): boolean {
  return name.length <= 4 && name === name.toUpperCase();
}

const BY_KEY = new Map<string, { short: string; printed: string }>();
for (const names of AGENCIES) for (const n of names) BY_KEY.set(n.toLowerCase(), { short: names[0]!, printed: n });

/** The agency's usual short name when `text` is exactly one of its printed names ("KYODO NEWS" -> "Kyodo"). */
export function agencyNamed(text: string): string | undefined {
  const t = text.trim();
  const known = BY_KEY.get(t.toLowerCase());
  if (!known || (caseMatters(known.printed) && t !== known.printed)) return undefined;
  return known.short;
}

/**
 * An agency name opening `text` as whole words ("KYODO NEWS Politics" -> Kyodo, 10 characters).
 * Tries the longest prefix of up to four words first, so "Kyodo News" wins over "Kyodo".
 */
export function agencyAtStart(text: string): { agency: string; length: number } | undefined {
  const words = text.split(' ', 4);
  for (let n = words.length; n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const agency = agencyNamed(head);
    if (agency) return { agency, length: head.length };
  }
  return undefined;
}

/** Printed names for a bare credit inside a dateline ("TOKYO, March 16 Kyodo -"), as a pattern alternative. */
export const BARE_AGENCY_ALT = AGENCIES.flat()
  .filter((n) => n.length >= 3 && !/^(?:RIA|AA|Fars|Mehr|WAM)$/u.test(n))
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
  .join('|');

/**
 * Parties, coalitions, legislatures and seats of power by the words of their names, in whatever
 * language the article keeps them: "Pakatan Harapan", "Parti Keadilan Rakyat", "Partido Popular",
 * "Bundestag", "Quirinale". A tagger trained on English news takes many for people or places; the
 * words say they are bodies.
 */

/** Words that make a name of two words or more a party or coalition. */
const PARTY_WORDS: ReadonlySet<string> = new Set([
  'parti', 'partai', 'partido', 'partito', 'partei', 'partij', 'partia', 'partiya', 'partidul', 'party',
  'barisan', 'pakatan', 'perikatan', 'gerakan', 'front', 'frente', 'fronte', 'movement', 'movimento',
  'movimiento', 'mouvement', 'alliance', 'alianza', 'alleanza', 'coalition', 'coalición', 'bloc', 'bloque',
  'congress', 'congreso', 'league', 'lega', 'liga', 'unión', 'union',
]);

/**
 * Party words not English: a name holding one is a body even where a place was read ("Parti
 * Amanah Negara"); the English ones are not ("Western Front", "Soviet Union").
 */
const FOREIGN_PARTY_WORDS: ReadonlySet<string> = new Set([
  'parti', 'partai', 'partido', 'partito', 'partei', 'partij', 'partia', 'partiya', 'partidul',
  'barisan', 'pakatan', 'perikatan', 'gerakan', 'frente', 'fronte', 'movimento', 'movimiento', 'mouvement',
]);

/** Legislatures and seats of government named in their own language; a body even as one word. */
const SEAT_WORDS: ReadonlySet<string> = new Set([
  'bundestag', 'bundesrat', 'nationalrat', 'duma', 'knesset', 'majlis', 'mejlis', 'sejm', 'rada', 'riksdag',
  'storting', 'stortinget', 'folketing', 'folketinget', 'eduskunta', 'althing', 'alþingi', 'sabor', 'seimas',
  'saeima', 'riigikogu', 'oireachtas', 'dáil', 'dail', 'seanad', 'sobranie', 'skupstina', 'skupština',
  'jirga', 'khural', 'hluttaw', 'sabha', 'sangsad', 'dewan', 'cortes', 'verkhovna', 'quirinale', 'quirinal',
  'élysée', 'elysee', 'bundeskanzleramt',
]);

function lowerWords(words: readonly string[]): string[] {
  return words.map((w) => w.toLowerCase());
}

/** A legislature or seat of government by its own word ("Bundestag", "Lok Sabha", "Quirinale"). */
export function isSeatName(words: readonly string[]): boolean {
  return lowerWords(words).some((w) => SEAT_WORDS.has(w));
}

/**
 * A party or coalition by a word of its name: any party word for a name read as a person or left
 * untyped ("Pakatan Harapan", "Democratic Action Party"); a foreign one also for a place.
 */
export function isPartyName(words: readonly string[], readAsPlace: boolean): boolean {
  if (words.length < 2) return false;
  const lower = lowerWords(words);
  return lower.some((w) => (readAsPlace ? FOREIGN_PARTY_WORDS : PARTY_WORDS).has(w));
}

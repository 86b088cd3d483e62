/**
 * Common nouns that are also surnames of people in the news, printed capitalized at the head of a
 * compound: "Trump card", "Brown rice", "Bush fire". With the compound's noun right after it and no
 * other sign of the person (a title, a possessive), the word is no mention of anyone. The list is
 * of English compounds only; a leader's name followed by another noun ("Trump administration")
 * stays the person's.
 */
const COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['trump', new Set(['card'])],
  ['brown', new Set(['rice', 'sugar', 'bread', 'paper', 'bear', 'coal', 'envelope', 'belt'])],
  ['bush', new Set(['fire', 'meat', 'pilot'])],
  ['rice', new Set(['paper', 'field', 'bowl', 'wine', 'farmer', 'crop', 'harvest'])],
  ['price', new Set(['tag', 'cap', 'war', 'hike', 'index'])],
  ['major', new Set(['league'])],
  ['lamb', new Set(['chop'])],
  ['hunt', new Set(['saboteur'])],
  ['cash', new Set(['flow', 'crunch', 'machine'])],
  ['king', new Set(['size', 'prawn'])],
]);

/** A word's lowercase key followed, after one space, by its compound's noun (singular or plural). */
export function isCompoundNoun(text: string, key: string, end: number): boolean {
  const nouns = COMPOUNDS.get(key);
  if (!nouns || text[end] !== ' ') return false;
  const m = /^\p{Ll}+/u.exec(text.slice(end + 1, end + 20));
  if (!m) return false;
  const noun = m[0];
  return nouns.has(noun) || (noun.endsWith('s') && nouns.has(noun.slice(0, -1)));
}

/**
 * The country of a body the KB does not know, from its own name. The owner a name gives after
 * "of" comes first ("Office of the Central Commission for Foreign Affairs", "... of the State
 * Council": China's); a country named as the subject of the body's work is not its owner ("Taiwan
 * Affairs Office", "Hong Kong and Macao Affairs Office" are Chinese); else a country word in the
 * name ("Indian Army").
 */
import { nameKey } from '../../kb/index.js';
import type { LinkState } from './state.js';
import { countriesIn } from './titles.js';

/** A country's affairs handled by the body: "Taiwan Affairs", "Hong Kong and Macao Affairs". */
const AFFAIRS_OF = /\p{Lu}[\p{L}.]*(?: (?:and )?\p{Lu}[\p{L}.]*)* Affairs\b/u;

function ownerCountry(st: LinkState, start: number, end: number): string | undefined {
  const text = st.text.slice(start, end);
  const of = / of (?:the )?/u.exec(text);
  if (!of) return undefined;
  const from = start + of.index + of[0].length;
  const inOwner = countriesIn(st, from, end)[0];
  if (inOwner) return inOwner;
  const owner = st.kb.lookup(nameKey(st.text.slice(from, end))).find((e) => e.kind === 'org' && e.country && st.kb.country(e.country));
  return owner?.country;
}

export function orgCountry(st: LinkState, start: number, end: number): string | undefined {
  const owner = ownerCountry(st, start, end);
  if (owner) return owner;
  const affairs = AFFAIRS_OF.exec(st.text.slice(start, end));
  if (!affairs) return countriesIn(st, start, end)[0];
  const a = start + affairs.index;
  return countriesIn(st, start, a)[0] ?? countriesIn(st, a + affairs[0].length, end)[0];
}

/**
 * The country of a body the KB does not know, from its own name. The owner a name gives after
 * "of" comes first ("Office of the Central Commission for Foreign Affairs", "... of the State
 * Council": China's); a country named as the subject of the body's work is not its owner ("Taiwan
 * Affairs Office", "Hong Kong and Macao Affairs Office" are Chinese; the "Bureau of Indian Affairs"
 * is not India's); else a country word in the name ("Indian Army", "Russian International
 * Affairs Council"); else a short name two states share, as bodies use it ("Korea").
 */
import { nameKey } from '../../kb/index.js';
import type { LinkState } from './state.js';
import { countriesIn, countryOfKey } from './titles.js';
import { wordAt } from './words.js';

/** Spans of "<country words> Affairs" in [start, end): the country is what the body deals with. */
function affairsSpans(st: LinkState, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = wordAt(st.words, start); i < st.words.length; i++) {
    const w = st.words[i];
    if (!w || w.end > end) break;
    if (w.text !== 'Affairs') continue;
    // Back over country words and "and": "Hong Kong and Macao Affairs".
    let from = w.start;
    for (let k = i - 1; k >= 0; k--) {
      const p = st.words[k];
      if (!p || p.start < start) break;
      const prev = st.words[k - 1];
      if (p.text === 'and' || countriesIn(st, p.start, p.end).length > 0) from = p.start;
      // A country of two words ("Hong Kong"): both go.
      else if (prev && prev.start >= start && countryOfKey(st, nameKey(st.text.slice(prev.start, p.end)))) { from = prev.start; k--; }
      else break;
    }
    if (from < w.start) out.push([from, w.end]);
  }
  return out;
}

/** Countries in [start, end) outside the given spans. */
function countriesOutside(st: LinkState, start: number, end: number, masked: ReadonlyArray<[number, number]>): string[] {
  const out: string[] = [];
  let at = start;
  for (const [a, b] of [...masked].sort((x, y) => x[0] - y[0])) {
    if (a > at) out.push(...countriesIn(st, at, a));
    at = Math.max(at, b);
  }
  if (at < end) out.push(...countriesIn(st, at, end));
  return out;
}

/**
 * A short name two states share, as it stands in a body's own name: "Korea" is South Korea's
 * ("Bank of Korea", "Korea Meteorological Administration"; the North's bodies say "DPRK" or
 * "Korean"). Alone it is no country ("Korea's liberation" in 1945 is the whole peninsula).
 */
const IN_BODY_NAMES: ReadonlyMap<string, string> = new Map([['Korea', 'KOR']]);

function sharedShortName(st: LinkState, start: number, end: number): string | undefined {
  for (let i = wordAt(st.words, start); i < st.words.length; i++) {
    const w = st.words[i];
    if (!w || w.end > end) break;
    const prev = st.words[i - 1];
    // "North Korea", "South Korea" name their state already.
    if (prev && prev.start >= start && /^(?:North|South)$/u.test(prev.text)) continue;
    // "Korea Affairs Desk": the affairs a body handles are never its owner.
    if (st.words[i + 1]?.text === 'Affairs') continue;
    const iso = IN_BODY_NAMES.get(w.text.replace(/['’]s$/u, ''));
    if (iso) return iso;
  }
  return undefined;
}

export function orgCountry(st: LinkState, start: number, end: number): string | undefined {
  const masked = affairsSpans(st, start, end);
  const text = st.text.slice(start, end);
  const of = / of (?:the )?/u.exec(text);
  if (of) {
    const from = start + of.index + of[0].length;
    const inOwner = countriesOutside(st, from, end, masked)[0];
    if (inOwner) return inOwner;
    const owner = st.kb.lookup(nameKey(st.text.slice(from, end))).find((e) => e.kind === 'org' && e.country && st.kb.country(e.country));
    if (owner?.country) return owner.country;
  }
  return countriesOutside(st, start, end, masked)[0] ?? sharedShortName(st, start, end);
}

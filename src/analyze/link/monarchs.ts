/**
 * Monarchs named by a style and their given name: "King Felipe", "Queen Margrethe", "Emir Tamim",
 * "Sultan Haitham". The KB names them by regnal name ("Felipe VI", "Salman of Saudi Arabia",
 * "Tamim bin Hamad Al Thani"); the style and the first word of that name are the one who reigned
 * on the article's date. Two reigning namesakes (King Abdullah of Jordan and of Saudi Arabia until
 * 2015) are told apart by the countries the article names, else left alone.
 */
import { nameKey, termsAt, type KnowledgeBase, type PersonEntry, type Term } from '../../kb/index.js';
import type { LinkState } from './state.js';

/** A style that names a reigning monarch, as the title's last words ("King", "Grand Duke"). */
const STYLE = /(?:^|\s)(King|Queen|Emperor|Empress|Sultan|Emir|Amir|Grand Duke|Grand Duchess|Prince)$/u;
/** Words before the style that make it another person's: the heir, a consort, one no longer reigning. */
const NOT_REIGNING = /\b(?:crown|former|late|ex|deposed|exiled|abdicated|dowager|mother|consort)\b/iu;
/** The offices a monarch holds, as the KB words them. */
const MONARCH_OFFICE = /\b(?:King|Queen|Monarch|Emperor|Empress|Sultan|Emir|Amir|Grand Duke|Grand Duchess|Prince|Yang di-Pertuan Agong)\b/u;
/** Which offices answer to a style: "Queen" and "King" to any crown ("Monarch of Spain"), the others to their own word. */
const STYLE_OFFICE: Readonly<Record<string, RegExp>> = {
  King: /\b(?:King|Monarch)\b/u, Queen: /\b(?:Queen|Monarch)\b/u, Emperor: /\bEmperor\b/u, Empress: /\bEmpress\b/u,
  Sultan: /\b(?:Sultan|Yang di-Pertuan Agong)\b/u, Emir: /\b(?:Emir|Amir)\b/u, Amir: /\b(?:Emir|Amir)\b/u,
  'Grand Duke': /\bGrand Duke\b/u, 'Grand Duchess': /\bGrand Duchess\b/u, Prince: /\bPrince\b/u,
};

const byGiven = new WeakMap<KnowledgeBase, Map<string, PersonEntry[]>>();

/**
 * The keys a style goes with: the first word of each of a monarch's names ("Felipe VI" and "Salman
 * of Saudi Arabia" give "felipe" and "salman") and the regnal name without its realm ("muhammad v").
 */
function givenKeys(p: PersonEntry): Set<string> {
  const keys = new Set<string>();
  for (const n of [p.name, ...p.aliases]) {
    // An alias that opens with a style ("King Salman", "Sultan Muhammad V") goes on after it.
    const words = n.split(/\s+/u);
    const first = words[0] ?? '';
    const rest = STYLE.test(first) || first === 'Tuanku' ? words.slice(1) : words;
    const given = rest[0];
    if (given && /^\p{Lu}/u.test(given)) keys.add(nameKey(given));
    // The regnal name without its realm: "Muhammad V" of "Muhammad V of Kelantan".
    const regnal = rest.join(' ').replace(/ of .*$/u, '');
    if (regnal.includes(' ')) keys.add(nameKey(regnal));
  }
  return keys;
}

function monarchsByGiven(kb: KnowledgeBase): Map<string, PersonEntry[]> {
  let m = byGiven.get(kb);
  if (m) return m;
  m = new Map();
  for (const p of kb.people) {
    if (!p.terms.some((t) => t.kinds.includes('HOS') && MONARCH_OFFICE.test(t.office))) continue;
    for (const k of givenKeys(p)) {
      const list = m.get(k) ?? [];
      list.push(p);
      m.set(k, list);
    }
  }
  byGiven.set(kb, m);
  return m;
}

/** The style the title ends with, unless a word in it makes someone else of it ("Crown Prince"). */
export function monarchStyle(title: string): string | undefined {
  const m = STYLE.exec(title.trim());
  return m?.[1] && !NOT_REIGNING.test(title) ? m[1] : undefined;
}

/**
 * The monarch reigning on the article's date whom `style` and the given name `key` name, if exactly
 * one fits (after the countries the title names, then the country the article names most).
 */
export function reigningMonarch(st: LinkState, style: string, key: string, titleCountries: readonly string[] = []): PersonEntry | undefined {
  const date = st.date;
  const office = STYLE_OFFICE[style];
  if (!date || !office) return undefined;
  const reign = (p: PersonEntry): Term | undefined => termsAt(p, date).find((t) => t.kinds.includes('HOS') && office.test(t.office));
  let fits = (monarchsByGiven(st.kb).get(key) ?? []).filter((p) => reign(p));
  if (titleCountries.length > 0) fits = fits.filter((p) => termsAt(p, date).some((t) => titleCountries.includes(t.country)));
  if (fits.length <= 1) return fits[0];
  const weight = (p: PersonEntry): number => Math.max(...termsAt(p, date).map((t) => st.countries.get(t.country) ?? 0));
  const ranked = fits.map((p) => ({ p, w: weight(p) })).sort((a, b) => b.w - a.w);
  return ranked[0] && ranked[0].w > (ranked[1]?.w ?? 0) ? ranked[0].p : undefined;
}

/** A style printed right before `start`, capitalized and on its own ("Sultan " of "Sultan Muhammad V"). */
const STYLE_BEFORE = /(?:^|\P{L})(King|Queen|Emperor|Empress|Sultan|Emir|Amir|Grand Duke|Grand Duchess|Prince) $/u;

/** The word before a style that makes it another's: "Crown Prince", "former King". */
const NOT_REIGNING_BEFORE = /\b(?:crown|former|late|ex|deposed|exiled|dowager)[\s-]+$/iu;

export function styleBefore(text: string, start: number): { style: string; start: number } | undefined {
  const window = text.slice(Math.max(0, start - 32), start);
  const m = STYLE_BEFORE.exec(window);
  const style = m?.[1];
  if (!style || NOT_REIGNING_BEFORE.test(window.slice(0, window.length - style.length - 1))) return undefined;
  return { style, start: start - style.length - 1 };
}

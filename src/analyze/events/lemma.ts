/**
 * Lemmas for matching patterns: irregular forms from a table, regular ones by trying the usual
 * endings (-s, -es, -ies, -ed, -d, -ied, -ing, doubled consonants) against a vocabulary, so
 * "planned" is "plan" only because "plan" is a word the dictionary knows.
 */
const IRREGULAR: Readonly<Record<string, string>> = {
  am: 'be', is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be', "'s": 'be', "'re": 'be',
  has: 'have', had: 'have', having: 'have', does: 'do', did: 'do', done: 'do',
  met: 'meet', held: 'hold', gave: 'give', given: 'give', took: 'take', taken: 'take', sent: 'send',
  made: 'make', said: 'say', told: 'tell', brought: 'bring', began: 'begin', begun: 'begin',
  fought: 'fight', struck: 'strike', stricken: 'strike', shot: 'shoot', withdrew: 'withdraw', withdrawn: 'withdraw',
  drew: 'draw', drawn: 'draw', threw: 'throw', thrown: 'throw', sought: 'seek', led: 'lead', fled: 'flee',
  left: 'leave', kept: 'keep', won: 'win', lost: 'lose', stood: 'stand', spoke: 'speak', spoken: 'speak',
  broke: 'break', broken: 'break', chose: 'choose', chosen: 'choose', rose: 'rise', risen: 'rise',
  wrote: 'write', written: 'write', got: 'get', gotten: 'get', ran: 'run', saw: 'see', seen: 'see',
  came: 'come', became: 'become', upheld: 'uphold', dealt: 'deal', paid: 'pay', laid: 'lay', sold: 'sell',
  blew: 'blow', blown: 'blow', swore: 'swear', sworn: 'swear', forbade: 'forbid', forbidden: 'forbid',
  overthrew: 'overthrow', overthrown: 'overthrow', beaten: 'beat', went: 'go', gone: 'go', flew: 'fly', flown: 'fly',
  undertook: 'undertake', undertaken: 'undertake', overtook: 'overtake', retook: 'retake', retaken: 'retake',
  froze: 'freeze', frozen: 'freeze', slew: 'slay', slain: 'slay',
  hid: 'hide', hidden: 'hide', bore: 'bear', borne: 'bear', shook: 'shake', shaken: 'shake', lent: 'lend',
  meant: 'mean', felt: 'feel', heard: 'hear', found: 'find', thought: 'think', bought: 'buy', caught: 'catch',
  wo: 'will', ca: 'can', "'ll": 'will', "n't": 'not',
};

/** Plural nouns the patterns name as they are ("hold talks", "impose sanctions"). */
const PLURALS: ReadonlySet<string> = new Set([
  'talks', 'news', 'arms', 'forces', 'relations', 'sanctions', 'negotiations', 'contacts', 'consultations',
  'discussions', 'ties', 'troops', 'demands', 'restrictions', 'exercises', 'games', 'stones', 'rallies', 'bombs',
  'strikes', 'airstrikes', 'attacks', 'diplomats', 'inspectors', 'observers', 'concessions', 'signatures',
  'measures', 'borders', 'roads', 'streets', 'patrols', 'hackers', 'supplies', 'investigations', 'weapons',
  'rockets', 'missiles', 'blockades', 'dollars',
]);

const CURLY_QUOTES = /[’‘]/g;

/** Lower case, curly apostrophes straight. */
function normalized(word: string): string {
  const lc = word.toLowerCase();
  return lc.includes('’') || lc.includes('‘') ? lc.replace(CURLY_QUOTES, "'") : lc;
}

/** Lemmas by vocabulary, keyed by the word as written (nouns) and as written with a `v:` prefix (verbs). */
const caches = new WeakMap<ReadonlySet<string>, { noun: Map<string, string>; verb: Map<string, string> }>();

function candidates(w: string): string[] {
  const out: string[] = [];
  const n = w.length;
  if (w.endsWith('ies') && n > 4) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ied') && n > 4) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es') && n > 3) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss') && n > 3) out.push(w.slice(0, -1));
  if (w.endsWith('ed') && n > 3) {
    const stem = w.slice(0, -2);
    out.push(stem, `${stem}e`);
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
    out.push(w.slice(0, -1));
  }
  if (w.endsWith('ing') && n > 4) {
    const stem = w.slice(0, -3);
    out.push(stem, `${stem}e`);
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
  }
  return out;
}

/** The lemma of a word: itself when known or unchanged, else the first known candidate. */
// The last vocabulary's caches, so the usual run of calls with one dictionary skips the WeakMap.
let lastVocabulary: ReadonlySet<string> | undefined;
let lastByKind: { noun: Map<string, string>; verb: Map<string, string> } | undefined;

export function lemmaOf(word: string, vocabulary: ReadonlySet<string>, verb = false): string {
  let byKind = vocabulary === lastVocabulary ? lastByKind : caches.get(vocabulary);
  if (!byKind) { byKind = { noun: new Map(), verb: new Map() }; caches.set(vocabulary, byKind); }
  lastVocabulary = vocabulary;
  lastByKind = byKind;
  // Every candidate ending (-s, -d, -g) ends in one of three letters: a word ending in another
  // ASCII character is its irregular form or itself, read without the cache (a look-up in a large
  // map costs more than this). (`| 0x20` lowercases an ASCII letter; lowercasing keeps an ASCII last letter last.)
  const last = word.charCodeAt(word.length - 1);
  const end = last | 0x20;
  if (last < 0x80 && end !== 0x73 && end !== 0x64 && end !== 0x67) {
    const w = normalized(word);
    return Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w]! : w;
  }
  // Keyed by the word as written, so a hit lowercases and builds nothing.
  const cache = verb ? byKind.verb : byKind.noun;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const w = normalized(word);
  // Own keys only: "constructor" or "toString" in a text must not find Object's methods.
  let out = Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w] : undefined;
  if (out === undefined && !verb && PLURALS.has(w)) out = w;
  if (out === undefined) {
    if (vocabulary.has(w)) out = w;
    else out = candidates(w).find((c) => vocabulary.has(c)) ?? w;
  }
  if (cache.size < 50_000) cache.set(word, out);
  return out;
}

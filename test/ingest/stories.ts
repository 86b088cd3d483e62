/** Tiny original wire stories for ingest tests, and a generator of many distinct ones. */
import { seededRandom } from '../../src/random.js';

export const STORY_A = `Port city to close two old piers for winter repairs

HARBOURTON, March 3 (Reuters) - The harbour authority of Harbourton said on Monday it would close two of its oldest piers for repairs lasting most of the winter, diverting ferry traffic to a temporary terminal south of the old town.

Officials said an inspection in September had found corroded supports beneath the wooden decks. No injuries have been reported.

Ferry operators warned that crossings could take up to twenty minutes longer while the temporary terminal is in use.
`;

export const STORY_B = `Valley apple growers expect smallest harvest in a decade

RIVERTON, Oct 12 (AP) — Apple growers in the river valley expect their smallest harvest in ten years after a late frost in April destroyed blossoms across hundreds of hectares, the regional farmers union said on Thursday.

The union asked the agriculture ministry for emergency support, saying many family farms had already borrowed heavily to replace ageing trees.

Wholesale prices have risen by nearly a third since the summer, traders said.
`;

export const STORY_C = `Norland and Sudmark settle maritime border dispute

NORHAVEN, May 14 (AFP) - The foreign ministers of Norland and Sudmark signed a treaty on Friday settling a maritime border dispute that had strained relations between the two neighbours for more than forty years.

Fishing fleets from both countries will share access to the contested waters, and a joint commission will meet twice a year to set catch limits.

"This treaty shows that patient diplomacy works," Norland's foreign minister Ada Lind told reporters.
`;

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'dun', 'pel', 'sor', 'ith', 'gar', 'neb', 'ul', 'fey', 'quo', 'zan'];

/** A seeded generator, so generated corpora are the same on every run. */
export const prng = seededRandom;

/** A made-up vocabulary of `n` words: random texts over it share almost no 5-word shingles. */
export function vocabulary(n: number, rand: () => number): string[] {
  const words = new Set<string>();
  while (words.size < n) {
    const k = 1 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < k; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

/** A distinct wire-text story: a headline, a dateline, and a few paragraphs of made-up words. */
export function syntheticStory(i: number, vocab: readonly string[], rand: () => number): string {
  const pick = (): string => vocab[Math.floor(rand() * vocab.length)] ?? 'ka';
  const sentence = (n: number): string => {
    const ws = Array.from({ length: n }, pick);
    const first = ws[0] ?? 'ka';
    ws[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${ws.join(' ')}.`;
  };
  const paragraphs = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => sentence(8 + Math.floor(rand() * 8))).join(' '));
  return `Story ${i}: ${sentence(6)}\n\nKALDOR, June 5 (Reuters) - ${paragraphs.join('\n\n')}\n`;
}

/** A clock time followed by its zone ("16:10 Moscow time", "3 p.m. GMT") takes the zone into its span. */
import type { Refiner } from '../candidate.js';

const ZONE_AFTER = /^\s+\(?(?:(?:[A-Z][a-z]+\s+){1,2}time|local\s+time|GMT|UTC|[ECMP][SD]T|MSK|CET|CEST|BST|JST|KST)\b\)?/u;

export const zoneSuffixRefiner: Refiner = {
  name: 'zone-suffix',
  refine(cands, { text }) {
    for (const c of cands) {
      if (c.type !== 'TIME' || !/T\d\d:\d\d/u.test(c.value)) continue;
      const m = ZONE_AFTER.exec(text.slice(c.end, c.end + 40));
      if (m) c.end += m[0].length - (m[0].endsWith(')') && !m[0].includes('(') ? 1 : 0);
    }
    return cands;
  },
};

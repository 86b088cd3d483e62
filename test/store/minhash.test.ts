import { describe, expect, it } from 'vitest';
import { BANDS, HASHES, MIN_SHINGLES, fingerprint, jaccard, minhash, rememberFingerprint, shingles } from '../../src/store/minhash.js';
import { HARBOUR, ORCHARD, TREATY, record } from './records.js';

function agreement(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

describe('shingles and MinHash', () => {
  it('ignores case and punctuation, and counts distinct 5-word shingles', () => {
    const a = shingles('The talks, which lasted four hours, ended late.');
    const b = shingles('the talks which lasted four hours ended late');
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(a.length).toBe(4); // 8 words -> 4 shingles
    expect(shingles('one two').length).toBe(1);
    expect(shingles('').length).toBe(0);
  });

  it('estimates resemblance: agreement of signatures tracks exact Jaccard', () => {
    const base = [...HARBOUR, ...ORCHARD].join(' ');
    const edited = base.replace('Monday', 'Tuesday').replace('twenty', '20').replace('smallest', 'poorest');
    const unrelated = TREATY.join(' ');
    const [s1, s2, s3] = [shingles(base), shingles(edited), shingles(unrelated)];
    const j12 = jaccard(s1, s2);
    expect(j12).toBeGreaterThan(0.8);
    expect(j12).toBeLessThan(1);
    expect(Math.abs(agreement(minhash(s1), minhash(s2)) - j12)).toBeLessThan(0.15);
    expect(jaccard(s1, s3)).toBeLessThan(0.05);
    expect(agreement(minhash(s1), minhash(s3))).toBeLessThan(0.2);
    expect(minhash(s1)).toHaveLength(HASHES);
  });

  it('fingerprints the body, not the headline, and skips texts too short to compare', () => {
    const a = fingerprint(record('One headline', HARBOUR));
    const b = fingerprint(record('A completely different headline for the same story', HARBOUR));
    expect(a.bands).toEqual(b.bands);
    expect(a.bands).toHaveLength(BANDS);
    expect(Number.isSafeInteger(a.bands[0])).toBe(true);
    const short = fingerprint(record('Brief', ['Talks resumed today.']));
    expect(short.shingles.length).toBeLessThan(MIN_SHINGLES);
    expect(short.bands).toEqual([]);
  });

  it('returns a fingerprint computed ahead (by an analysis thread) for that record only while its text stands', () => {
    const r = record('One headline', HARBOUR);
    const ahead = { shingles: new Uint32Array([1, 2, 3]), bands: [] };
    rememberFingerprint(r, ahead);
    expect(fingerprint(r)).toBe(ahead);
    // Another object with the same text is not the record the fingerprint was noted for.
    expect(fingerprint({ text: r.text, parts: r.parts })).not.toBe(ahead);
    r.text = TREATY.join(' ');
    r.parts = [{ kind: 'paragraph', start: 0, end: r.text.length }];
    expect(fingerprint(r)).not.toBe(ahead);
    expect(fingerprint(r).bands).toEqual(fingerprint({ text: r.text, parts: r.parts }).bands);
  });
});

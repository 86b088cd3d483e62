import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../src/store/sqlite/fts-query.js';

describe('toFtsQuery', () => {
  it('quotes every word and joins them with AND', () => {
    expect(toFtsQuery('putin kim')).toBe('"putin" AND "kim"');
  });
  it('keeps phrases, prefixes, OR and NOT', () => {
    expect(toFtsQuery('"foreign minister" OR chancellor')).toBe('"foreign minister" OR "chancellor"');
    expect(toFtsQuery('sanction* NOT iran')).toBe('"sanction" * NOT "iran"');
  });
  it('turns hyphenated and dotted words into phrases and drops bare punctuation', () => {
    expect(toFtsQuery('Kim Jong-un')).toBe('"Kim" AND "Jong un"');
    expect(toFtsQuery('U.S. -- talks')).toBe('"U S" AND "talks"');
  });
  it('has nothing to search for in punctuation or lone operators', () => {
    expect(toFtsQuery('')).toBeUndefined();
    expect(toFtsQuery('--- ((( "')).toBeUndefined();
    expect(toFtsQuery('OR NOT')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { docOf } from './helpers.js';

// Original prose written for these tests.
describe('entities: titles joined by "for"', () => {
  it('keeps a lower-case office "for" its field whole', () => {
    const doc = docOf(['paragraph', 'The deputy secretary for foreign affairs Lee Min-jun told reporters the talks went well.']);
    expect(doc.names.find((n) => n.text === 'Lee Min-jun')?.title?.text).toBe('deputy secretary for foreign affairs');
  });

  it('does not join an office to another person’s title', () => {
    const doc = docOf(['paragraph', 'She worked as an adviser for U.S. President Joe Biden until last year.']);
    expect(doc.names.find((n) => n.text === 'Joe Biden')?.title?.text).toBe('U.S. President');
  });
});

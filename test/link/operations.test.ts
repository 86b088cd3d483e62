/**
 * A military operation by its code name ("Operation Peace Spring") is, like an election, the
 * story's country's when the article makes that clear.
 */
import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

const ctx = { reference: '2019-10-17T10:00:00Z' };

// Original prose written for these tests.
describe('link: a named military operation', () => {
  it('is the country the story is about', () => {
    const text = 'Turkey launched Operation Harvest Moon on Monday. Turkey said the operation would last weeks, and Turkey\'s troops crossed at dawn.';
    const doc = linked(text, [['Operation Harvest Moon', 'EVENT'], ['Turkey', 'PLACE']], ctx);
    expect(entityWith(doc, 'Operation Harvest Moon')?.country).toBe('TUR');
  });

  it('is no country when the story names several alike', () => {
    const text = 'Operation Harvest Moon began as Turkey and Syria traded fire.';
    const doc = linked(text, [['Operation Harvest Moon', 'EVENT'], ['Turkey', 'PLACE'], ['Syria', 'PLACE']], ctx);
    expect(entityWith(doc, 'Operation Harvest Moon')?.country).toBeUndefined();
  });
});

/**
 * Companies that make political news are KB bodies of their headquarters' country, also when the
 * article prints their legal form ("Boeing Co."); "Facebook" and its owner "Meta" are two names.
 */
import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

const ctx = { reference: '2021-02-01T10:00:00Z' };

// Original prose written for these tests.
describe('link: companies', () => {
  it.each([
    ['The junta blocked Facebook on Thursday.', 'Facebook', 'Facebook', 'USA'],
    ['He announced the decision on Twitter.', 'Twitter', 'Twitter', 'USA'],
    ['ByteDance said it would appeal the ban.', 'ByteDance', 'ByteDance', 'CHN'],
    ['Shares of Boeing Co. fell 2 percent.', 'Boeing Co.', 'Boeing', 'USA'],
    ['Gazprom cut deliveries through the pipeline.', 'Gazprom', 'Gazprom', 'RUS'],
  ])('%s', (text, mention, name, country) => {
    const doc = linked(text, [[mention, 'ORG']], ctx);
    const e = entityWith(doc, mention);
    expect(e?.name).toBe(name);
    expect(e?.country).toBe(country);
  });

  it('takes a legal form only after a company the KB knows', () => {
    const doc = linked('Shares of Brightwater Co. fell 2 percent.', [['Brightwater Co.', 'ORG']], ctx);
    expect(entityWith(doc, 'Brightwater Co.')?.kb).toBeUndefined();
  });
});

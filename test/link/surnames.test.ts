import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

// Original prose written for these tests.

describe('link: surnames', () => {
  it('"William Lai" is "Lai" again, never "William"', () => {
    const text = 'Taiwan President William Lai toured a factory. Lai said exports would grow. A worker, William, agreed.';
    const doc = linked(text, [['William Lai', 'PERSON'], ['Lai', 'PERSON'], ['William', 'PERSON'], ['Taiwan', 'PLACE']], { reference: '2024-10-10T09:00:00Z' });
    const lai = entityWith(doc, 'Taiwan President William Lai');
    expect(entityWith(doc, 'Lai', text.indexOf('Lai said'))).toBe(lai);
    expect(entityWith(doc, 'William', text.indexOf('William,'))).not.toBe(lai);
  });

  it('"Lai Ching-te" is "Lai" again', () => {
    const text = 'Lai Ching-te spoke in Taipei. Lai later met investors.';
    const doc = linked(text, [['Lai Ching-te', 'PERSON'], ['Lai', 'PERSON'], ['Taipei', 'PLACE']], { reference: '2024-10-10T09:00:00Z' });
    expect(entityWith(doc, 'Lai', text.indexOf('Lai later'))?.name).toBe('Lai Ching-te');
  });

  it('a surname two KB people share goes to the one the article names in full', () => {
    const ctx = { reference: '2022-03-10T09:00:00Z' };
    const yi = linked('Chinese Foreign Minister Wang Yi met envoys in Beijing. Wang said talks must go on.', [['Wang Yi', 'PERSON'], ['Wang', 'PERSON'], ['Beijing', 'PLACE']], ctx);
    expect(entityWith(yi, 'Wang', yi.article.text.indexOf('Wang said'))?.name).toBe('Wang Yi');
    const wenbin = linked('Spokesman Wang Wenbin spoke in Beijing on Monday. Wang said talks must go on.', [['Wang Wenbin', 'PERSON'], ['Wang', 'PERSON'], ['Beijing', 'PLACE']], ctx);
    expect(entityWith(wenbin, 'Wang', wenbin.article.text.indexOf('Wang said'))?.name).toBe('Wang Wenbin');
  });

  it('a shared surname alone names nobody in the KB', () => {
    const ctx = { reference: '2022-03-10T09:00:00Z' };
    const wang = linked('Officials in Beijing met on Monday. Wang said talks must go on.', [['Wang', 'PERSON'], ['Beijing', 'PLACE']], ctx);
    expect(entityWith(wang, 'Wang')?.kb).toBeUndefined();
    const sullivan = linked('Officials in Washington met on Monday. Sullivan said talks must go on.', [['Sullivan', 'PERSON'], ['Washington', 'PLACE']], ctx);
    expect(entityWith(sullivan, 'Sullivan')?.kb).toBeUndefined();
    const jake = linked('Jake Sullivan arrived in Rome. Sullivan said talks must go on.', [['Jake Sullivan', 'PERSON'], ['Sullivan', 'PERSON'], ['Rome', 'PLACE']], ctx);
    expect(entityWith(jake, 'Sullivan', jake.article.text.indexOf('Sullivan said'))?.name).toBe('Jake Sullivan');
  });
});

import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

// Original prose written for these tests.

const d2019 = { reference: '2019-03-12T09:00:00Z' };
const d2025 = { reference: '2025-03-12T09:00:00Z' };

describe('link: "the president" is never a vice president, nor "the premier" a vice premier', () => {
  it('a Vice President named in the article is not "the president"', () => {
    const text = 'U.S. Vice President Mike Pence landed in Seoul on Tuesday. The American president will follow next week.';
    const doc = linked(text, [['Mike Pence', 'PERSON'], ['Seoul', 'PLACE']], d2019);
    expect(entityWith(doc, 'The American president')?.name).toBe('Donald Trump');
    expect(entityWith(doc, 'U.S. Vice President Mike Pence')?.mentions.map((m) => m.text)).not.toContain('The American president');
  });

  it('"the vice president" is the Vice President named before, or the KB\'s one holder', () => {
    const named = linked('Vice President Mike Pence met troops in Texas. The vice president then flew home.', [['Mike Pence', 'PERSON'], ['Texas', 'PLACE']], d2019);
    expect(entityWith(named, 'The vice president')?.name).toBe('Mike Pence');
    const kb = linked('The U.S. vice president is expected in Warsaw on Friday, officials said.', [['Warsaw', 'PLACE']], d2019);
    expect(entityWith(kb, 'The U.S. vice president')?.name).toBe('Mike Pence');
  });

  it('China\'s several vice premiers leave "the Chinese vice premier" open; "the Chinese premier" is the premier', () => {
    const vp = linked('The Chinese vice premier will visit Berlin next month.', [['Berlin', 'PLACE']], d2025);
    expect(entityWith(vp, 'The Chinese vice premier')).toBeUndefined();
    const p = linked('Vice Premier He Lifeng met bankers in Beijing. The Chinese premier spoke later.', [['He Lifeng', 'PERSON'], ['Beijing', 'PLACE']], d2025);
    expect(entityWith(p, 'The Chinese premier')?.name).toBe('Li Qiang');
  });

  it('"the prime minister" is not the Deputy Prime Minister the article names', () => {
    const text = 'British Deputy Prime Minister Oliver Dowden visited Kyiv on Monday. The prime minister praised the trip.';
    const doc = linked(text, [['Oliver Dowden', 'PERSON'], ['Kyiv', 'PLACE']], { reference: '2023-09-12T09:00:00Z' });
    expect(entityWith(doc, 'The prime minister')?.name).not.toBe('Oliver Dowden');
  });

  it('"the deputy foreign minister" is the deputy the article names, not the minister', () => {
    const text = 'Russian Foreign Minister Sergey Lavrov and Deputy Foreign Minister Sergei Ryabkov held talks. The deputy foreign minister later spoke to reporters.';
    const doc = linked(text, [['Sergey Lavrov', 'PERSON'], ['Sergei Ryabkov', 'PERSON']], d2019);
    expect(entityWith(doc, 'The deputy foreign minister')?.name).toBe('Sergei Ryabkov');
  });
});

describe('link: a vice president is an official, not a leader', () => {
  it('"the Ghanaian official" may be the Vice President the article names', () => {
    const text = 'Ghanaian Vice President Kwame Obeng-Mensah met donors in Accra. The Ghanaian official said aid would grow.';
    const doc = linked(text, [['Kwame Obeng-Mensah', 'PERSON'], ['Accra', 'PLACE']], d2019);
    expect(entityWith(doc, 'The Ghanaian official')).toBe(entityWith(doc, 'Ghanaian Vice President Kwame Obeng-Mensah'));
  });
});

describe('link: "foreign secretary" is the UK\'s foreign minister but India\'s senior diplomat', () => {
  it('the British foreign secretary is the UK foreign minister', () => {
    const doc = linked('The British foreign secretary arrived in Riyadh on Sunday.', [['Riyadh', 'PLACE']], d2025);
    expect(entityWith(doc, 'The British foreign secretary')?.role).toMatch(/Foreign Secretary of the United Kingdom/u);
  });

  it('the Indian foreign secretary is the civil servant, not the External Affairs Minister', () => {
    const doc = linked('The Indian foreign secretary held talks in Dhaka on Monday.', [['Dhaka', 'PLACE']], d2025);
    const e = entityWith(doc, 'The Indian foreign secretary');
    expect(e?.name).toBe('Vikram Misri');
    expect(e?.role).toMatch(/Foreign Secretary of India/u);
  });

  it('"Indian Foreign Secretary X" links X to the KB as the Foreign Secretary', () => {
    const doc = linked('Indian Foreign Secretary Vikram Misri met his counterpart in Dhaka.', [['Vikram Misri', 'PERSON'], ['Dhaka', 'PLACE']], d2025);
    expect(entityWith(doc, 'Indian Foreign Secretary Vikram Misri')?.kb).toBeDefined();
  });
});

describe('link: "the premier" is any head of government', () => {
  it('the German premier is the chancellor', () => {
    const doc = linked('The German premier arrived in Paris on Friday.', [['Paris', 'PLACE']], { reference: '2019-03-12T09:00:00Z' });
    expect(entityWith(doc, 'The German premier')?.name).toBe('Angela Merkel');
  });
});

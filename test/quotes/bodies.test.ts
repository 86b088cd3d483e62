/**
 * Bodies named by their kind as speakers: "the interior ministry said", "the ministry of defence
 * said", "the country's foreign ministry said", "the army said" are that body of the country the
 * article is about (or the one the phrase or the clause names), and "the ministry" is the ministry
 * named last. Our own paragraphs; places set by hand, bodies from the knowledge base.
 */
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/analyze/doc.js';
import type { Entity } from '../../src/model.js';
import { docOf, quoteStarting, runQuotes, withEntities, type EntitySpec } from './helpers.js';

function build(text: string, specs: Array<EntitySpec & { country?: string }>): Doc {
  const doc = withEntities(docOf(text), specs);
  for (const sp of specs) {
    const e = doc.entities.find((x) => x.id === sp.id);
    if (e && sp.country) e.country = sp.country;
  }
  return doc;
}

const speakerOf = (doc: Doc, words: string): Entity | undefined => {
  const q = quoteStarting(doc.quotes, words);
  return doc.entities.find((e) => e.id === q?.speaker);
};

const georgia = { id: 'geo', type: 'PLACE' as const, name: 'Georgia', names: ['Georgia', 'Georgian', 'Tbilisi'], country: 'GEO' };
const armenia = { id: 'arm', type: 'PLACE' as const, name: 'Armenia', names: ['Armenia', 'Yerevan'], country: 'ARM' };

describe('a body by its kind is the article country\'s', () => {
  const doc = build([
    'Protest in Tbilisi',
    'Georgian police detained 40 people after a protest outside parliament in Tbilisi turned violent on Sunday.',
    'The interior ministry said eleven officers had been hurt. Officials added that the ministry of defence said the army had not been deployed.',
    "The country's foreign ministry said diplomats had been briefed. The ministry also said the border stayed open.",
    'Later the army said no soldiers had left their barracks.',
  ].join('\n\n'), [georgia, armenia]);
  runQuotes(doc);

  it('"the interior ministry" → the interior ministry of Georgia', () => {
    expect(speakerOf(doc, 'eleven officers')).toMatchObject({ type: 'ORG', name: 'Ministry of the Interior of Georgia', country: 'GEO' });
  });

  it('"the ministry of defence" in lower case, mid-sentence', () => {
    expect(speakerOf(doc, 'the army had not')?.name).toBe('Ministry of Defence of Georgia');
  });

  it('"the country\'s foreign ministry"', () => {
    expect(speakerOf(doc, 'diplomats had been')?.name).toBe('Ministry of Foreign Affairs of Georgia');
  });

  it('"the ministry" is the ministry named last', () => {
    expect(speakerOf(doc, 'the border stayed')?.name).toBe('Ministry of Foreign Affairs of Georgia');
  });

  it('"the army" is the armed forces', () => {
    expect(speakerOf(doc, 'no soldiers')?.name).toBe('Armed Forces of Georgia');
  });

  it('one entity per body, with a mention that round-trips', () => {
    const ministries = doc.entities.filter((e) => e.name === 'Ministry of Foreign Affairs of Georgia');
    expect(ministries).toHaveLength(1);
    for (const e of doc.entities) for (const m of e.mentions) expect(doc.article.text.slice(m.start, m.end)).toBe(m.text);
    expect(new Set(doc.entities.map((e) => e.id)).size).toBe(doc.entities.length);
  });
});

describe('whose body, when the text says', () => {
  it('a country in the phrase', () => {
    const doc = build('Talks\n\nGeorgia and Armenia met in Tbilisi. Armenia\'s foreign ministry said the talks were useful.', [georgia, armenia]);
    runQuotes(doc);
    expect(speakerOf(doc, 'the talks were useful')?.name).toBe('Ministry of Foreign Affairs of Armenia');
  });

  it('a capital opening the sentence', () => {
    const doc = build('Talks\n\nGeorgia hosted the talks in Tbilisi on Monday. In Yerevan, the foreign ministry said the talks were useful.', [georgia, armenia]);
    runQuotes(doc);
    expect(speakerOf(doc, 'the talks were useful')?.name).toBe('Ministry of Foreign Affairs of Armenia');
  });

  it('the link stage\'s entity when it made one', () => {
    const doc = build('Talks\n\nGeorgia hosted the talks. The Georgian Foreign Ministry said they went well. Later the foreign ministry said the talks were useful.', [
      georgia, { id: 'mfa', type: 'ORG', name: 'Ministry of Foreign Affairs of Georgia', names: ['Georgian Foreign Ministry'] },
    ]);
    const mfa = doc.entities.find((e) => e.id === 'mfa');
    if (mfa) mfa.kb = 'org:foreign-ministry:GEO';
    runQuotes(doc);
    expect(quoteStarting(doc.quotes, 'the talks were useful')?.speaker).toBe('mfa');
    expect(doc.entities.filter((e) => /Foreign Affairs/u.test(e.name))).toHaveLength(1);
  });

  it('no body for a phrase that only ends like one ("the embassy" says too little)', () => {
    const doc = build('Talks\n\nGeorgia hosted the talks in Tbilisi. The embassy said the talks were useful.', [georgia, armenia]);
    runQuotes(doc);
    expect(quoteStarting(doc.quotes, 'the talks were useful')?.speaker).toBeUndefined();
  });

  it('a body that only acts, never speaks, gets no new entity', () => {
    const doc = build('Troops\n\nGeorgia closed the border in Tbilisi. The army moved two brigades to the north on Monday.', [georgia, armenia]);
    runQuotes(doc);
    expect(doc.entities.some((e) => e.name === 'Armed Forces of Georgia')).toBe(false);
  });
});

describe('a city\'s police is its own force', () => {
  const text = [
    'Clashes at summit',
    'Police used water cannon in Ostby on Friday. Ostby police said dozens of officers had been hurt.',
    'Georgian police said the border was calm.',
  ].join('\n\n');
  const doc = build(text, [georgia, { id: 'ostby', type: 'PLACE', name: 'Ostby', names: ['Ostby'], country: 'GEO' }]);
  for (const e of doc.entities) if (e.id === 'ostby') e.kb = 'city:ostby';
  for (const e of doc.entities) if (e.id === 'geo') e.kb = 'country:GEO';
  runQuotes(doc);

  it('"Ostby police" is the Ostby Police, with the phrase as its mention', () => {
    const e = speakerOf(doc, 'dozens of officers');
    expect(e).toMatchObject({ type: 'ORG', name: 'Ostby Police', country: 'GEO' });
    expect(e?.mentions.map((m) => m.text)).toEqual(['Ostby police']);
  });

  it('a country\'s police stays the national force', () => {
    expect(speakerOf(doc, 'the border was')).toMatchObject({ name: 'Police of Georgia' });
  });
});

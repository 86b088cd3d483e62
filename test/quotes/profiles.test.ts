/**
 * Descriptions read against what the article said of each person beside their name: an age
 * ("Hale, 65,"), an apposition ("Dorn, a former army chief," / "Rusk's spokesman, Lars Eide,"), a
 * predicate ("Hale is a veteran diplomat"), a title before the name ("Retired General"). Our own
 * sentences; entities (with the titles the link stage would give) set by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/analyze/doc.js';
import { profileOf } from '../../src/analyze/quotes/profiles.js';
import { docOf, quoteStarting, runQuotes, withEntities, type EntitySpec } from './helpers.js';

type Extra = { role?: string; titles?: string[]; country?: string };

function build(text: string, specs: Array<EntitySpec & Extra>): Doc {
  const doc = withEntities(docOf(text), specs);
  for (const sp of specs) {
    const e = doc.entities.find((x) => x.id === sp.id);
    if (!e) continue;
    if (sp.role) e.role = sp.role;
    if (sp.titles) e.titles = sp.titles;
    if (sp.country) e.country = sp.country;
  }
  return doc;
}

const HALE = { id: 'hale', type: 'PERSON' as const, name: 'Martin Hale', names: ['Martin Hale', 'Hale'], titles: ['Secretary of State'], country: 'USA' };
const LAVROV = { id: 'lavrov', type: 'PERSON' as const, name: 'Sergei Lavrov', names: ['Sergei Lavrov', 'Lavrov'], titles: ['Foreign Minister'], role: 'Minister of Foreign Affairs of Russia', country: 'RUS' };

describe('what the article says beside a name', () => {
  it('an age, an apposition and a predicate', () => {
    const doc = build('Talks\n\nSecretary of State Martin Hale, 65, a former senator, met Lavrov. Hale is a veteran diplomat.', [HALE, LAVROV]);
    const p = profileOf(doc.entities.find((e) => e.id === 'hale')!, doc.article.text);
    expect(p.age).toBe(65);
    expect(p.text).toContain('a former senator');
    expect(p.text).toContain('a veteran diplomat');
    expect(profileOf(doc.entities.find((e) => e.id === 'lavrov')!, doc.article.text).age).toBeUndefined();
  });
});

describe('descriptions matched against the article\'s words about a person', () => {
  const text = [
    'Talks stall',
    'Secretary of State Martin Hale, 65, met Foreign Minister Sergei Lavrov in Geneva on Tuesday. Hale is a veteran diplomat.',
    '"We made no progress," the 65-year-old secretary of state said. Lavrov said Moscow would not yield. The minister added that sanctions had failed.',
    'The veteran diplomat told reporters he remained hopeful. The 70-year-old secretary of state said the talks would resume.',
  ].join('\n\n');
  const quotes = runQuotes(build(text, [HALE, LAVROV]));

  it('"the 65-year-old secretary of state" is the secretary of state aged 65', () => {
    expect(quoteStarting(quotes, 'We made no progress')).toMatchObject({ speaker: 'hale', speakerText: 'the 65-year-old secretary of state', speakerResolved: true });
  });

  it('"the minister" after "Foreign Minister Sergei Lavrov" is Lavrov', () => {
    expect(quoteStarting(quotes, 'that sanctions had failed')).toMatchObject({ speaker: 'lavrov', speakerText: 'The minister' });
  });

  it('"the veteran diplomat" is the one the article called a veteran diplomat, not the minister named last', () => {
    expect(quoteStarting(quotes, 'he remained hopeful')).toMatchObject({ speaker: 'hale', speakerText: 'The veteran diplomat' });
  });

  it('an age the person does not have is someone else', () => {
    const q = quoteStarting(quotes, 'the talks would resume');
    expect(q?.speakerText).toBe('The 70-year-old secretary of state');
    expect(q?.speaker).toBeUndefined();
  });
});

describe('a past office, a country, an owner', () => {
  it('"the former general" is the retired general, not the serving one', () => {
    const doc = build([
      'Border',
      'Retired General Paul Dorn criticized the talks. General Ivo Sand, the army chief, said the troops were ready.',
      'The former general added that the government had been naive.',
    ].join('\n\n'), [
      { id: 'dorn', type: 'PERSON', name: 'Paul Dorn', names: ['General Paul Dorn'] },
      { id: 'sand', type: 'PERSON', name: 'Ivo Sand', names: ['General Ivo Sand'] },
    ]);
    expect(quoteStarting(runQuotes(doc), 'that the government had been naive')).toMatchObject({ speaker: 'dorn', speakerText: 'The former general' });
  });

  it('"the Turkish leader" is the Turkish head of state though a German leader was named since', () => {
    const doc = build([
      'Ankara visit',
      'Turkish President Recep Tayyip Erdogan met German Chancellor Olaf Scholz in Ankara. Scholz said Berlin wanted calm.',
      'The Turkish leader said Ankara would mediate.',
    ].join('\n\n'), [
      { id: 'erdogan', type: 'PERSON', name: 'Recep Tayyip Erdogan', names: ['Recep Tayyip Erdogan'], role: 'President of Turkey', country: 'TUR' },
      { id: 'scholz', type: 'PERSON', name: 'Olaf Scholz', names: ['Olaf Scholz', 'Scholz'], role: 'Chancellor of Germany', country: 'DEU' },
      { id: 'tur', type: 'PLACE', name: 'Turkey', names: ['Turkish'], country: 'TUR' },
      { id: 'deu', type: 'PLACE', name: 'Germany', names: ['German'], country: 'DEU' },
    ]);
    expect(quoteStarting(runQuotes(doc), 'Ankara would mediate')).toMatchObject({ speaker: 'erdogan', speakerText: 'The Turkish leader' });
  });

  it('"the president\'s spokesman" is the spokesman the article named, not the president', () => {
    const doc = build([
      'Summit',
      'President Halvard Rusk met the envoys on Monday. "We are close," Rusk said.',
      'Rusk\'s spokesman, Lars Eide, briefed reporters later. The president\'s spokesman said the visit had been useful.',
    ].join('\n\n'), [
      { id: 'rusk', type: 'PERSON', name: 'Halvard Rusk', names: ['Halvard Rusk', 'Rusk'], role: 'President of Norland' },
      { id: 'eide', type: 'PERSON', name: 'Lars Eide', names: ['Lars Eide'] },
    ]);
    expect(quoteStarting(runQuotes(doc), 'the visit had been useful')).toMatchObject({ speaker: 'eide', speakerText: "The president's spokesman" });
  });

  it('with no spokesman named, the description stays the speaker text, unresolved, even after the president spoke', () => {
    const doc = build('Summit\n\nPresident Halvard Rusk met the envoys. "We are close," Rusk said. The president\'s spokesman said the visit had been useful.', [
      { id: 'rusk', type: 'PERSON', name: 'Halvard Rusk', names: ['Halvard Rusk', 'Rusk'], role: 'President of Norland' },
    ]);
    const q = quoteStarting(runQuotes(doc), 'the visit had been useful');
    expect(q?.speakerText).toBe("The president's spokesman");
    expect(q?.speaker).toBeUndefined();
  });
});

describe('two that fit equally', () => {
  const specs = [
    { id: 'kalla', type: 'PERSON' as const, name: 'Ines Kalla', names: ['Ines Kalla'], titles: ['Foreign Minister'] },
    { id: 'lund', type: 'PERSON' as const, name: 'Tor Lund', names: ['Tor Lund'], titles: ['Defence Minister'] },
  ];

  it('two ministers named in one sentence: "the minister" is no one', () => {
    const doc = build('Talks\n\nForeign Minister Ines Kalla and Defence Minister Tor Lund attended. The minister said the accord was close.', specs);
    const q = quoteStarting(runQuotes(doc), 'the accord was close');
    expect(q?.speakerText).toBe('The minister');
    expect(q?.speaker).toBeUndefined();
  });

  it('the age the article gave one of them decides', () => {
    const doc = build('Talks\n\nForeign Minister Ines Kalla, 58, and Defence Minister Tor Lund attended. The 58-year-old minister said the accord was close.', specs);
    expect(quoteStarting(runQuotes(doc), 'the accord was close')?.speaker).toBe('kalla');
  });

  it('named in different sentences, the most recent', () => {
    const doc = build('Talks\n\nForeign Minister Ines Kalla arrived first. Defence Minister Tor Lund came later. The minister said the accord was close.', specs);
    expect(quoteStarting(runQuotes(doc), 'the accord was close')?.speaker).toBe('lund');
  });
});

describe('a description the linker gave to someone the article never named', () => {
  it('is the named person it fits', () => {
    const doc = build('Ankara visit\n\nGerman Chancellor Olaf Scholz met the Turkish president in Ankara.\n\nThe German leader said Berlin wanted calm.', [
      { id: 'scholz', type: 'PERSON', name: 'Olaf Scholz', names: ['Olaf Scholz'], titles: ['German Chancellor'], country: 'DEU' },
      { id: 'other', type: 'PERSON', name: 'Karl Brandt', names: [], descriptions: ['The German leader'], country: 'DEU' },
    ]);
    expect(quoteStarting(runQuotes(doc), 'Berlin wanted calm')).toMatchObject({ speaker: 'scholz', speakerText: 'The German leader' });
  });

  it('but the linker\'s answer stands when that person was named before', () => {
    const doc = build('Ankara visit\n\nKarl Brandt, the German leader, met Olaf Scholz in Ankara.\n\nThe German leader said Berlin wanted calm.', [
      { id: 'scholz', type: 'PERSON', name: 'Olaf Scholz', names: ['Olaf Scholz'], titles: ['German Chancellor'], country: 'DEU' },
      { id: 'brandt', type: 'PERSON', name: 'Karl Brandt', names: ['Karl Brandt'], descriptions: ['The German leader'], country: 'DEU' },
    ]);
    expect(quoteStarting(runQuotes(doc), 'Berlin wanted calm')?.speaker).toBe('brandt');
  });
});

describe('descriptions the linker resolved', () => {
  const specs = [
    { id: 'rusk', type: 'PERSON' as const, name: 'Halvard Rusk', names: ['Halvard Rusk'], role: 'President of Norland' },
    { id: 'moen', type: 'PERSON' as const, name: 'Erik Moen', names: ['Erik Moen'], role: 'President of Ostria', descriptions: ['The president'] },
  ];

  it('two presidents named in one sentence: "The president" is no one, whichever the linker picked', () => {
    const doc = build('Summit\n\nPresident Halvard Rusk and President Erik Moen met on Monday. The president said the talks were frank.', specs);
    const q = quoteStarting(runQuotes(doc), 'the talks were frank');
    expect(q?.speakerText).toBe('The president');
    expect(q?.speaker).toBeUndefined();
  });

  it('the most recent holder of the office, over an earlier one the linker picked', () => {
    const doc = build('Summit\n\nPresident Erik Moen met the envoys on Monday. President Halvard Rusk flew home on Tuesday. The president said he was tired.', specs);
    expect(quoteStarting(runQuotes(doc), 'he was tired')?.speaker).toBe('rusk');
  });
});

/**
 * Groupings, treaties, sites and summits in running text: the name an entity goes by when the
 * article spells it its own way, KB phrases the tagger cannot see whole, summits placed in their
 * host country, and a country's cabinet named in the plural.
 */
import { describe, expect, it } from 'vitest';
import { byName, entityWith, linked } from './helpers.js';

// Original prose written for these tests.
describe('link: the name as the article spells it', () => {
  it('keeps the American spelling the article uses for a body the KB spells the British way', () => {
    const doc = linked('Members of the Shanghai Cooperation Organization will meet in June, officials said.',
      [['Shanghai Cooperation Organization', 'ORG']], { reference: '2024-04-01T09:00:00Z' });
    const sco = entityWith(doc, 'Shanghai Cooperation Organization');
    expect(sco?.kb).toBe('org:sco');
    expect(sco?.name).toBe('Shanghai Cooperation Organization');
  });

  it('calls a place by the short name the article prints, and by the full name when that is printed', () => {
    const short = linked('Aid trucks waited for days before they could enter Gaza on Sunday.', [['Gaza', 'PLACE']], { reference: '2024-03-03T12:00:00Z' });
    expect(entityWith(short, 'Gaza')).toMatchObject({ name: 'Gaza', kb: 'place:gaza', country: 'PSE' });
    const both = linked('Aid reached the Gaza Strip on Sunday; more trucks are due in Gaza next week.',
      [['Gaza Strip', 'PLACE'], ['Gaza', 'PLACE']], { reference: '2024-03-03T12:00:00Z' });
    expect(entityWith(both, 'Gaza Strip')?.name).toBe('Gaza Strip');
  });

  it('never renames an entity after an abbreviation', () => {
    const doc = linked('The SCO said on Monday that its members would meet soon.', [['SCO', 'ORG']], { reference: '2024-04-01T09:00:00Z' });
    expect(entityWith(doc, 'SCO')?.name).toBe('Shanghai Cooperation Organisation');
  });
});

describe('link: treaties, initiatives and sites named in lower case', () => {
  it('finds a treaty by its descriptive name, and its abbreviation is the same entity', () => {
    const text = 'Tehran has stepped back from the 2015 nuclear deal, and European capitals say the JCPOA can no longer be saved.';
    const doc = linked(text, [['Tehran', 'PLACE'], ['JCPOA', 'ORG']], { reference: '2023-09-16T10:00:00Z' });
    const deal = entityWith(doc, '2015 nuclear deal');
    expect(deal).toMatchObject({ name: 'Joint Comprehensive Plan of Action', type: 'EVENT', kb: 'org:jcpoa' });
    expect(deal?.mentions.map((m) => m.text)).toContain('JCPOA');
    for (const m of doc.entities.flatMap((e) => e.mentions)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('takes the whole initiative, not the sea inside it', () => {
    const text = 'Ankara wants the Black Sea grain initiative extended before it lapses.';
    const doc = linked(text, [['Ankara', 'PLACE'], ['Black Sea', 'PLACE']], { reference: '2023-07-07T10:00:00Z' });
    expect(entityWith(doc, 'Black Sea grain initiative')?.name).toBe('Black Sea Grain Initiative');
    expect(byName(doc, 'Black Sea')).toBeUndefined();
  });

  it('takes the agreements named after a city, not the city', () => {
    const doc = linked('Kyiv and Moscow traded blame for the collapse of the Minsk agreements.',
      [['Kyiv', 'PLACE'], ['Moscow', 'PLACE'], ['Minsk', 'PLACE']], { reference: '2022-02-10T10:00:00Z' });
    expect(entityWith(doc, 'Minsk agreements')?.kb).toBe('org:minsk-agreements');
    expect(doc.entities.some((e) => e.name === 'Minsk')).toBe(false);
  });

  it('links a nuclear plant as a place in its country, named as printed', () => {
    const doc = linked('Inspectors returned to the Zaporozhye nuclear power plant after shelling nearby.',
      [['Zaporozhye', 'PLACE']], { reference: '2023-07-07T10:00:00Z' });
    expect(entityWith(doc, 'Zaporozhye nuclear power plant')).toMatchObject({ type: 'PLACE', country: 'UKR', name: 'Zaporozhye nuclear power plant' });
  });

  it('does not read a body’s name inside a longer capitalized name', () => {
    const doc = linked('The Iran Deal Monitoring Group published its report.', [['Iran Deal Monitoring Group', 'ORG']], { reference: '2019-01-01T10:00:00Z' });
    expect(doc.entities.some((e) => e.kb === 'org:jcpoa')).toBe(false);
  });
});

describe('link: summits', () => {
  it('places a named summit where the text says it is held', () => {
    const doc = linked('Ministers prepared for the G20 summit in New Delhi, where the host wants a joint statement.',
      [['G20 summit', 'EVENT'], ['New Delhi', 'PLACE']], { reference: '2023-08-20T10:00:00Z' });
    expect(entityWith(doc, 'G20 summit')).toMatchObject({ type: 'EVENT', country: 'IND' });
  });

  it('places a summit by the KB when the text does not say where, for the article’s year', () => {
    const doc = linked('NATO leaders will discuss air defence at the summit, the alliance said.',
      [['NATO', 'ORG']], { reference: '2022-06-20T10:00:00Z' });
    expect(entityWith(doc, 'the summit')).toMatchObject({ type: 'EVENT', name: 'NATO summit', country: 'ESP' });
  });

  it('does not give the next summit this year’s host', () => {
    const doc = linked('The next NATO summit is still being planned, diplomats said.', [['NATO summit', 'EVENT'], ['NATO', 'ORG']], { reference: '2022-06-20T10:00:00Z' });
    expect(entityWith(doc, 'NATO summit')?.country).toBeUndefined();
  });

  it('resolves "its summit" and "whose summit" to the body just named', () => {
    const doc = linked('Turkey said the alliance would take up the bid at its summit in Vilnius. Kazakhstan chairs the Shanghai Cooperation Organization, whose summit will be held in Astana.',
      [['Turkey', 'PLACE'], ['Vilnius', 'PLACE'], ['Kazakhstan', 'PLACE'], ['Shanghai Cooperation Organization', 'ORG'], ['Astana', 'PLACE'], ['NATO', 'ORG']],
      { reference: '2023-07-01T10:00:00Z' });
    // No NATO name in the text: "its summit" has no body to resolve to.
    expect(entityWith(doc, 'its summit')).toBeUndefined();
    expect(entityWith(doc, 'whose summit')).toMatchObject({ type: 'EVENT', name: 'SCO summit', country: 'KAZ' });
    const withNato = linked('NATO said the alliance would take up the bid at its summit in Vilnius.',
      [['NATO', 'ORG'], ['Vilnius', 'PLACE']], { reference: '2023-07-01T10:00:00Z' });
    expect(entityWith(withNato, 'its summit')).toMatchObject({ name: 'NATO summit', country: 'LTU' });
  });

  it('leaves "the summit" alone when no body that holds summits is named', () => {
    const doc = linked('The two leaders spoke to reporters after the summit in Tokyo.', [['Tokyo', 'PLACE']], { reference: '2023-03-16T10:00:00Z' });
    expect(doc.entities.some((e) => e.type === 'EVENT')).toBe(false);
  });
});

describe('link: a country’s cabinet', () => {
  it('reads "previous Cabinets" as the speaker’s country’s cabinet', () => {
    const doc = linked('Prime Minister Fumio Kishida said Japan upheld the position of previous Cabinets.',
      [['Fumio Kishida', 'PERSON'], ['Japan', 'PLACE'], ['Cabinets', 'ORG']], { reference: '2023-03-16T10:00:00Z' });
    expect(entityWith(doc, 'Cabinets')).toMatchObject({ type: 'ORG', name: 'Cabinet of Japan', country: 'JPN' });
  });
});

describe('link: summits named by a body the article names nowhere else', () => {
  it('places "the G8 summit" by the KB and the next year’s by the year after', () => {
    const doc = linked('Ministers prepared the G8 summit while officials planned the G20 summit next year.',
      [['G8 summit', 'EVENT'], ['G20 summit', 'EVENT']], { reference: '2005-03-01T10:00:00Z' });
    expect(entityWith(doc, 'G8 summit')?.country).toBe('GBR');
    // The G20 did not meet as leaders in 2006: no host.
    expect(entityWith(doc, 'G20 summit')?.country).toBeUndefined();
  });

  it('does not let "the summit" mean a summit said to be next year', () => {
    const doc = linked('Officials began work on the G7 summit next year. The summit agenda is open.',
      [['G7 summit', 'EVENT']], { reference: '2022-10-01T10:00:00Z' });
    expect(entityWith(doc, 'G7 summit')?.country).toBe('JPN');
    expect(entityWith(doc, 'The summit')).toBeUndefined();
  });
});

describe('link: agreements named again by a common noun', () => {
  it('resolves "the nuclear deal" and a bare "the deal" nearby to the one agreement named', () => {
    const text = 'Tehran says Washington broke the JCPOA first. Europe still hopes to revive the nuclear deal. The deal capped enrichment.';
    const doc = linked(text, [['Tehran', 'PLACE'], ['Washington', 'PLACE'], ['JCPOA', 'ORG'], ['Europe', 'PLACE']], { reference: '2023-09-16T10:00:00Z' });
    const jcpoa = doc.entities.find((e) => e.kb === 'org:jcpoa');
    expect(jcpoa?.mentions.map((m) => m.text)).toEqual(['JCPOA', 'the nuclear deal', 'The deal']);
    expect(jcpoa?.mentions.slice(1).every((m) => m.resolved)).toBe(true);
  });

  it('leaves a deal of another kind alone', () => {
    const text = 'Tehran says Washington broke the JCPOA first. Separately, the prisoner deal was signed in Doha.';
    const doc = linked(text, [['Tehran', 'PLACE'], ['Washington', 'PLACE'], ['JCPOA', 'ORG'], ['Doha', 'PLACE']], { reference: '2023-09-16T10:00:00Z' });
    expect(doc.entities.find((e) => e.kb === 'org:jcpoa')?.mentions.map((m) => m.text)).toEqual(['JCPOA']);
  });
});

describe('link: one summit under two names', () => {
  it('joins "the Hiroshima summit" to the G7 summit Japan hosts that year', () => {
    const text = 'G7 leaders met on Saturday. The summit ended with a statement, and officials called the Hiroshima summit a success.';
    const doc = linked(text, [['G7', 'ORG'], ['Hiroshima summit', 'EVENT']], { reference: '2023-05-20T10:00:00Z' });
    const summits = doc.entities.filter((e) => e.type === 'EVENT');
    expect(summits).toHaveLength(1);
    expect(summits[0]).toMatchObject({ name: 'G7 summit', country: 'JPN' });
    expect(summits[0]?.mentions.map((m) => m.text)).toEqual(['The summit', 'Hiroshima summit']);
  });
});

describe('link: facilities named after a place', () => {
  it('links a plant or airport named after a city as a place of that city’s country, named as printed', () => {
    const text = 'Drones struck near the Kursk airport, and engineers inspected the Rivne nuclear power plant.';
    const doc = linked(text, [['Kursk', 'PLACE'], ['Rivne', 'PLACE']], { reference: '2024-08-10T10:00:00Z' });
    expect(entityWith(doc, 'Kursk airport')).toMatchObject({ type: 'PLACE', name: 'Kursk airport', country: 'RUS' });
    expect(entityWith(doc, 'Rivne nuclear power plant')).toMatchObject({ type: 'PLACE', country: 'UKR' });
    expect(doc.entities.some((e) => e.name === 'Kursk' || e.name === 'Rivne')).toBe(false);
  });

  it('leaves plurals and countries alone', () => {
    const doc = linked('Several Ukraine airports reopened while Odesa ports stayed shut.', [['Ukraine', 'PLACE'], ['Odesa', 'PLACE']], { reference: '2024-08-10T10:00:00Z' });
    expect(doc.entities.map((e) => e.name).sort()).toEqual(['Odesa', 'Ukraine']);
  });
});

describe('link: a summit’s date is not its place', () => {
  it('does not read "in March" as a town', () => {
    const doc = linked('Diplomats are preparing the summit in March, the G20 said.', [['G20', 'ORG']], { reference: '2024-01-15T10:00:00Z' });
    // Brazil hosts the G20 in 2024; March is a month, not the English town.
    expect(entityWith(doc, 'the summit')).toMatchObject({ name: 'G20 summit', country: 'BRA' });
  });
});

/**
 * Named armed forces and armed groups: state forces are ORG of their country coded MIL, armed
 * groups ORG coded REB; a longer name ending in "Army" is a body of its own, never the country's
 * armed forces; an acronym in parentheses is the same entity, and so is its every later bare use.
 */
import { describe, expect, it } from 'vitest';
import { byName, entityWith, linked } from './helpers.js';

const ctx = { reference: '2024-03-05T10:00:00Z' };

// Original prose written for these tests; the groups of Ruritania and Freedonia are made up.
describe('link: state forces the KB lists', () => {
  it('links fleets, services and guards with their country', () => {
    const text = 'Russia’s Black Sea Fleet moved ships, and the Korean People’s Army held drills. Iran’s Quds Force and the Basij militia were put on alert.';
    const doc = linked(text, [['Russia', 'PLACE'], ['Black Sea Fleet', 'ORG'], ['Korean People’s Army', 'ORG'], ['Iran', 'PLACE'], ['Quds Force', 'ORG']], ctx);
    expect(entityWith(doc, 'Black Sea Fleet')).toMatchObject({ type: 'ORG', country: 'RUS', code: 'RUSMIL' });
    expect(entityWith(doc, 'Korean People’s Army')).toMatchObject({ type: 'ORG', country: 'PRK', code: 'PRKMIL' });
    expect(entityWith(doc, 'Quds Force')).toMatchObject({ country: 'IRN', code: 'IRNMIL' });
    expect(byName(doc, 'Basij')?.country).toBe('IRN');
  });

  it('"the National Guard" is the guard of the country where it is deployed', () => {
    const doc = linked('Hamas fired rockets at Israel. In Ohio, the governor sent the National Guard in Minneapolis to help.', [['Hamas', 'ORG'], ['Israel', 'PLACE'], ['Ohio', 'PLACE'], ['National Guard', 'ORG'], ['Minneapolis', 'PLACE']], ctx);
    const guard = doc.entities.find((e) => e.mentions.some((m) => m.text.endsWith('National Guard')));
    expect(guard).toMatchObject({ type: 'ORG', country: 'USA', code: 'USAMIL' });
  });
});

describe('link: forces the KB does not know take their country from the text', () => {
  it('a country word in the name makes the country\'s own force (MIL)', () => {
    const doc = linked('The Freedonian Navy and the Ruritanian Air Force were put on alert.', [['Freedonian Navy', 'ORG'], ['Ruritanian Air Force', 'ORG']], ctx);
    // Neither country exists, so neither gets one; a real one does.
    expect(byName(doc, 'Freedonian Navy')?.country).toBeUndefined();
    const real = linked('The Indonesian Navy and the Pakistan Air Force were put on alert.', [['Indonesian Navy', 'ORG'], ['Pakistan Air Force', 'ORG']], ctx);
    expect(byName(real, 'Indonesian Navy')).toMatchObject({ type: 'ORG', country: 'IDN', code: 'IDNMIL' });
    expect(byName(real, 'Pakistan Air Force')).toMatchObject({ country: 'PAK', code: 'PAKMIL' });
  });

  it('a possessive country before it says whose it is ("Egypt\'s Southern Fleet")', () => {
    const doc = linked('Egypt’s Southern Fleet escorted the tanker.', [['Egypt', 'PLACE'], ['Southern Fleet', 'ORG']], ctx);
    expect(byName(doc, 'Southern Fleet')).toMatchObject({ type: 'ORG', country: 'EGY' });
  });

  it('a name that says it fights the state is a rebel group (REB), not the state\'s army', () => {
    const doc = linked('The Chadian Liberation Army attacked a post, and the army of Chad responded.', [['Chadian Liberation Army', 'ORG'], ['Chad', 'PLACE']], ctx);
    const rebels = byName(doc, 'Chadian Liberation Army');
    expect(rebels).toMatchObject({ type: 'ORG', country: 'TCD', code: 'TCDREB' });
    expect(rebels?.kb).toBeUndefined();
  });

  it('a longer name ending in "Army" is never the country\'s armed forces', () => {
    const doc = linked('BOGOTA - The Northern Hills Independence Army said it freed two hostages.', [['Northern Hills Independence Army', 'ORG'], ['BOGOTA', 'PLACE']], ctx);
    const e = byName(doc, 'Northern Hills Independence Army');
    expect(e?.type).toBe('ORG');
    expect(e?.kb).toBeUndefined();
    expect(doc.entities.some((x) => x.kb === 'org:armed-forces:COL')).toBe(false);
  });

  it('"the Indian Army" is the service of that name; "Sudan\'s army" is the country\'s armed forces', () => {
    const doc = linked('The Indian Army said two soldiers died. Sudan’s army retook the bridge.', [['Indian Army', 'ORG']], ctx);
    expect(entityWith(doc, 'Indian Army')).toMatchObject({ name: 'Indian Army', country: 'IND', code: 'INDMIL' });
    expect(entityWith(doc, 'Indian Army')?.kb).not.toBe('org:armed-forces:IND');
    expect(entityWith(doc, 'Sudan’s army')).toMatchObject({ country: 'SDN', code: 'SDNMIL', kb: 'org:armed-forces:SDN' });
  });

  it('"the Afghan National Army" is a service of its own too; "the Israeli army" is not', () => {
    const doc = linked('The Afghan National Army held the town, and the Israeli army said it was on alert.', [['Afghan National Army', 'ORG']], ctx);
    expect(entityWith(doc, 'Afghan National Army')).toMatchObject({ name: 'Afghan National Army', country: 'AFG', code: 'AFGMIL' });
    expect(entityWith(doc, 'Israeli army')).toMatchObject({ country: 'ISR', kb: 'org:armed-forces:ISR' });
  });
});

describe('link: an acronym in parentheses is the name\'s', () => {
  it('joins an unknown group and its acronym, and every later bare use', () => {
    const text = 'The Ruritanian Liberation Front (RLF) claimed the attack. The RLF said more would follow, and RLF fighters took the bridge.';
    const doc = linked(text, [['Ruritanian Liberation Front', 'ORG'], ['RLF', 'OTHER']], ctx);
    const e = byName(doc, 'Ruritanian Liberation Front');
    expect(e?.type).toBe('ORG');
    expect(e?.mentions.filter((m) => m.text === 'RLF')).toHaveLength(3);
    expect(doc.entities.filter((x) => x.name === 'RLF')).toHaveLength(0);
  });

  it('adds the acronym the tagger missed', () => {
    const doc = linked('The Northern Alliance for Democracy (NAD) won two seats.', [['Northern Alliance for Democracy', 'ORG']], ctx);
    expect(byName(doc, 'Northern Alliance for Democracy')?.mentions.map((m) => m.text)).toContain('NAD');
  });

  it('links the full name to the KB entry its acronym names (YPG), typed ORG however tagged', () => {
    const text = 'The People’s Protection Units (YPG) said they would resist. Turkey calls the YPG a terrorist group.';
    const doc = linked(text, [['People’s Protection Units', 'ORG'], ['YPG', 'OTHER'], ['Turkey', 'PLACE']], ctx);
    const e = entityWith(doc, 'People’s Protection Units');
    expect(e).toMatchObject({ type: 'ORG', country: 'SYR', code: 'SYRREB' });
    expect(e?.mentions.filter((m) => m.text === 'YPG')).toHaveLength(2);
  });

  it('keeps two different KB entries apart, and a person\'s parenthesis is no acronym', () => {
    const doc = linked('Hamas (PKK) is a typo. Adam Bell (RTR) reported.', [['Hamas', 'ORG'], ['PKK', 'ORG'], ['Adam Bell', 'PERSON'], ['RTR', 'ORG']], ctx);
    expect(byName(doc, 'Hamas')?.mentions.map((m) => m.text)).toEqual(['Hamas']);
    expect(byName(doc, 'Adam Bell')?.mentions.map((m) => m.text)).toEqual(['Adam Bell']);
  });
});

describe('link: an acronym in parentheses that is no acronym of the name', () => {
  it('a country in parentheses stays the country ("Mazda Motor Manufacturing (USA)")', () => {
    const doc = linked('Mazda Motor Manufacturing (USA) Corp said it would hire 300 workers.', [['Mazda Motor Manufacturing', 'ORG'], ['USA', 'PLACE']], ctx);
    expect(byName(doc, 'United States')?.mentions.map((m) => m.text)).toEqual(['USA']);
    expect(byName(doc, 'Mazda Motor Manufacturing')?.type).toBe('ORG');
  });

  it('letters the KB knows as another body do not take in an unrelated name', () => {
    const doc = linked('The Northern Monitor and Composite Information Service (CIS) began in May.', [['Northern Monitor and Composite Information Service', 'ORG'], ['CIS', 'ORG']], ctx);
    expect(byName(doc, 'Northern Monitor and Composite Information Service')?.kb).toBeUndefined();
  });

  it('a name that spells the KB entry its own way joins it ("International Labour Organisation (ILO)")', () => {
    const doc = linked('The International Labour Organisation (ILO) said jobs were lost. The ILO urged action.', [['International Labour Organisation', 'ORG'], ['ILO', 'ORG']], ctx);
    const e = entityWith(doc, 'International Labour Organisation');
    expect(e?.country).toBe('UNO');
    expect(e?.mentions.filter((m) => m.text === 'ILO')).toHaveLength(2);
  });
});

describe('link: a movement\'s armed wing', () => {
  it('is of the movement\'s country, with its code', () => {
    const doc = linked('Hamas\'s armed wing, the Yahya Martyrs Brigades, claimed the attack.', [['Hamas', 'ORG'], ['Yahya Martyrs Brigades', 'ORG']], ctx);
    expect(byName(doc, 'Yahya Martyrs Brigades')).toMatchObject({ type: 'ORG', country: 'PSE', code: 'PSEREBHMS' });
  });

  it('a brigade with no owner named gets no country', () => {
    const doc = linked('The Yahya Martyrs Brigades claimed the attack.', [['Yahya Martyrs Brigades', 'ORG']], ctx);
    expect(byName(doc, 'Yahya Martyrs Brigades')?.country).toBeUndefined();
  });
});

describe('link: the acronym of a country\'s generic body', () => {
  it('"the Sudanese Armed Forces (SAF)" and a later "SAF" are the country\'s armed forces', () => {
    const text = 'The Sudanese Armed Forces (SAF) said they had retaken the bridge. The SAF said 40 fighters were killed.';
    const doc = linked(text, [['Sudanese Armed Forces', 'ORG'], ['SAF', 'ORG']], ctx);
    const e = entityWith(doc, 'Sudanese Armed Forces');
    expect(e).toMatchObject({ country: 'SDN', code: 'SDNMIL' });
    expect(e?.mentions.filter((m) => m.text === 'SAF')).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model.js';
import { linked } from './helpers.js';

// Original prose written for these tests.

const at = { reference: '2023-05-10T10:00:00Z' };

function byKb(entities: readonly Entity[], kb: string): Entity | undefined {
  return entities.find((e) => e.kb === kb);
}

describe('link: a government body goes by the name the article prints', () => {
  it('"Iran\'s Foreign Ministry": the possessive country and the body, the template kept as kbName', () => {
    const doc = linked("Iran's Foreign Ministry rejected the report on Tuesday.", [], at);
    expect(byKb(doc.entities, 'org:foreign-ministry:IRN')).toMatchObject({
      name: "Iran's Foreign Ministry", kbName: 'Ministry of Foreign Affairs of Iran', country: 'IRN', code: 'IRNGOV',
    });
  });

  it('"Qatar\'s foreign ministry" in lower case is printed so', () => {
    const doc = linked("Qatar's foreign ministry called the decision unjustified.", [], at);
    expect(byKb(doc.entities, 'org:foreign-ministry:QAT')).toMatchObject({ name: "Qatar's foreign ministry", kbName: 'Ministry of Foreign Affairs of Qatar' });
  });

  it('the longest mention holding the country wins over a shorter one and over "the military"', () => {
    const text = "Myanmar military leaders met on Monday. Myanmar's military said the vote was flawed. The military later closed the roads.";
    const doc = linked(text, [], at);
    expect(byKb(doc.entities, 'org:armed-forces:MMR')).toMatchObject({ name: "Myanmar's military", kbName: 'Armed Forces of Myanmar', country: 'MMR' });
  });

  it('"the Foreign Ministry" with no country word printed goes by "Foreign Ministry"', () => {
    const doc = linked('The Foreign Ministry in Tokyo summoned the envoy on Friday.', [], at);
    expect(byKb(doc.entities, 'org:foreign-ministry:JPN')).toMatchObject({ name: 'Foreign Ministry', kbName: 'Ministry of Foreign Affairs of Japan' });
  });

  it('a lone generic word ("the army") keeps the template name', () => {
    const doc = linked('Sudanese officials said the army had taken control of the capital. The army closed the airport.', [], at);
    const army = byKb(doc.entities, 'org:armed-forces:SDN');
    expect(army?.name).toBe('Armed Forces of Sudan');
    expect(army?.kbName).toBeUndefined();
  });

  it('a line of capitals never renames a body', () => {
    const doc = linked('RUSSIAN MILITARY DENIES STRIKE\nMoscow, May 10 -- The military said no strike took place.', [], at);
    const e = byKb(doc.entities, 'org:armed-forces:RUS');
    expect(e?.name).toBe('Armed Forces of Russia');
  });

  it('a body the KB lists goes by an alias printed in its place ("Russian Defense Ministry")', () => {
    const doc = linked('The Russian Defense Ministry said its troops had pulled back.', [], at);
    expect(byKb(doc.entities, 'org:mod-rf')).toMatchObject({
      name: 'Russian Defense Ministry', kbName: 'Ministry of Defence of Russia', country: 'RUS', code: 'RUSMIL',
    });
  });

  it('"the South Korean Foreign Ministry" is the KB\'s ministry under the name printed', () => {
    const doc = linked('The South Korean Foreign Ministry welcomed the statement.', [], at);
    expect(byKb(doc.entities, 'org:mofa-kor')).toMatchObject({ name: 'South Korean Foreign Ministry', kbName: 'Ministry of Foreign Affairs of South Korea' });
  });

  it('the KB name printed anywhere, even inside a longer name, is kept', () => {
    const doc = linked('The Russian Defense Ministry said so. The Ministry of Defence of Russia later confirmed it.', [], at);
    const e = byKb(doc.entities, 'org:mod-rf');
    expect(e?.name).toBe('Ministry of Defence of Russia');
    expect(e?.kbName).toBeUndefined();
  });

  it('another name of a body never renames it ("Smolenskaya Square" for the Russian Foreign Ministry)', () => {
    const doc = linked('Smolenskaya Square said the envoy had been summoned.', [['Smolenskaya Square', 'ORG']], at);
    const e = byKb(doc.entities, 'org:mid-rf');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Smolenskaya Square']);
    expect(e?.name).toBe('Ministry of Foreign Affairs of Russia');
  });

  it('an abbreviation never renames a body ("Iran\'s MFA")', () => {
    const doc = linked("Iran's MFA said the report was false. The MFA added that it would respond.", [], at);
    const e = byKb(doc.entities, 'org:foreign-ministry:IRN');
    expect(e?.mentions.map((m) => m.text)).toContain("Iran's MFA");
    expect(e?.name).toBe('Ministry of Foreign Affairs of Iran');
  });
});

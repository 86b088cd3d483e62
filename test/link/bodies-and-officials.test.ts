import { describe, expect, it } from 'vitest';
import { byName, entityWith, linked } from './helpers.js';

// Original prose written for these tests.

describe('link: "the allies" and "the alliance" are NATO only when the article names NATO', () => {
  it('lower-case "the allies" and "the alliance" resolve to NATO named later in the article', () => {
    const text = 'The allies agreed on Tuesday to send more air defence systems, NATO said. Moscow warned the alliance against escalation.';
    const doc = linked(text, [['NATO', 'ORG'], ['Moscow', 'PLACE']], { reference: '2024-07-09T10:00:00Z' });
    expect(entityWith(doc, 'The allies')?.code).toBe('IGONAT');
    expect(entityWith(doc, 'the alliance')?.code).toBe('IGONAT');
    expect(entityWith(doc, 'The allies')?.mentions.find((m) => m.text === 'The allies')?.resolved).toBe(true);
  });

  it('without NATO in the article they resolve to no one', () => {
    const text = 'The allies agreed on Tuesday to send more aid. Moscow warned the alliance against escalation.';
    const doc = linked(text, [['Moscow', 'PLACE']], { reference: '2024-07-09T10:00:00Z' });
    expect(entityWith(doc, 'The allies')).toBeUndefined();
    expect(entityWith(doc, 'the alliance')).toBeUndefined();
  });
});

describe('link: U.N. agencies by their descriptions (KB aliases)', () => {
  const cases: Array<[string, string]> = [
    ['the U.N. nuclear watchdog', 'International Atomic Energy Agency'],
    ['the U.N. atomic agency', 'International Atomic Energy Agency'],
    ['the U.N. refugee agency', 'UNHCR'],
    ["the U.N. children's agency", 'UNICEF'],
    ['the UN food agency', 'World Food Programme'],
    ['the U.N. health agency', 'World Health Organization'],
  ];
  for (const [phrase, name] of cases) {
    it(`"${phrase}" is ${name}, not the United Nations`, () => {
      const text = `Officials of ${phrase} arrived in the port city on Friday with two trucks of supplies.`;
      const doc = linked(text, [], { reference: '2018-06-14T10:00:00Z' });
      const bare = phrase.replace(/^the /u, '');
      const e = entityWith(doc, bare);
      expect(e?.name).toBe(name);
      // The letters at its head name the UN as well (as "FIFA World Cup" names FIFA), only there.
      const at = text.indexOf(bare);
      for (const m of byName(doc, 'United Nations')?.mentions ?? []) expect(m.start === at && m.end <= at + bare.length).toBe(true);
    });
  }

  it('"the head of the U.N. nuclear watchdog" is the IAEA\'s head on the article\'s date', () => {
    const text = 'The head of the U.N. nuclear watchdog arrived in Tehran on Monday for talks on inspections.';
    expect(entityWith(linked(text, [['Tehran', 'PLACE']], { reference: '2018-06-14T10:00:00Z' }), 'The head of the U.N. nuclear watchdog')?.name).toBe('Yukiya Amano');
    expect(entityWith(linked(text, [['Tehran', 'PLACE']], { reference: '2021-03-01T10:00:00Z' }), 'The head of the U.N. nuclear watchdog')?.name).toBe('Rafael Grossi');
  });
});

describe('link: officials of intergovernmental bodies and movements take the body\'s code', () => {
  it('a U.N. Secretary-General on the date codes IGOUNO', () => {
    const text = 'U.N. Secretary-General Kofi Annan flew to Luanda on Sunday.';
    const doc = linked(text, [['U.N.', 'ORG'], ['Kofi Annan', 'PERSON'], ['Luanda', 'PLACE']], { reference: '2002-03-03T10:00:00Z' });
    expect(byName(doc, 'Kofi Annan')?.code).toBe('IGOUNO');
  });

  it('with no date, a person known only for a U.N. office still codes IGOUNO, not the bare UNO', () => {
    const doc = linked('Kofi Annan urged both sides to return to talks.', [['Kofi Annan', 'PERSON']], {});
    expect(byName(doc, 'Kofi Annan')?.code).toBe('IGOUNO');
  });

  it('a UNITA leader is an Angolan rebel (AGOREB), not an IGO', () => {
    const text = 'UNITA leader Lucas Mbundo rejected the ceasefire plan on Sunday.';
    const doc = linked(text, [['UNITA', 'ORG'], ['Lucas Mbundo', 'PERSON']], { reference: '1998-03-03T10:00:00Z' });
    expect(byName(doc, 'UNITA')?.code).toBe('AGOREB');
    expect(byName(doc, 'Lucas Mbundo')?.code).toBe('AGOREB');
  });

  it('officials titled by the Arab League, the ILO and the European Community take those codes', () => {
    const text = 'Arab League envoy Samir Haddad met ILO Director-General Pia Lund and European Community envoy Hans Vogel in Geneva.';
    const doc = linked(text, [['Arab League', 'ORG'], ['ILO', 'ORG'], ['European Community', 'ORG'], ['Samir Haddad', 'PERSON'], ['Pia Lund', 'PERSON'], ['Hans Vogel', 'PERSON'], ['Geneva', 'PLACE']], { reference: '1990-03-03T10:00:00Z' });
    expect(byName(doc, 'Samir Haddad')?.code).toBe('IGOARL');
    expect(byName(doc, 'Pia Lund')?.code).toBe('IGOUNO');
    expect(byName(doc, 'Hans Vogel')?.code).toBe('IGOEUR');
  });
});

describe('link: "official", "spokesman" descriptions are never the head of state or government', () => {
  it('"the senior North Korean official" after the leader is named stays unresolved', () => {
    const text = 'North Korean leader Kim Jong-un toured a factory on Monday. The senior North Korean official praised the workers.';
    const doc = linked(text, [['Kim Jong-un', 'PERSON']], { reference: '2018-06-14T10:00:00Z' });
    expect(entityWith(doc, 'The senior North Korean official')?.name).not.toBe('Kim Jong-un');
  });

  it('it resolves to a named official whose office does not lead the country', () => {
    const text = 'President of the Presidium of the Supreme People\'s Assembly Kim Yong-nam met President Vladimir Putin. Putin thanked the senior North Korean official for coming.';
    const doc = linked(text, [['Kim Yong-nam', 'PERSON'], ['Vladimir Putin', 'PERSON'], ['Putin', 'PERSON'], ['Supreme People\'s Assembly', 'ORG']], { reference: '2018-06-14T10:00:00Z' });
    expect(entityWith(doc, 'the senior North Korean official')?.name).toBe('Kim Yong-nam');
  });

  it('"the Russian spokesman" is not the Russian president', () => {
    const text = 'Russian President Vladimir Putin spoke to reporters in Sochi. Later the Russian spokesman said the talks would resume.';
    const doc = linked(text, [['Vladimir Putin', 'PERSON'], ['Sochi', 'PLACE']], { reference: '2018-06-14T10:00:00Z' });
    expect(entityWith(doc, 'the Russian spokesman')?.name).not.toBe('Vladimir Putin');
  });
});

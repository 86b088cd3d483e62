import { describe, expect, it } from 'vitest';
import { byName, entityWith, linked } from './helpers.js';

// Original prose written for these tests.

describe('link: descriptions resolve to the person in the article', () => {
  it('"the X leader" finds the titled president even when the article has no date', () => {
    const text = 'South Korean President Yoon Suk Yeol arrived in Tokyo on Thursday. "We are neighbours," the South Korean leader said.';
    const doc = linked(text, [['Yoon Suk Yeol', 'PERSON'], ['Tokyo', 'PLACE']], {});
    expect(entityWith(doc, 'the South Korean leader')?.name).toBe('Yoon Suk Yeol');
  });

  it('"the former Norwegian prime minister" is the person the KB knows held that office', () => {
    const text = 'NATO Secretary General Jens Stoltenberg spoke in Riga. "The door is open," the former Norwegian prime minister said.';
    const doc = linked(text, [['Jens Stoltenberg', 'PERSON'], ['Riga', 'PLACE'], ['NATO', 'ORG']], { reference: '2022-05-02T10:00:00Z' });
    expect(entityWith(doc, 'the former Norwegian prime minister')?.name).toBe('Jens Stoltenberg');
    expect(entityWith(doc, 'the former Norwegian prime minister')?.mentions.find((m) => m.form === 'description')?.resolved).toBe(true);
  });

  it("a body's envoy takes the name in apposition after a prepositional phrase", () => {
    const text = '"Both sides have agreed," the AU\'s envoy for the Sahel, former Malian president Amadou Keita Sow, told reporters.';
    const doc = linked(text, [['Amadou Keita Sow', 'PERSON']], { reference: '2022-05-02T10:00:00Z' });
    expect(entityWith(doc, "the AU's envoy")?.name).toBe('Amadou Keita Sow');
  });

  it('a comma after a framing phrase is no apposition: the leader is not the next name of another country', () => {
    const text = 'Turkish President Recep Tayyip Erdogan met reporters. According to the Turkish leader, Russian President Vladimir Putin will visit in August.';
    const doc = linked(text, [['Recep Tayyip Erdogan', 'PERSON'], ['Vladimir Putin', 'PERSON']], { reference: '2023-07-07T10:00:00Z' });
    expect(entityWith(doc, 'the Turkish leader')?.name).toMatch(/Erdo/u);
  });

  it('"the minister" goes to the minister the paragraph is about, not the last one named', () => {
    const text = [
      'Russian Foreign Minister Sergei Lavrov arrived in Beijing on Monday.',
      'Lavrov said ties were at their best. Lavrov thanked his host, Chinese Foreign Minister Wang Yi.',
      'According to the minister, the two sides agreed on a plan.',
    ].join(' ');
    const doc = linked(text, [['Sergei Lavrov', 'PERSON'], ['Wang Yi', 'PERSON'], ['Lavrov', 'PERSON'], ['Beijing', 'PLACE']], { reference: '2024-04-08T10:00:00Z' });
    expect(entityWith(doc, 'the minister')?.name).toMatch(/Lavrov/u);
  });
});

describe('link: short names', () => {
  it('a name the KB does not know answers to its first word too, and that link is stated', () => {
    const text = 'Rebel spokesman Tadesse Worku spoke in Mekelle. "We want peace," Tadesse said.';
    const doc = linked(text, [['Tadesse Worku', 'PERSON'], ['Tadesse', 'PERSON'], ['Mekelle', 'PLACE']], {});
    const e = byName(doc, 'Tadesse Worku');
    const short = e?.mentions.find((m) => m.text === 'Tadesse');
    expect(short).toBeDefined();
    expect(short?.resolved).toBeUndefined();
  });

  it('a country name of several words tagged as a person is the country', () => {
    const doc = linked('Leaders urge N. Korea to halt launches.', [['N. Korea', 'PERSON']], {});
    expect(entityWith(doc, 'N. Korea')?.country).toBe('PRK');
    expect(entityWith(doc, 'N. Korea')?.type).toBe('PLACE');
  });

  it('an all-capitals name with a digit is swept ("G7")', () => {
    const doc = linked('The G7 leaders met in Hiroshima.', [['Hiroshima', 'PLACE']], {});
    expect(entityWith(doc, 'G7')?.type).toBe('ORG');
  });
});

describe('link: people the KB does not know take the country and code their title states', () => {
  const text = [
    'White House spokesman Arlo Penfield said talks would go on.',
    'Pentagon spokesman Dana Whitcombe declined to comment.',
    'Israeli ambassador Yoram Tzadik spoke after the vote, and Ethiopian official Lemma Tefera welcomed it.',
    "Iran's Foreign Ministry spokesman Karim Tabrizi rejected the report.",
  ].join(' ');
  const doc = linked(text, [['Arlo Penfield', 'PERSON'], ['Dana Whitcombe', 'PERSON'], ['Yoram Tzadik', 'PERSON'], ['Lemma Tefera', 'PERSON'], ['Karim Tabrizi', 'PERSON']],
    { reference: '2024-03-25T10:00:00Z' });

  it('a body of a country in the title gives its country and code', () => {
    expect(byName(doc, 'Arlo Penfield')?.country).toBe('USA');
    expect(byName(doc, 'Arlo Penfield')?.code).toBe('USAGOV');
    expect(byName(doc, 'Dana Whitcombe')?.code).toBe('USAMIL');
  });

  it('a demonym or possessive country with an office word gives the country and GOV', () => {
    expect(byName(doc, 'Yoram Tzadik')?.code).toBe('ISRGOV');
    expect(byName(doc, 'Lemma Tefera')?.code).toBe('ETHGOV');
    expect(byName(doc, 'Karim Tabrizi')?.country).toBe('IRN');
  });

  it("a generic ministry with a possessive country inside a title is that country's ministry", () => {
    const e = entityWith(doc, "Iran's Foreign Ministry");
    expect(e?.type).toBe('ORG');
    expect(e?.country).toBe('IRN');
  });
});

describe('link: regions, armed groups and parties', () => {
  it('a region of a country is a place of it; an armed group has its country', () => {
    const text = 'Fighting in Tigray eased after the Tigray People\'s Liberation Front (TPLF) signed the deal. The TPLF said more talks were due.';
    const doc = linked(text, [['Tigray', 'PLACE'], ["Tigray People's Liberation Front", 'ORG'], ['TPLF', 'ORG']], { reference: '2022-11-02T10:00:00Z' });
    expect(entityWith(doc, 'Tigray')?.type).toBe('PLACE');
    expect(entityWith(doc, 'Tigray')?.country).toBe('ETH');
    const tplf = entityWith(doc, 'TPLF');
    expect(tplf?.country).toBe('ETH');
    expect(tplf).toBe(entityWith(doc, "Tigray People's Liberation Front"));
  });

  it("a country's ministry with its own English name keeps it as kbName, going by the alias printed", () => {
    const doc = linked('The Japanese Defense Ministry said the missile fell into the sea.', [], { reference: '2023-03-16T10:00:00Z' });
    expect(entityWith(doc, 'Japanese Defense Ministry')).toMatchObject({
      name: 'Japanese Defense Ministry', kbName: 'Ministry of Defense of Japan', kb: 'org:mod-jp', country: 'JPN',
    });
  });
});

describe('link: officials affiliated by their sentence', () => {
  const text = [
    "The rebels' Liberation Front was represented by its spokesman Tesfaye Gebru.",
    'At the White House, security spokesman Owen Marsh said the vote changed nothing.',
    "Algeria's U.N. ambassador, Karim Bouzid, said the vote came late.",
    'Later, spokesman Paul Nery of a charity declined to comment.',
  ].join(' ');
  const doc = linked(text, [['Tesfaye Gebru', 'PERSON'], ['Owen Marsh', 'PERSON'], ['Karim Bouzid', 'PERSON'], ['Paul Nery', 'PERSON']],
    { reference: '2024-03-25T10:00:00Z' });

  it('a titled official takes the country of the body named before him in the sentence', () => {
    expect(byName(doc, 'Owen Marsh')?.country).toBe('USA');
    expect(byName(doc, 'Owen Marsh')?.code).toBe('USAGOV');
  });

  it('an official described by a country takes it', () => {
    expect(byName(doc, 'Karim Bouzid')?.country).toBe('DZA');
  });

  it('nothing in the sentence, no country', () => {
    expect(byName(doc, 'Paul Nery')?.country).toBeUndefined();
    expect(byName(doc, 'Tesfaye Gebru')?.country).toBeUndefined();
  });

  it('an armed group named before gives its own code', () => {
    const d = linked('The TPLF was represented by its spokesman Tesfaye Gebru.', [['TPLF', 'ORG'], ['Tesfaye Gebru', 'PERSON']], {});
    expect(byName(d, 'Tesfaye Gebru')?.code).toBe('ETHREB');
  });
});

describe('link: given names and nested bodies', () => {
  it('an Ethiopian leader the KB knows is named again by the given name', () => {
    const text = 'Prime Minister Abiy Ahmed welcomed the deal. Abiy said peace would hold.';
    const doc = linked(text, [['Abiy Ahmed', 'PERSON'], ['Abiy', 'PERSON']], { reference: '2022-11-02T10:00:00Z' });
    expect(entityWith(doc, 'Abiy', text.indexOf('Abiy said'))?.name).toBe('Abiy Ahmed');
  });

  it('a body "of" a known body names that one too', () => {
    const text = 'He sits on the Political Bureau of the Communist Party of China Central Committee.';
    const doc = linked(text, [['Political Bureau of the Communist Party of China Central Committee', 'ORG']], {});
    expect(byName(doc, 'Communist Party of China')?.country).toBe('CHN');
  });
});

describe('link: generic bodies in lower case with their country', () => {
  it('"the Russian embassy" is an ORG of Russia coded RUSGOV; "the Israeli army" ISRMIL; a bare "the army" is left alone', () => {
    const doc = linked('The Russian embassy said Moscow would respond. The Israeli army said it struck targets. The army was quiet.', [], { reference: '2024-03-25T10:00:00Z' });
    const embassy = entityWith(doc, 'Russian embassy');
    expect(embassy?.type).toBe('ORG');
    expect(embassy?.code).toBe('RUSGOV');
    expect(entityWith(doc, 'Israeli army')?.code).toBe('ISRMIL');
    expect(entityWith(doc, 'army', doc.article.text.indexOf('The army') + 4)).toBeUndefined();
  });
});

describe('link: places that point back', () => {
  it("\"the city's X\" is in the country of the place named before", () => {
    const text = 'The leaders arrived in Hiroshima on Friday and will visit a memorial in the city\'s Quiet Garden Park.';
    const doc = linked(text, [['Hiroshima', 'PLACE'], ['Quiet Garden Park', 'PLACE']], {});
    expect(entityWith(doc, 'Quiet Garden Park')?.country).toBe('JPN');
    const other = linked('The leaders will visit the Quiet Garden Park.', [['Quiet Garden Park', 'PLACE']], {});
    expect(entityWith(other, 'Quiet Garden Park')?.country).toBeUndefined();
  });
});

describe('link: periods and ministries by their own names', () => {
  it('Ramadan is a period (EVENT), never a place, whatever the tagger says', () => {
    const doc = linked('The truce should hold for Ramadan.', [['Ramadan', 'PLACE']], {});
    expect(entityWith(doc, 'Ramadan')?.type).toBe('EVENT');
  });

  it("Japan's trade ministry is found under its own name, with its country", () => {
    const doc = linked('The Ministry of Economy, Trade and Industry said controls would ease.', [['Ministry of Economy, Trade and Industry', 'ORG']], {});
    expect(entityWith(doc, 'Ministry of Economy, Trade and Industry')?.country).toBe('JPN');
  });
});

describe('link: legislatures by their own names', () => {
  it('"the Turkish parliament" is the Grand National Assembly; an office of a known body takes its country', () => {
    const doc = linked('The bid goes to the Turkish parliament. He heads the Office of the Central Commission for Foreign Affairs.',
      [['Office of the Central Commission for Foreign Affairs', 'ORG']], {});
    expect(entityWith(doc, 'Turkish parliament')?.name).toBe('Grand National Assembly of Turkey');
    expect(entityWith(doc, 'Turkish parliament')?.code).toBe('TURLEG');
    expect(byName(doc, 'Office of the Central Commission for Foreign Affairs')?.country).toBe('CHN');
  });
});

describe('link: the presidential office', () => {
  it('is the office of the president named last before it, and of no one when none is', () => {
    const doc = linked('North Korea fired a missile. President Yoon Suk Yeol will visit Tokyo. The presidential office said the trip would go ahead.',
      [['Yoon Suk Yeol', 'PERSON'], ['North Korea', 'PLACE'], ['Tokyo', 'PLACE']], { reference: '2023-05-20T10:00:00Z' });
    expect(entityWith(doc, 'The presidential office')?.country).toBe('KOR');
    const none = linked('North Korea fired a missile. The presidential office said nothing.', [['North Korea', 'PLACE']], { reference: '2023-05-20T10:00:00Z' });
    expect(entityWith(none, 'The presidential office')).toBeUndefined();
  });
});

describe("link: the president's staff", () => {
  it('"presidential secretary X" is of the country of the president named before', () => {
    const text = 'President Yoon Suk Yeol joined the summit. "It is a strong message," senior presidential secretary Min Seo-yeon told reporters.';
    const doc = linked(text, [['Yoon Suk Yeol', 'PERSON'], ['Min Seo-yeon', 'PERSON']], { reference: '2023-05-20T10:00:00Z' });
    expect(byName(doc, 'Min Seo-yeon')?.country).toBe('KOR');
    const none = linked('"It is a strong message," senior presidential secretary Min Seo-yeon told reporters.', [['Min Seo-yeon', 'PERSON']], { reference: '2023-05-20T10:00:00Z' });
    expect(byName(none, 'Min Seo-yeon')?.country).toBeUndefined();
  });
});

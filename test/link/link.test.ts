import { describe, expect, it } from 'vitest';
import { resolvePronoun } from '../../src/analyze/link/index.js';
import { byName, entityWith, linked } from './helpers.js';

// Original prose written for these tests.
const SUMMIT = [
  'Chinese President Xi Jinping hosted French President Emmanuel Macron in Beijing on Thursday.',
  'Xi told his guest that trade should stay open, and Macron said he agreed.',
  'The Chinese leader also spoke with the German chancellor by telephone, the Foreign Ministry said.',
].join(' ');

describe('link: names, short names, titles', () => {
  const doc = linked(SUMMIT, [['Xi Jinping', 'PERSON'], ['Emmanuel Macron', 'PERSON'], ['Xi', 'PERSON'], ['Macron', 'PERSON'], ['Beijing', 'PLACE']],
    { reference: '2019-03-28T10:00:00+08:00' });

  it('links full names to the KB with country, code and role at the date', () => {
    const xi = byName(doc, 'Xi Jinping');
    expect(xi?.kb).toBe('person:xi-jinping');
    expect(xi?.country).toBe('CHN');
    expect(xi?.code).toBe('CHNGOV');
    expect(xi?.role).toMatch(/President of (?:the People's Republic of )?China/);
    expect(xi?.titles).toContain('Chinese President');
    expect(byName(doc, 'Emmanuel Macron')?.role).toBe('President of France');
  });

  it('attaches surnames to the full name printed earlier, as stated (not resolved)', () => {
    const xi = byName(doc, 'Xi Jinping');
    const short = xi?.mentions.find((m) => m.text === 'Xi');
    expect(short).toBeDefined();
    expect(short?.resolved).toBeUndefined();
    expect(entityWith(doc, 'Macron said')).toBeUndefined();
    expect(byName(doc, 'Emmanuel Macron')?.mentions.map((m) => m.text)).toContain('Macron');
  });

  it('resolves descriptions to the person named earlier', () => {
    expect(entityWith(doc, 'The Chinese leader')?.name).toBe('Xi Jinping');
  });

  it('resolves an unnamed office holder from the KB at the date', () => {
    const merkel = entityWith(doc, 'the German chancellor');
    expect(merkel?.name).toBe('Angela Merkel');
    expect(merkel?.mentions[0]?.resolved).toBe(true);
  });

  it("gives a generic ministry the country of the article's speaker", () => {
    expect(entityWith(doc, 'Foreign Ministry')?.country).toBe('CHN');
  });

  it('resolves pronouns, skipping names inside quotes', () => {
    const he = doc.article.text.indexOf('he agreed');
    expect(doc.entities.find((e) => e.id === resolvePronoun(doc, he))?.name).toBe('Emmanuel Macron');
  });

  it('makes ids in order of first mention and spans that round-trip', () => {
    doc.entities.forEach((e, i) => {
      expect(e.id).toBe(`e${i + 1}`);
      for (const m of e.mentions) expect(doc.article.text.slice(m.start, m.end)).toBe(m.text);
    });
  });
});

describe('link: roles at a date', () => {
  const text = 'Officials said the South Korean president would travel to Tokyo next week.';
  it('the South Korean president is Moon Jae-in in June 2018', () => {
    const doc = linked(text, [['Tokyo', 'PLACE']], { reference: '2018-06-14T09:00:00+09:00' });
    expect(entityWith(doc, 'the South Korean president')?.name).toBe('Moon Jae-in');
  });
  it('and Yoon Suk-yeol in June 2023', () => {
    const doc = linked(text, [['Tokyo', 'PLACE']], { reference: '2023-06-01T09:00:00+09:00' });
    const e = entityWith(doc, 'the South Korean president');
    expect(e?.name).toBe('Yoon Suk-yeol');
    expect(e?.role).toBe('President of South Korea');
    expect(e?.code).toBe('KORGOV');
  });
  it('a surname alone finds the office holder of that date', () => {
    const doc = linked('Merkel met union leaders in Berlin.', [['Merkel', 'PERSON'], ['Berlin', 'PLACE']], { reference: '2012-05-02T12:00:00Z' });
    expect(entityWith(doc, 'Merkel')?.name).toBe('Angela Merkel');
    expect(entityWith(doc, 'Merkel')?.role).toBe('Chancellor of Germany');
  });
  it('a former office holder is coded as an elite', () => {
    const doc = linked('Angela Merkel gave a lecture in Berlin.', [['Angela Merkel', 'PERSON']], { reference: '2023-05-02T12:00:00Z' });
    expect(byName(doc, 'Angela Merkel')?.role).toBeUndefined();
    expect(byName(doc, 'Angela Merkel')?.code).toBe('DEUELI');
  });
});

describe('link: short names settled by context', () => {
  const text = [
    'Veteran envoy Kim Yong-nam arrived in Beijing on Monday with a letter from North Korean leader Kim Jong-un.',
    'The letter praised the Trump-Kim summit in Singapore, where US President Donald Trump and Kim Jong-un shook hands.',
  ].join(' ');
  const doc = linked(text, [['Kim Yong-nam', 'PERSON'], ['Kim Jong-un', 'PERSON'], ['Donald Trump', 'PERSON'], ['Beijing', 'PLACE'], ['Singapore', 'PLACE']],
    { reference: '2018-07-02T12:00:00Z' });
  it('"Kim" paired with Trump is Kim Jong-un', () => {
    const at = text.indexOf('Kim summit');
    const kim = doc.entities.find((e) => e.mentions.some((m) => m.start === at));
    expect(kim?.name).toBe('Kim Jong-un');
    // Two Kims are named: the choice is the context's, so the link is marked resolved.
    expect(kim?.mentions.find((m) => m.start === at)?.resolved).toBe(true);
    const trump = doc.entities.find((e) => e.mentions.some((m) => m.start === text.indexOf('Trump-Kim')));
    expect(trump?.name).toBe('Donald Trump');
  });
  it('North Korea\'s two Kims stay two entities', () => {
    expect(byName(doc, 'Kim Yong-nam')).toBeDefined();
    expect(byName(doc, 'Kim Jong-un')).not.toBe(byName(doc, 'Kim Yong-nam'));
    expect(byName(doc, 'Kim Jong-un')?.titles).toContain('North Korean leader');
  });
});

describe('link: places and countries', () => {
  it('Moscow is the Russian city unless the article is about Idaho', () => {
    const ru = linked('Talks resumed in Moscow.', [['Moscow', 'PLACE']], { reference: '2020-01-01T00:00:00Z' });
    expect(byName(ru, 'Moscow')?.country).toBe('RUS');
    const us = linked('Students in Moscow, Idaho, and across the United States marched.', [['Moscow', 'PLACE'], ['Idaho', 'PLACE']], { reference: '2020-01-01T00:00:00Z' });
    expect(byName(us, 'Moscow')?.country).toBe('USA');
  });
  it('finds countries by alias and demonym, and the DPRK is North Korea', () => {
    const doc = linked('The DPRK and the US held talks; Pyongyang said Japanese observers attended.', [['DPRK', 'PLACE'], ['Pyongyang', 'PLACE']], { reference: '2019-01-01T00:00:00Z' });
    expect(entityWith(doc, 'DPRK')?.name).toBe('North Korea');
    expect(entityWith(doc, 'US')?.country).toBe('USA');
    expect(entityWith(doc, 'Japanese')?.name).toBe('Japan');
    expect(entityWith(doc, 'Pyongyang')?.code).toBe('PRKGOV');
  });
  it('the Kremlin and the Pentagon carry their codes', () => {
    const doc = linked('The Kremlin rejected a report by the Pentagon.', [['Kremlin', 'ORG'], ['Pentagon', 'ORG']], { reference: '2019-01-01T00:00:00Z' });
    expect(entityWith(doc, 'Kremlin')?.code).toBe('RUSGOV');
    expect(entityWith(doc, 'Pentagon')?.code).toBe('USAMIL');
  });
  it('"the Foreign Ministry" takes a country word before it', () => {
    const doc = linked('The Japanese Foreign Ministry summoned the envoy.', [], { reference: '2019-01-01T00:00:00Z' });
    const e = doc.entities.find((x) => x.kb === 'org:foreign-ministry:JPN');
    expect(e?.country).toBe('JPN');
    expect(e?.code).toBe('JPNGOV');
    // It goes by the name printed; the template's name is kept for grouping.
    expect(e?.name).toBe('Japanese Foreign Ministry');
    expect(e?.kbName).toBe('Ministry of Foreign Affairs of Japan');
  });
});

describe('link: metonyms and qualified places', () => {
  it('a capital tagged as an actor is the city, coded as its government', () => {
    const doc = linked('Pyongyang rejected the offer, and Seoul said talks would go on.', [['Pyongyang', 'ORG'], ['Seoul', 'PLACE']], { reference: '2019-01-01T00:00:00Z' });
    expect(entityWith(doc, 'Pyongyang')).toMatchObject({ type: 'PLACE', country: 'PRK', code: 'PRKGOV' });
    expect(entityWith(doc, 'Seoul')).toMatchObject({ country: 'KOR', code: 'KORGOV' });
  });
  it('a country inside a longer place name is not the place\'s country', () => {
    const doc = linked('Crews worked near Albuquerque, New Mexico overnight.', [['Albuquerque, New Mexico', 'PLACE']], { reference: '2019-01-01T00:00:00Z' });
    expect(entityWith(doc, 'Albuquerque, New Mexico')?.country).toBe('USA');
  });
  it('the same one-word name twice is stated, not resolved', () => {
    const doc = linked('Znak reported the fire. Znak later corrected the figure.', [['Znak', 'ORG']], { reference: '2019-01-01T00:00:00Z' });
    const znak = entityWith(doc, 'Znak');
    expect(znak?.mentions).toHaveLength(2);
    expect(znak?.mentions.some((m) => m.resolved)).toBe(false);
  });
});

describe('link: what must stay unlinked', () => {
  it('a lesser office is not the president', () => {
    const doc = linked('President Donald Trump spoke first; the Vice President spoke later.', [['Donald Trump', 'PERSON']], { reference: '2019-01-07T00:00:00Z' });
    expect(entityWith(doc, 'the Vice President')).toBeUndefined();
  });
  it('a small town abroad does not stand in for a planet', () => {
    const doc = linked('Brines on Mars could host simple life, the team said.', [['Mars', 'PLACE']], { reference: '2019-01-07T00:00:00Z' });
    expect(entityWith(doc, 'Mars')?.country).toBeUndefined();
  });
  it('Georgia in a US political story is the state', () => {
    const doc = linked('Senator David Perdue of Georgia joined colleagues from Utah and Florida in the U.S. Senate.', [['David Perdue', 'PERSON'], ['Georgia', 'PLACE'], ['Utah', 'PLACE'], ['Florida', 'PLACE']], { reference: '2019-01-07T00:00:00Z' });
    expect(entityWith(doc, 'Georgia')?.country).toBe('USA');
  });
});

describe('link: titles that name a body', () => {
  it('a Kremlin spokesman is Russian, and Washington is the US capital', () => {
    const doc = linked('Kremlin spokesman Dmitry Peskov said Washington had not replied.', [['Dmitry Peskov', 'PERSON'], ['Washington', 'PLACE']], { reference: '2019-01-01T00:00:00Z' });
    expect(entityWith(doc, 'Kremlin spokesman Dmitry Peskov')).toMatchObject({ country: 'RUS', code: 'RUSGOV' });
    expect(entityWith(doc, 'Washington')).toMatchObject({ country: 'USA', code: 'USAGOV' });
  });
});

describe('link: people the KB does not know', () => {
  it('take country, code and role from their title', () => {
    const doc = linked('Iranian Foreign Minister Mohammad Reza Example met reporters.', [['Mohammad Reza Example', 'PERSON']], { reference: '2015-07-14T00:00:00Z' });
    expect(entityWith(doc, 'Iranian Foreign Minister Mohammad Reza Example')).toMatchObject({ country: 'IRN', code: 'IRNGOV', role: 'Foreign Minister of Iran' });
  });
  it('but a former minister holds no role', () => {
    const doc = linked('Former Iranian Foreign Minister Ali Example spoke.', [['Ali Example', 'PERSON']], { reference: '2015-07-14T00:00:00Z' });
    expect(doc.entities.find((e) => e.name === 'Ali Example')?.role).toBeUndefined();
  });
});

describe('link: a person is never a place of the same name', () => {
  it('"Moon" after Moon Jae-in is the president, not the Moon', () => {
    const doc = linked('South Korean President Moon Jae-in arrived. Moon said the talks went well.', [['Moon Jae-in', 'PERSON'], ['Moon', 'PERSON']], { reference: '2018-04-27T00:00:00Z' });
    expect(doc.entities.find((e) => e.name === 'Moon Jae-in')?.mentions.map((m) => m.text)).toContain('Moon');
  });
});

describe('link: heads of intergovernmental bodies by description', () => {
  it('the UN secretary-general in 2010, the NATO chief in 2020', () => {
    const a = linked('Officials said the UN secretary-general would visit.', [], { reference: '2010-05-01T00:00:00Z' });
    expect(entityWith(a, 'the UN secretary-general')?.name).toBe('Ban Ki-moon');
    const b = linked('Allies met as the NATO chief warned of new threats.', [], { reference: '2020-05-01T00:00:00Z' });
    expect(entityWith(b, 'the NATO chief')).toMatchObject({ name: 'Jens Stoltenberg', code: 'IGONAT' });
  });
});

describe('link: office words match whole words', () => {
  it('"the King" is not the Prime Minister of the United Kingdom', () => {
    const doc = linked('Prime Minister Theresa May met the King of Spain; the King praised her.', [['Theresa May', 'PERSON']], { reference: '2019-03-01T00:00:00Z' });
    expect(entityWith(doc, 'the King')?.name).not.toBe('Theresa May');
  });
  it('a monarch of several realms reigns over the realm the article is about', () => {
    const uk = linked('Queen Elizabeth II opened the session of the British Parliament.', [['Elizabeth II', 'PERSON']], { reference: '2019-07-24T00:00:00Z' });
    expect(uk.entities.find((e) => e.name === 'Elizabeth II')).toMatchObject({ country: 'GBR', role: 'Monarch of the United Kingdom' });
    const ca = linked('Queen Elizabeth II toured Canada, meeting Canadian veterans.', [['Elizabeth II', 'PERSON']], { reference: '2019-07-24T00:00:00Z' });
    expect(ca.entities.find((e) => e.name === 'Elizabeth II')?.country).toBe('CAN');
  });
});

describe('link: descriptions of jobs and of former holders', () => {
  it('"the American ambassador" is not the Secretary of State', () => {
    const doc = linked('U.S. Secretary of State Mike Pompeo left, and the American ambassador stayed.', [['Mike Pompeo', 'PERSON']], { reference: '2019-10-10T00:00:00Z' });
    expect(entityWith(doc, 'the American ambassador')).toBeUndefined();
  });
  it('"the prime minister" is the one in office, not a former one', () => {
    const doc = linked('Former Prime Minister John Major criticized Prime Minister Boris Johnson. The prime minister replied.', [['John Major', 'PERSON'], ['Boris Johnson', 'PERSON']], { reference: '2019-09-24T00:00:00Z' });
    expect(entityWith(doc, 'The prime minister')?.name).toBe('Boris Johnson');
  });
});

describe('link: names a tagger split', () => {
  it('"Kim" + "Yong-nam" side by side are Kim Yong-nam', () => {
    const doc = linked('Putin spoke, addressing Kim Yong-nam.', [['Kim', 'PERSON'], ['Yong-nam', 'PERSON'], ['Putin', 'PERSON']], { reference: '2018-06-14T00:00:00Z' });
    expect(entityWith(doc, 'Kim Yong-nam')?.name).toBe('Kim Yong-nam');
  });
});

describe('link: bodies named again by a common noun', () => {
  it('the ministry, the alliance, the bloc', () => {
    const text = 'The Russian Foreign Ministry summoned the envoy; the ministry said NATO was to blame. The alliance denied it, and the EU said the bloc would respond.';
    const doc = linked(text, [['NATO', 'ORG'], ['EU', 'ORG']], { reference: '2020-01-01T00:00:00Z' });
    expect(entityWith(doc, 'the ministry')).toMatchObject({ kb: 'org:mid-rf', name: 'Russian Foreign Ministry', kbName: 'Ministry of Foreign Affairs of Russia' });
    expect(entityWith(doc, 'The alliance')?.name).toBe('NATO');
    expect(entityWith(doc, 'the bloc')?.name).toBe('European Union');
  });
});

describe('link: a titled surname', () => {
  it('"Chinese President Xi" alone is Xi Jinping; a title of another country blocks a namesake', () => {
    const doc = linked('Chinese President Xi arrived in Moscow.', [['Xi', 'PERSON'], ['Moscow', 'PLACE']], { reference: '2023-03-20T00:00:00Z' });
    expect(entityWith(doc, 'Chinese President Xi')?.name).toBe('Xi Jinping');
    const other = linked('Brazilian Senator Putin spoke.', [['Putin', 'PERSON']], { reference: '2023-03-20T00:00:00Z' });
    expect(other.entities.find((e) => e.type === 'PERSON')?.name).not.toBe('Vladimir Putin');
  });
});

import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';
import type { Doc } from '../../src/analyze/doc.js';

// Original prose written for these tests; dates pinned by the reference time. Each article names
// the person by the surname alone, typed PERSON by hand (the tagger is not involved).

function on(date: string, text: string, names: ReadonlyArray<readonly [string, 'PERSON']>): Doc {
  const doc = linked(text, names, { reference: `${date}T12:00:00Z` });
  for (const e of doc.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return doc;
}

describe('link: a former leader named by the surname alone', () => {
  it('"Trump" in March 2021 is the former president, coded as an elite', () => {
    const doc = on('2021-03-03', 'Trump\'s aides declined to comment on the filing.', [['Trump', 'PERSON']]);
    const trump = entityWith(doc, 'Trump');
    expect(trump?.kb).toBe('person:donald-trump');
    expect(trump?.code).toBe('USAELI');
    expect(trump?.role).toBeUndefined();
  });

  it('"Blair" in 2010, "Sarkozy" in 2015, "Merkel" in 2023', () => {
    const cases: Array<[string, string, string, string]> = [
      ['2010-02-10', 'Blair', 'person:tony-blair', 'GBRELI'],
      ['2015-06-18', 'Sarkozy', 'person:nicolas-sarkozy', 'FRAELI'],
      ['2023-09-05', 'Merkel', 'person:angela-merkel', 'DEUELI'],
    ];
    for (const [date, name, kb, code] of cases) {
      const doc = on(date, `Asked about the new deal, ${name} said the talks had come too late.`, [[name, 'PERSON']]);
      const e = entityWith(doc, name);
      expect(e?.kb, name).toBe(kb);
      expect(e?.code, name).toBe(code);
    }
  });

  it('a title naming another country leaves the name alone', () => {
    const doc = on('2010-02-10', 'Canadian lawmaker Blair said the vote would wait.', [['Blair', 'PERSON']]);
    expect(entityWith(doc, 'Blair')?.kb).toBeUndefined();
  });

  it('two former leaders of the name: "Bush" in 2015 is nobody in particular', () => {
    const doc = on('2015-04-01', 'Bush said the campaign would open in Florida.', [['Bush', 'PERSON']]);
    const bush = entityWith(doc, 'Bush');
    expect(bush?.type).toBe('PERSON');
    expect(bush?.kb).toBeUndefined();
  });

  it('one of two namesakes in office wins: "Bush" in 2005 is the sitting president', () => {
    const doc = on('2005-04-01', 'Bush said the plan would go to Congress.', [['Bush', 'PERSON']]);
    expect(entityWith(doc, 'Bush')?.kb).toBe('person:george-w-bush');
  });

  it('a namesake holding some office on the date wins over a former leader: "Khan" in 2015', () => {
    // Ghulam Ishaq Khan had been Pakistan's president; Imran Khan led his party in 2015.
    const doc = on('2015-06-01', 'Khan said the protest would go ahead on Sunday.', [['Khan', 'PERSON']]);
    expect(entityWith(doc, 'Khan')?.kb).toBe('person:imran-khan');
  });

  it('before the first term there is no former leader: "Merkel" in 1995, "Trump" in 2010', () => {
    const merkel = on('1995-03-01', 'Merkel said the plan would wait.', [['Merkel', 'PERSON']]);
    expect(entityWith(merkel, 'Merkel')?.kb).toBeUndefined();
    const trump = on('2010-03-01', 'Trump said the tower would open in May.', [['Trump', 'PERSON']]);
    expect(entityWith(trump, 'Trump')?.kb).toBeUndefined();
  });

  it('a person the article names in full wins over the former leader', () => {
    const text = 'Ivanka Trump visited the plant on Monday. Trump said the jobs would stay.';
    const doc = on('2021-03-03', text, [['Ivanka Trump', 'PERSON'], ['Trump', 'PERSON']]);
    const bare = entityWith(doc, 'Trump', text.indexOf('. ') + 1);
    expect(bare).toBe(entityWith(doc, 'Ivanka Trump'));
    expect(bare?.kb).not.toBe('person:donald-trump');
  });
});

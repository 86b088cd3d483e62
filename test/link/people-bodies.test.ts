/**
 * A person the KB does not know takes the country of the party or body their own words name (a
 * title before the name, an apposition, "of the …" after it), and a body's name settles which of
 * two namesakes by the article's countries. A news agency credited in the dateline lends no one
 * its country. Original prose written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { newDoc, type Doc } from '../../src/analyze/doc.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import { linkDoc } from '../../src/analyze/link/index.js';
import type { EntityType } from '../../src/model.js';
import { byName, entityWith, linked, namesIn } from './helpers.js';

const ctx = { reference: '2019-03-02T08:00:00Z' };

/** As `linked`, with the first `dateline` characters of the text marked as the dateline (crediting `agency`). */
function linkedWithDateline(text: string, dateline: string, names: ReadonlyArray<readonly [string, EntityType]>, agency?: string): Doc {
  const doc = newDoc({
    id: 't', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '',
    dateline: { span: { start: 0, end: dateline.length, text: dateline }, ...(agency ? { agency } : {}) },
  });
  tokensStage.run(doc, ctx);
  doc.names = namesIn(text, names);
  linkDoc(doc, ctx);
  return doc;
}

describe('link: a body named in a title is the one of the article’s country', () => {
  it('reads "Congress leader" in a story about India as the Indian party', () => {
    const doc = linked('Congress leader Arvind Menon accused Prime Minister Narendra Modi of hiding the losses. India has denied it.',
      [['Arvind Menon', 'PERSON'], ['Narendra Modi', 'PERSON'], ['India', 'PLACE']], ctx);
    expect(byName(doc, 'Arvind Menon')?.country).toBe('IND');
    expect(byName(doc, 'Arvind Menon')?.code).toBe('INDPTY');
  });

  it('reads "Congress leader" by the dateline’s country when the text names the US more often', () => {
    const text = 'NEW DELHI (PTI) - Congress leader Arvind Menon said the US deal hurt farmers. The US denied it, and US officials left.';
    const doc = linkedWithDateline(text, 'NEW DELHI (PTI) -', [['NEW DELHI', 'PLACE'], ['PTI', 'ORG'], ['Arvind Menon', 'PERSON'], ['US', 'PLACE']]);
    expect(byName(doc, 'Arvind Menon')?.country).toBe('IND');
  });

  it('keeps "Congress leader" American in a story about Washington', () => {
    const doc = linked('Congress leader Jane Porter said the United States would fund the wall. Americans were divided.',
      [['Jane Porter', 'PERSON'], ['United States', 'PLACE']], ctx);
    expect(byName(doc, 'Jane Porter')?.country).toBe('USA');
  });
});

describe('link: a person’s country from the party their words name', () => {
  it('reads the party in an apposition', () => {
    const doc = linked('Arvind Menon, the Congress party leader, said the strike had been exaggerated. Washington urged calm.',
      [['Arvind Menon', 'PERSON'], ['Congress', 'ORG'], ['Washington', 'PLACE']], ctx);
    expect(byName(doc, 'Arvind Menon')?.country).toBe('IND');
  });

  it('reads an office of a body printed without an article', () => {
    const doc = linked('Arvind Menon, president of the Bharatiya Janata Party, met voters in Lucknow.',
      [['Arvind Menon', 'PERSON'], ['Bharatiya Janata Party', 'ORG'], ['Lucknow', 'PLACE']], ctx);
    expect(byName(doc, 'Arvind Menon')?.country).toBe('IND');
  });

  it('reads "of the PML-N" right after the name', () => {
    const doc = linked('Sana Butt of the PML-N said the Americans should mediate.', [['Sana Butt', 'PERSON'], ['PML-N', 'ORG'], ['Americans', 'GROUP']], ctx);
    expect(byName(doc, 'Sana Butt')?.country).toBe('PAK');
  });

  it('gives no country from a body in a clause after the apposition', () => {
    const doc = linked('Sana Butt, a lawyer, said the PML-N had lost.', [['Sana Butt', 'PERSON'], ['PML-N', 'ORG']], ctx);
    expect(byName(doc, 'Sana Butt')?.country).toBeUndefined();
  });

  it('gives no country to a person merely near a country name', () => {
    const doc = linked('Arvind Menon addressed supporters after Washington warned both sides.', [['Arvind Menon', 'PERSON'], ['Washington', 'PLACE']], ctx);
    expect(byName(doc, 'Arvind Menon')?.country).toBeUndefined();
  });
});

describe('link: news agencies', () => {
  it('reads "(PTI)" in a dateline as the Press Trust of India, and lends its country to no one', () => {
    // No office nor role: the setting gives him nothing either (home-country.ts), so only the agency could.
    const text = 'NEW DELHI (PTI) - Arvind Menon on Tuesday demanded an inquiry.';
    const doc = linkedWithDateline(text, 'NEW DELHI (PTI) -', [['NEW DELHI', 'PLACE'], ['PTI', 'ORG'], ['Arvind Menon', 'PERSON']]);
    const pti = entityWith(doc, 'PTI');
    expect(pti?.name).toBe('Press Trust of India');
    expect(pti?.code).toBe('INDMED');
    expect(byName(doc, 'Arvind Menon')?.country).toBeUndefined();
  });

  it('reads "PTI reported" as the agency, and the party spelled out as the party', () => {
    const agency = linked('The jets returned safely, PTI reported on Wednesday.', [['PTI', 'ORG']], ctx);
    expect(entityWith(agency, 'PTI')?.country).toBe('IND');
    const party = linked('Pakistan Tehreek-e-Insaf (PTI) won the vote in Lahore, Pakistan.', [['Pakistan Tehreek-e-Insaf', 'ORG'], ['PTI', 'ORG'], ['Lahore', 'PLACE'], ['Pakistan', 'PLACE']], ctx);
    expect(entityWith(party, 'PTI')?.name).toBe('Pakistan Tehreek-e-Insaf');
  });

  it('links the agency the dateline credits even when the tagger missed it', () => {
    const text = 'KUALA LUMPUR, March 3 (Bernama) -- Malaysia will send aid.';
    const doc = linkedWithDateline(text, 'KUALA LUMPUR, March 3 (Bernama) --', [['Malaysia', 'PLACE']], 'Bernama');
    expect(entityWith(doc, 'Bernama')?.code).toBe('MYSMED');
  });

  it('knows the agencies a dateline credits, by their country', () => {
    for (const [agency, iso] of [['Yonhap', 'KOR'], ['Xinhua', 'CHN'], ['TASS', 'RUS'], ['AFP', 'FRA'], ['Bernama', 'MYS'], ['ANI', 'IND']] as const) {
      const text = `CAPITAL (${agency}) - The talks ended on Friday.`;
      const doc = linkedWithDateline(text, `CAPITAL (${agency}) -`, [[agency, 'ORG']]);
      expect(entityWith(doc, agency)?.country, agency).toBe(iso);
    }
  });
});

describe('link: a generic body the KB gives another country', () => {
  it('does not make a Foreign Office spokesman British in a story about Pakistan', () => {
    const doc = linked('Foreign Office spokesman Tariq Aslam said Pakistan would not escalate, speaking in Islamabad.',
      [['Tariq Aslam', 'PERSON'], ['Pakistan', 'PLACE'], ['Islamabad', 'PLACE']], ctx);
    expect(byName(doc, 'Tariq Aslam')?.country).not.toBe('GBR');
  });

  it('keeps the Foreign Office British in a story about Britain', () => {
    const doc = linked('Foreign Office spokesman Tom Hale said Britain would send aid.', [['Tom Hale', 'PERSON'], ['Britain', 'PLACE']], ctx);
    expect(byName(doc, 'Tom Hale')?.country).toBe('GBR');
  });
});

describe('link: a description before the name', () => {
  it('reads "A senior Pakistani official, X," as Pakistani', () => {
    const doc = linked('A senior Pakistani official, Aamir Rana, told the BBC that talks were possible.', [['Aamir Rana', 'PERSON'], ['BBC', 'ORG']], ctx);
    expect(byName(doc, 'Aamir Rana')?.country).toBe('PAK');
  });

  it('reads the sender, not the destination, of "Pakistan’s envoy to India, X,"', () => {
    const doc = linked('Pakistan’s envoy to India, Aamir Rana, was recalled.', [['Aamir Rana', 'PERSON'], ['India', 'PLACE']], ctx);
    expect(byName(doc, 'Aamir Rana')?.country).toBe('PAK');
  });

  it('reads no country from a clause before the comma', () => {
    const doc = linked('Officials in Kabul met the Indian ambassador, Aamir Rana said.', [['Aamir Rana', 'PERSON'], ['Kabul', 'PLACE']], ctx);
    expect(byName(doc, 'Aamir Rana')?.country).toBeUndefined();
  });
});

describe('link: an abbreviation is a body’s only in capitals', () => {
  it('does not read the style "Rt Rev" as the Russian broadcaster RT', () => {
    const doc = linked('The Bishop of Winchester, the Rt Rev Michael Example, said the bill was unjust.', [['Michael Example', 'PERSON']], ctx);
    expect(byName(doc, 'Michael Example')?.country).toBeUndefined();
  });
});

describe('link: the country word nearest the name', () => {
  it('reads "Indian-American Congressman" as American', () => {
    const doc = linked('Indian-American Congressman Ravi Example criticised Islamabad.', [['Ravi Example', 'PERSON'], ['Islamabad', 'PLACE']], ctx);
    expect(byName(doc, 'Ravi Example')?.country).toBe('USA');
  });

  it('reads "Pakistan-born British lawmaker" as British', () => {
    const doc = linked('Pakistan-born British lawmaker Sajid Example visited Lahore.', [['Sajid Example', 'PERSON'], ['Lahore', 'PLACE']], ctx);
    expect(byName(doc, 'Sajid Example')?.country).toBe('GBR');
  });
});

describe('link: a body in another clause lends no country', () => {
  it('does not give an official the country of a body whose statement the sentence reports', () => {
    const doc = linked('The Indian Air Force said the jets had fled and military spokesman Asad Example showed the wreckage.',
      [['Indian Air Force', 'ORG'], ['Asad Example', 'PERSON']], ctx);
    expect(byName(doc, 'Asad Example')?.country).toBeUndefined();
  });

  it('does not reach across a semicolon', () => {
    const doc = linked('The Indian Air Force denied losses; spokesman Asad Example showed the wreckage.',
      [['Indian Air Force', 'ORG'], ['Asad Example', 'PERSON']], ctx);
    expect(byName(doc, 'Asad Example')?.country).toBeUndefined();
  });
});


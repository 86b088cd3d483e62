/**
 * Towns that share a name: the one the text places ("Paris, Texas", "the English city of
 * Cambridge", "London, Ontario"), the same one again when named bare later, and otherwise the one in
 * the country the dateline or the text is about. Original prose written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { newDoc, type Doc } from '../../src/analyze/doc.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import { linkDoc } from '../../src/analyze/link/index.js';
import type { EntityType } from '../../src/model.js';
import { entityWith, linked, namesIn } from './helpers.js';

const ctx = { reference: '2024-03-05T10:00:00Z' };

function placeAt(doc: Doc, name: string, nth = 0): { country?: string; kb?: string } | undefined {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = doc.article.text.indexOf(name, at + 1);
  return doc.entities.find((e) => e.mentions.some((m) => m.start === at && m.text === name));
}

describe('link: a town placed by the words before it', () => {
  it('"the Texas city of Paris" is in the USA, "the English city of Cambridge" in Britain', () => {
    const doc = linked('The mayor of the Texas city of Paris spoke, and students in the English city of Cambridge listened.',
      [['Texas', 'PLACE'], ['Paris', 'PLACE'], ['English', 'GROUP'], ['Cambridge', 'PLACE']], ctx);
    expect(entityWith(doc, 'Paris')?.country).toBe('USA');
    expect(entityWith(doc, 'Cambridge')?.country).toBe('GBR');
  });

  it('two namesakes placed apart in one text stay two places', () => {
    const text = 'Students marched in Cambridge, Massachusetts, while others gathered in the English city of Cambridge.';
    const doc = linked(text, [['Cambridge', 'PLACE'], ['Massachusetts', 'PLACE'], ['English', 'GROUP']], ctx);
    expect(placeAt(doc, 'Cambridge', 0)?.country).toBe('USA');
    expect(placeAt(doc, 'Cambridge', 1)?.country).toBe('GBR');
  });

  it('"Salisbury, England" is the English town', () => {
    const doc = linked('Two people fell ill in Salisbury, England, on Sunday.', [['Salisbury', 'PLACE'], ['England', 'PLACE']], ctx);
    expect(entityWith(doc, 'Salisbury')?.country).toBe('GBR');
  });
});

describe('link: a town named again is the one placed before', () => {
  it('"London, Ontario", then "London": Canada both times', () => {
    const text = 'A man was arrested in London, Ontario, after the attack. Residents of London held a vigil.';
    const doc = linked(text, [['London', 'PLACE'], ['Ontario', 'PLACE']], ctx);
    expect(placeAt(doc, 'London', 0)?.country).toBe('CAN');
    expect(placeAt(doc, 'London', 1)?.country).toBe('CAN');
    expect(entityWith(doc, 'Ontario')?.country).toBe('CAN');
  });

  it('a bare "London" with no placed namesake is still the British capital', () => {
    const doc = linked('Talks resumed in London on Monday.', [['London', 'PLACE']], ctx);
    expect(entityWith(doc, 'London')?.country).toBe('GBR');
  });

  it('provinces and states of Canada and Australia place their towns', () => {
    const doc = linked('The storm hit Perth, Western Australia, and then Hamilton, Ontario.', [['Perth', 'PLACE'], ['Western Australia', 'PLACE'], ['Hamilton', 'PLACE'], ['Ontario', 'PLACE']], ctx);
    expect(entityWith(doc, 'Perth')?.country).toBe('AUS');
    expect(entityWith(doc, 'Western Australia')?.country).toBe('AUS');
    expect(entityWith(doc, 'Hamilton')?.country).toBe('CAN');
  });
});

describe('link: among namesakes of a size, the town of the country the story is from', () => {
  it('Valencia is Venezuelan in a story from Caracas and Spanish in one from Madrid', () => {
    const ve = linked('CARACAS - Protesters marched in Valencia on Sunday.', [['CARACAS', 'PLACE'], ['Valencia', 'PLACE']], ctx);
    expect(entityWith(ve, 'Valencia')?.country).toBe('VEN');
    const es = linked('MADRID - Floods hit Valencia on Tuesday.', [['MADRID', 'PLACE'], ['Valencia', 'PLACE']], ctx);
    expect(entityWith(es, 'Valencia')?.country).toBe('ESP');
  });

  it('Hyderabad is Pakistani in a story from Islamabad and Indian in one from New Delhi', () => {
    const pk = linked('ISLAMABAD - Police in Hyderabad detained ten men.', [['ISLAMABAD', 'PLACE'], ['Hyderabad', 'PLACE']], ctx);
    expect(entityWith(pk, 'Hyderabad')?.country).toBe('PAK');
    const ind = linked('NEW DELHI - Police in Hyderabad detained ten men.', [['NEW DELHI', 'PLACE'], ['Hyderabad', 'PLACE']], ctx);
    expect(entityWith(ind, 'Hyderabad')?.country).toBe('IND');
  });
});

/** A story whose first line is a dateline "PLACE, Month D -" ending at the dash. */
function datelined(text: string, place: string, names: ReadonlyArray<readonly [string, EntityType]>): Doc {
  const dash = text.indexOf(' - ');
  const doc = newDoc({
    id: 't', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '',
    dateline: { place, span: { start: 0, end: dash + 2, text: text.slice(0, dash + 2) } },
  });
  tokensStage.run(doc, ctx);
  doc.names = namesIn(text, names);
  linkDoc(doc, ctx);
  return doc;
}

describe('link: the dateline\'s town', () => {
  it('a capital\'s name is the capital, whatever country the story is about', () => {
    const doc = datelined('LONDON, March 2 - A savings bank of Quebec is issuing bonds in yen, its Ontario office said.', 'London', [['LONDON', 'PLACE'], ['Quebec', 'PLACE'], ['Ontario', 'PLACE']]);
    expect(entityWith(doc, 'LONDON')?.country).toBe('GBR');
  });

  it('a qualifier printed with it places it ("LONDON, Ontario")', () => {
    const doc = datelined('LONDON, Ontario, March 3 - The company raised its dividend.', 'London', [['LONDON', 'PLACE'], ['Ontario', 'PLACE']]);
    expect(entityWith(doc, 'LONDON')?.country).toBe('CAN');
  });

  it('a capital smaller than a namesake elsewhere gets no such preference ("SAN JOSE" in a story about California)', () => {
    const doc = datelined('SAN JOSE, March 3 - A California chip maker said its profit rose.', 'San Jose', [['SAN JOSE', 'PLACE'], ['California', 'PLACE']]);
    expect(entityWith(doc, 'SAN JOSE')?.country).toBe('USA');
  });
});

describe('link: a smaller namesake in the dateline\'s country', () => {
  it('"LONDON - Tourists crowded Windsor" is the English Windsor; from Toronto, the Canadian', () => {
    const gb = datelined('LONDON, May 4 - Tourists crowded Windsor on Saturday.', 'London', [['LONDON', 'PLACE'], ['Windsor', 'PLACE']]);
    expect(entityWith(gb, 'Windsor')?.country).toBe('GBR');
    const ca = datelined('TORONTO, May 4 - A factory in Windsor will close.', 'Toronto', [['TORONTO', 'PLACE'], ['Windsor', 'PLACE']]);
    expect(entityWith(ca, 'Windsor')?.country).toBe('CAN');
  });

  it('not a national capital, nor a town of a country the story names', () => {
    const dc = datelined('LONDON, May 4 - Talks in Washington ended without a deal.', 'London', [['LONDON', 'PLACE'], ['Washington', 'PLACE']]);
    expect(entityWith(dc, 'Washington')?.country).toBe('USA');
    const named = datelined('LONDON, May 4 - Canadian workers in Windsor went on strike.', 'London', [['LONDON', 'PLACE'], ['Canadian', 'GROUP'], ['Windsor', 'PLACE']]);
    expect(entityWith(named, 'Windsor')?.country).toBe('CAN');
  });

  it('a dateline town is not moved by its own country guess ("SAN JOSE" alone stays Californian)', () => {
    const doc = datelined('SAN JOSE, May 4 - The chip maker said profit rose.', 'San Jose', [['SAN JOSE', 'PLACE']]);
    expect(entityWith(doc, 'SAN JOSE')?.country).toBe('USA');
  });
});

describe('link: a town nobody lists takes the country its words give', () => {
  it('"the Texas town of X", "the Scottish village of X", "X, Ontario"', () => {
    const doc = linked('Storms hit the Texas town of Quillmore and the Scottish village of Aberdarroch, then Pellsworth, Ontario.',
      [['Texas', 'PLACE'], ['Quillmore', 'PLACE'], ['Scottish', 'GROUP'], ['Aberdarroch', 'PLACE'], ['Pellsworth', 'PLACE'], ['Ontario', 'PLACE']], ctx);
    expect(entityWith(doc, 'Quillmore')?.country).toBe('USA');
    expect(entityWith(doc, 'Aberdarroch')?.country).toBe('GBR');
    expect(entityWith(doc, 'Pellsworth')?.country).toBe('CAN');
  });

  it('a town the words do not place gets no country', () => {
    const doc = linked('Storms hit Quillmore on Sunday.', [['Quillmore', 'PLACE']], ctx);
    expect(entityWith(doc, 'Quillmore')?.country).toBeUndefined();
  });
});

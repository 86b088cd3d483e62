/**
 * People the KB does not know: the words around their name give a country and, when they state an
 * office, a sector code (GOV, MIL, ELI ...), as the KB's codes do. Original prose written for
 * these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest';
import { byName, linked } from './helpers.js';

const ctx = { reference: '2023-05-02T10:00:00Z' };

describe('link: an unknown official’s country and code from the words around the name', () => {
  it('an apposition with a country and an office gives the government code', () => {
    const doc = linked('Reza Najafi, Iran’s deputy foreign minister, said talks would go on.', [['Reza Najafi', 'PERSON']], ctx);
    const p = byName(doc, 'Reza Najafi');
    expect(p?.country).toBe('IRN');
    expect(p?.code).toBe('IRNGOV');
  });

  it('a description before the name does too ("The Turkish ambassador, X,")', () => {
    const doc = linked('The Turkish ambassador, Mehmet Ozkan, declined to comment.', [['Mehmet Ozkan', 'PERSON']], ctx);
    expect(byName(doc, 'Mehmet Ozkan')?.code).toBe('TURGOV');
  });

  it('reads past the dots of "U.S." and codes a former office as elite', () => {
    const doc = linked('Kurt Weller, a former U.S. ambassador to NATO, was named envoy.', [['Kurt Weller', 'PERSON'], ['NATO', 'ORG']], ctx);
    const p = byName(doc, 'Kurt Weller');
    expect(p?.country).toBe('USA');
    expect(p?.code).toBe('USAELI');
  });

  it('a role without an office gives the country but no code', () => {
    const doc = linked('Olga Reznik, a Belarusian opposition activist, left the country.', [['Olga Reznik', 'PERSON']], ctx);
    const p = byName(doc, 'Olga Reznik');
    expect(p?.country).toBe('BLR');
    expect(p?.code).toBeUndefined();
  });

  it('a body right before a short title places the office ("Parliament speaker X")', () => {
    const text = 'YEREVAN - Protesters stormed the building. Parliament speaker Anna Petrosyan was beaten, Armenian officials said.';
    const doc = linked(text, [['Anna Petrosyan', 'PERSON'], ['YEREVAN', 'PLACE']], ctx);
    const p = byName(doc, 'Anna Petrosyan');
    expect(p?.country).toBe('ARM');
    // The presiding officer acts for the state.
    expect(p?.code).toBe('ARMGOV');
  });

  it('no body before the title: no country', () => {
    const doc = linked('The speaker Anna Petrosyan was beaten by protesters in Yerevan.', [['Anna Petrosyan', 'PERSON'], ['Yerevan', 'PLACE']], ctx);
    expect(byName(doc, 'Anna Petrosyan')?.country).toBeUndefined();
  });

  it('reads a title through abbreviated ranks ("Pentagon press secretary Brig. Gen. X")', () => {
    const doc = linked('Pentagon press secretary Brig. Gen. Paul Rider said the balloon was high.', [['Paul Rider', 'PERSON'], ['Pentagon', 'ORG']], ctx);
    const p = byName(doc, 'Paul Rider');
    expect(p?.country).toBe('USA');
    expect(p?.code).toBe('USAMIL');
    expect(p?.titles?.[0]).toMatch(/^Pentagon press secretary Brig\./u);
  });

  it('"National Security Council spokeswoman" is not the UN Security Council’s', () => {
    const doc = linked('National Security Council spokeswoman Carla Hays said ties were vital.', [['Carla Hays', 'PERSON']], ctx);
    const p = byName(doc, 'Carla Hays');
    expect(p?.country).not.toBe('UNO');
    expect(p?.code).not.toBe('IGOUNO');
  });

  it('but "UN Security Council President X" is', () => {
    const doc = linked('UN Security Council President Gary Holm opened the session.', [['Gary Holm', 'PERSON']], ctx);
    expect(byName(doc, 'Gary Holm')?.country).toBe('UNO');
  });

  it('an office word the tagger took into the name moves to the title ("Chinese State Councilor Yang Jiechi")', () => {
    const doc = linked('Chinese State Councilor Yang Jiechi met the envoy on Friday. Yang said ties would improve.',
      [['Councilor Yang Jiechi', 'PERSON'], ['Yang', 'PERSON']], { reference: '2014-11-10T10:00:00Z' });
    const p = byName(doc, 'Yang Jiechi');
    expect(p?.kb).toBe('person:yang-jiechi');
    expect(p?.country).toBe('CHN');
    expect(p?.mentions.map((m) => m.text)).toContain('Yang');
  });
});

describe('link: a generic body in a story filed from a capital', () => {
  it('"Parliament" in a story from Yerevan is Armenia’s, though the story lists more Azerbaijani places', async () => {
    const { newDoc } = await import('../../src/analyze/doc.js');
    const { tokensStage } = await import('../../src/analyze/tokens/index.js');
    const { linkDoc } = await import('../../src/analyze/link/index.js');
    const { namesIn } = await import('./helpers.js');
    const text = 'YEREVAN - Armenia ceded Shusha, Lachin and Aghdam to Azerbaijan. Armenia’s opposition was furious. Protesters stormed the building overnight. Parliament speaker Anna Petrosyan was beaten.';
    const doc = newDoc({ id: 't', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '',
      dateline: { place: 'Yerevan', span: { start: 0, end: 7, text: 'YEREVAN' } } });
    tokensStage.run(doc, ctx);
    doc.names = namesIn(text, [['Anna Petrosyan', 'PERSON'], ['YEREVAN', 'PLACE'], ['Armenia', 'PLACE'], ['Azerbaijan', 'PLACE'],
      ['Shusha', 'PLACE'], ['Lachin', 'PLACE'], ['Aghdam', 'PLACE']]);
    linkDoc(doc, ctx);
    expect(byName(doc, 'Anna Petrosyan')?.country).toBe('ARM');
    expect(doc.entities.find((e) => e.mentions.some((m) => m.text === 'Parliament'))?.country).toBe('ARM');
  });
});

describe('link: an office in a clause of the apposition is someone else’s', () => {
  it('"X, the Lebanese company founded by a former prime minister," gets the country, no code', () => {
    const doc = linked('Shares in Cedarco, the Lebanese company founded by a former prime minister, fell.', [['Cedarco', 'PERSON']], ctx);
    const e = byName(doc, 'Cedarco');
    expect(e?.country).toBe('LBN');
    expect(e?.code).toBeUndefined();
  });
});

describe('link: a capitalized word opening the sentence is no part of a name', () => {
  it('"Earlier Tory leader X" keeps the party title', () => {
    const doc = linked('Britain voted. Earlier Tory leader Mark Hollis sent his congratulations.', [['Mark Hollis', 'PERSON'], ['Britain', 'PLACE']], { reference: '2005-01-20T10:00:00Z' });
    expect(byName(doc, 'Mark Hollis')?.country).toBe('GBR');
  });
});

describe('link: "presidential" inside a title with a country', () => {
  it('"Ukrainian presidential adviser X" is Ukrainian, though another country’s president was named last', () => {
    const text = 'Turkish President Recep Tayyip Erdogan hosted the talks. Ukrainian presidential adviser Petro Hrytsenko warned Moscow.';
    const doc = linked(text, [['Recep Tayyip Erdogan', 'PERSON'], ['Petro Hrytsenko', 'PERSON'], ['Moscow', 'PLACE']], { reference: '2022-07-22T10:00:00Z' });
    expect(byName(doc, 'Petro Hrytsenko')?.country).toBe('UKR');
  });
});

describe('link: a rank needs its dot', () => {
  it('"Gen Nakatani" is a given name, not the rank', () => {
    const doc = linked('Defence chiefs met in Tokyo. Gen Nakatani said the deal was near.', [['Nakatani', 'PERSON'], ['Tokyo', 'PLACE']], { reference: '2025-06-03T10:00:00Z' });
    const e = byName(doc, 'Gen Nakatani');
    expect(e?.kb).toBe('person:gen-nakatani');
    expect(e?.titles ?? []).not.toContain('Gen');
  });
});

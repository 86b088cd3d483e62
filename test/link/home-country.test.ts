/**
 * Names the KB does not know take the country the article gives them, strongest evidence first:
 * a country word next to the name, the body they speak for, a place right after a body, and last
 * the country the story is set in (its dateline's; a paragraph opening "In Washington," is set
 * there) for unqualified domestic offices, institutions and small places, never against the text.
 * Original prose written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { newDoc, type Doc } from '../../src/analyze/doc.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import { linkDoc } from '../../src/analyze/link/index.js';
import type { EntityType } from '../../src/model.js';
import { byName, entityWith, namesIn } from './helpers.js';

const ctx = { reference: '2021-05-04T09:00:00Z' };

/** A story filed from `place`: the text opens with "PLACE (Wire) - ". */
function filed(place: string, body: string, names: ReadonlyArray<readonly [string, EntityType]>): Doc {
  const lead = `${place} (Wire) - `;
  const text = lead + body;
  const doc = newDoc({
    id: 't', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '',
    dateline: { place: place.charAt(0) + place.slice(1).toLowerCase(), span: { start: 0, end: lead.length - 1, text: lead.slice(0, -1) } },
  });
  tokensStage.run(doc, ctx);
  doc.names = namesIn(text, [[place, 'PLACE'], ...names]);
  linkDoc(doc, ctx);
  return doc;
}

describe('link: an unqualified domestic office is of the story’s country', () => {
  it('gives a minister named by portfolio alone the dateline’s country, and a later surname shares it', () => {
    const doc = filed('BERLIN', 'Transport Minister Jonas Feldmeier said the rail strike would end soon. Feldmeier spoke after talks.',
      [['Jonas Feldmeier', 'PERSON'], ['Feldmeier', 'PERSON']]);
    const p = byName(doc, 'Jonas Feldmeier');
    expect(p?.country).toBe('DEU');
    expect(p?.mentions.some((m) => m.text === 'Feldmeier')).toBe(true);
  });

  it('keeps the country the title prints: a German minister in Moscow is German', () => {
    const doc = filed('MOSCOW', 'German Economy Minister Jonas Feldmeier arrived for talks on gas supplies.', [['Jonas Feldmeier', 'PERSON']]);
    expect(byName(doc, 'Jonas Feldmeier')?.country).toBe('DEU');
  });

  it('keeps the nationality an apposition gives: a Frenchman quoted in a Berlin story is French', () => {
    const doc = filed('BERLIN', 'Pierre Lamarque, a French diplomat, said the meeting had gone well.', [['Pierre Lamarque', 'PERSON']]);
    expect(byName(doc, 'Pierre Lamarque')?.country).toBe('FRA');
  });

  it('reads a nationality in an apposition of a role ("a former Russian intelligence officer")', () => {
    const doc = filed('LONDON', 'Police said Oleg Brunov, a former Russian military intelligence officer, was stable.', [['Oleg Brunov', 'PERSON']]);
    expect(byName(doc, 'Oleg Brunov')?.country).toBe('RUS');
  });

  it('gives someone appointed "as economy minister" the story’s country', () => {
    const doc = filed('ROME', 'The president refused to appoint the economist Marco Danieli as economy minister.', [['Marco Danieli', 'PERSON']]);
    expect(byName(doc, 'Marco Danieli')?.country).toBe('ITA');
  });

  it('does not make a past intergovernmental employer a nationality', () => {
    const doc = filed('ROME', 'The palace said former International Monetary Fund official Carlo Bassetti would be received.', [['Carlo Bassetti', 'PERSON'], ['International Monetary Fund', 'ORG']]);
    expect(byName(doc, 'Carlo Bassetti')?.country).toBe('ITA');
  });

  it('follows a paragraph set elsewhere ("In Washington,")', () => {
    const doc = filed('BERLIN', 'The talks ended without a deal.\nIn Washington, officials were silent. Ann Rudd, a spokeswoman for the council, said ties stayed close.',
      [['Ann Rudd', 'PERSON']]);
    expect(byName(doc, 'Ann Rudd')?.country).toBe('USA');
  });

  it('gives nothing to a court’s officer named by "its"', () => {
    const doc = filed('BERLIN', 'Reading out the ruling, its President, Judge Mara Ostlund, said the court had jurisdiction.', [['Mara Ostlund', 'PERSON']]);
    expect(byName(doc, 'Mara Ostlund')?.country).toBeUndefined();
  });

  it('gives nothing to a person with no office or role', () => {
    const doc = filed('BERLIN', 'Jonas Feldmeier said the rail strike would end soon.', [['Jonas Feldmeier', 'PERSON']]);
    expect(byName(doc, 'Jonas Feldmeier')?.country).toBeUndefined();
  });
});

describe('link: a domestic body is of the story’s country unless the text places it', () => {
  it('gives an election commission the dateline’s country', () => {
    const doc = filed('MINSK', 'The Central Election Commission said turnout was high.', [['Central Election Commission', 'ORG']]);
    expect(byName(doc, 'Central Election Commission')?.country).toBe('BLR');
  });

  it('reads a possessive over a few words before the body', () => {
    const doc = filed('MINSK', 'Lithuania’s opposition-led Central Election Commission objected.', [['Central Election Commission', 'ORG']]);
    expect(byName(doc, 'Central Election Commission')?.country).toBe('LTU');
  });

  it('reads a capital right after the body', () => {
    const doc = filed('NEW DELHI', 'A meeting of the Defence Committee in Islamabad accused India of aggression.', [['Defence Committee', 'ORG'], ['NEW DELHI', 'PLACE']]);
    expect(byName(doc, 'Defence Committee')?.country).toBe('PAK');
  });

  it('gives an unknown party the country, and its spokesman through it', () => {
    const doc = filed('YANGON', 'Soldiers detained the leaders, said Tin Maung, a spokesman for the National Unity League.',
      [['Tin Maung', 'PERSON'], ['National Unity League', 'ORG'], ['YANGON', 'PLACE']]);
    expect(byName(doc, 'National Unity League')?.country).toBe('MMR');
    expect(byName(doc, 'Tin Maung')?.country).toBe('MMR');
  });

  it('leaves a company alone', () => {
    const doc = filed('BERLIN', 'Shares in Kestrel Dynamics rose.', [['Kestrel Dynamics', 'ORG']]);
    expect(byName(doc, 'Kestrel Dynamics')?.country).toBeUndefined();
  });
});

describe('link: a small place is of the story’s country unless its sentence names another', () => {
  it('places a palace the KB does not know', () => {
    const doc = filed('KUALA LUMPUR', 'He was sworn in at Istana Merdeka here tonight.', [['Istana Merdeka', 'PLACE'], ['KUALA LUMPUR', 'PLACE']]);
    expect(byName(doc, 'Istana Merdeka')?.country).toBe('MYS');
  });

  it('does not place it when its sentence names another country', () => {
    const doc = filed('KUALA LUMPUR', 'The envoys met at Kampung Seri Baru near the border with Thailand.', [['Kampung Seri Baru', 'PLACE'], ['KUALA LUMPUR', 'PLACE']]);
    expect(byName(doc, 'Kampung Seri Baru')?.country).toBeUndefined();
  });

  it('takes a town’s namesake in the country its sentence names by a capital', () => {
    const doc = filed('WASHINGTON', 'The United States expelled diplomats, as did Britain. The United States acted first. London blames Moscow for the attack in the city of Salisbury.',
      [['Salisbury', 'PLACE'], ['United States', 'PLACE'], ['Britain', 'PLACE'], ['London', 'PLACE'], ['Moscow', 'PLACE']]);
    expect(entityWith(doc, 'Salisbury')?.country).toBe('GBR');
  });
});

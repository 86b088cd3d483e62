/**
 * Parties are domestic. A party name several countries' parties share ("Democratic Party") is the
 * party of the story's country when the KB lists it, and no country's when the story is about a
 * country whose party the KB lacks; a party the KB names by one word ("League") is found in a
 * story of its country even where the tagger saw no name.
 */
import { describe, expect, it } from 'vitest';
import { newDoc, type AnalysisContext, type Doc } from '../../src/analyze/doc.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import { linkDoc } from '../../src/analyze/link/index.js';
import type { EntityType } from '../../src/model.js';
import { entityWith, linked, namesIn } from './helpers.js';

const ctx: AnalysisContext = { reference: '2018-03-05T10:00:00Z' };

/** A story with a dateline ("ROME, March 5 -"): the dateline's place is where it was filed. */
function filed(place: string, body: string, names: ReadonlyArray<readonly [string, EntityType]>): Doc {
  const head = `${place}, March 5 - `;
  const text = head + body;
  const doc = newDoc({
    id: 't', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '',
    dateline: { place, span: { start: 0, end: head.length - 3, text: text.slice(0, head.length - 3) } },
  });
  tokensStage.run(doc, ctx);
  doc.names = namesIn(text, names);
  linkDoc(doc, ctx);
  return doc;
}

// Original prose written for these tests.
describe('link: a party name several countries share', () => {
  it('is the party of the country the story is filed from', () => {
    const doc = filed('ROME', 'The Democratic Party suffered its worst result on Sunday, and its leader said he would resign.', [['Democratic Party', 'ORG']]);
    const e = entityWith(doc, 'Democratic Party');
    expect(e?.country).toBe('ITA');
    expect(e?.kb).toBe('org:pd-it');
  });

  it('is the South Korean party in a story from Seoul', () => {
    const doc = filed('SEOUL', 'The ruling Democratic Party pushed the bill through the committee.', [['Democratic Party', 'ORG']]);
    expect(entityWith(doc, 'Democratic Party')?.country).toBe('KOR');
  });

  it('is no country\'s party when the story is about a country whose party the KB lacks', () => {
    const doc = filed('TOKYO', 'The Democratic Party lost seats in the upper house, officials said.', [['Democratic Party', 'ORG']]);
    const e = entityWith(doc, 'Democratic Party');
    expect(e?.type).toBe('ORG');
    expect(e?.country).toBeUndefined();
  });

  it('is found the same way where the tagger missed it', () => {
    const doc = filed('ROME', 'Voters deserted the Democratic Party in the south.', []);
    expect(entityWith(doc, 'Democratic Party')?.country).toBe('ITA');
  });

  it('stays the American party in a story about the United States', () => {
    const doc = filed('WASHINGTON', 'The Democratic Party chose its convention city on Monday.', [['Democratic Party', 'ORG']]);
    expect(entityWith(doc, 'Democratic Party')?.country).toBe('USA');
  });

  it('stays the American party in a foreign-filed story that names the United States', () => {
    const doc = filed('LONDON', 'The Democratic Party in the United States picked a new chair, and the United States Congress must now act.', [['Democratic Party', 'ORG'], ['United States', 'PLACE'], ['Congress', 'ORG']]);
    expect(entityWith(doc, 'Democratic Party')?.country).toBe('USA');
  });
});

describe('link: a party the KB names by one word', () => {
  it('is found in a story of its country where the tagger saw no name', () => {
    const doc = filed('ROME', 'The League and the 5-Star Movement surged, while League leader Matteo Salvini claimed victory.', [['5-Star Movement', 'ORG'], ['Matteo Salvini', 'PERSON']]);
    const e = entityWith(doc, 'League');
    expect(e?.type).toBe('ORG');
    expect(e?.country).toBe('ITA');
    expect(entityWith(doc, '5-Star Movement')?.country).toBe('ITA');
  });

  it('is no party inside a longer name, nor in another country\'s story', () => {
    const sport = filed('ROME', 'The Premier League and the League of Nations were mentioned.', []);
    expect(sport.entities.some((e) => e.kb === 'org:lega')).toBe(false);
    const abroad = filed('LONDON', 'The League said little.', []);
    expect(abroad.entities.some((e) => e.kb === 'org:lega')).toBe(false);
  });
});

describe('link: a one-word party name with nothing to place it', () => {
  it('is no party when the article names none of its countries', () => {
    const doc = linked('The League said the season would start in August.', [['League', 'ORG']], ctx);
    expect(entityWith(doc, 'League')?.kb).toBeUndefined();
  });

  it('is the party when the article names its country', () => {
    const doc = linked('The League said Italy must control its borders, and Italy would not yield.', [['League', 'ORG'], ['Italy', 'PLACE']], ctx);
    expect(entityWith(doc, 'League')?.kb).toBe('org:lega');
  });
});

describe('link: a party named by a word many countries\' parties use', () => {
  it('is the German Greens in a story from Berlin', () => {
    const doc = filed('BERLIN', 'The coalition of the Social Democrats, the Greens and the liberals collapsed.', [['Greens', 'ORG']]);
    expect(entityWith(doc, 'Greens')?.country).toBe('DEU');
  });

  it('is not the German Greens in a story from elsewhere that never names Germany', () => {
    const doc = filed('CANBERRA', 'The Greens will hold the balance of power in the Senate.', [['Greens', 'ORG']]);
    expect(entityWith(doc, 'Greens')?.country).not.toBe('DEU');
  });
});

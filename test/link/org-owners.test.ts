/**
 * A body whose name carries a country's name belongs to its owner, not to that country: the KB's
 * entry first ("Taiwan Affairs Office" is China's), then an owner after "of" ("… of the State
 * Council"), and a country whose affairs the body handles is not its own. Events named after a
 * town are in its country. Original prose.
 */
import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

const ctx = { reference: '2019-03-02T08:00:00Z' };

describe('link: bodies named after another country', () => {
  it('knows the Taiwan Affairs Office as Chinese', () => {
    const doc = linked('The Taiwan Affairs Office warned Taipei against the arms deal.', [['Taiwan Affairs Office', 'ORG'], ['Taipei', 'PLACE']], ctx);
    expect(entityWith(doc, 'Taiwan Affairs Office')?.country).toBe('CHN');
  });

  it('gives a body it does not know the country of its owner after "of"', () => {
    const doc = linked('The Taiwan Relief Bureau of the State Council issued a statement.', [['Taiwan Relief Bureau of the State Council', 'ORG']], ctx);
    expect(entityWith(doc, 'Taiwan Relief Bureau of the State Council')?.country).toBe('CHN');
  });

  it('does not give a body the country whose affairs it handles', () => {
    const doc = linked('The Korea Affairs Desk in Tokyo was closed.', [['Korea Affairs Desk', 'ORG'], ['Tokyo', 'PLACE']], ctx);
    // Where it sits may say whose it is ("in Tokyo"); the affairs it handles never do.
    expect(entityWith(doc, 'Korea Affairs Desk')?.country).not.toBe('KOR');
    const alone = linked('The Korea Affairs Desk was closed.', [['Korea Affairs Desk', 'ORG']], ctx);
    expect(entityWith(alone, 'Korea Affairs Desk')?.country).toBeUndefined();
  });

  it('does not read the affairs a bureau handles as its owner after "of"', () => {
    const doc = linked('The Bureau of Indian Affairs issued new rules.', [['Bureau of Indian Affairs', 'ORG']], ctx);
    expect(entityWith(doc, 'Bureau of Indian Affairs')?.country).not.toBe('IND');
  });

  it('reads a country word before other words than "Affairs" as the owner', () => {
    const doc = linked('The Russian International Affairs Council hosted the debate.', [['Russian International Affairs Council', 'ORG']], ctx);
    expect(entityWith(doc, 'Russian International Affairs Council')?.country).toBe('RUS');
  });

  it('still reads a country word that names the owner', () => {
    const doc = linked('The Indian Army Northern Command said two soldiers died.', [['Indian Army Northern Command', 'ORG']], ctx);
    expect(entityWith(doc, 'Indian Army Northern Command')?.country).toBe('IND');
  });

  it('knows the Federal Returning Officer as German', () => {
    const doc = linked('The Federal Returning Officer said turnout reached 76 percent.', [['Federal Returning Officer', 'ORG']], ctx);
    expect(entityWith(doc, 'Federal Returning Officer')?.country).toBe('DEU');
  });
});

describe('link: events named after their host town', () => {
  it('places the PyeongChang Winter Olympics in South Korea', () => {
    const doc = linked('North Korea sent athletes to the PyeongChang Winter Olympics.', [['North Korea', 'PLACE'], ['PyeongChang Winter Olympics', 'EVENT']], ctx);
    expect(entityWith(doc, 'PyeongChang Winter Olympics')?.country).toBe('KOR');
  });

  it('gives a body’s summit no town', () => {
    const doc = linked('The next NATO summit is still being planned.', [['NATO summit', 'EVENT']], ctx);
    expect(entityWith(doc, 'NATO summit')?.country).toBeUndefined();
  });

  it('reads the country named in an election', () => {
    const doc = linked('The 2020 US presidential election was contested.', [['2020 US presidential election', 'EVENT']], ctx);
    expect(entityWith(doc, '2020 US presidential election')?.country).toBe('USA');
  });
});

describe('link: a body named at the head of a KB phrase', () => {
  it('reads "the U.N. nuclear watchdog" as the IAEA and a mention of the United Nations', () => {
    const doc = linked('The head of the U.N. nuclear watchdog condemned the decision.', [], ctx);
    expect(entityWith(doc, 'U.N. nuclear watchdog')?.name).toBe('International Atomic Energy Agency');
    expect(entityWith(doc, 'U.N.')?.name).toBe('United Nations');
  });

  it('names India’s foreign ministry by its own name', () => {
    const doc = linked('India’s External Affairs Ministry rejected the claim.', [['India', 'PLACE'], ['External Affairs Ministry', 'ORG']], ctx);
    expect(entityWith(doc, 'External Affairs Ministry')?.country).toBe('IND');
  });
});

describe('link: an editor’s brackets are no part of a name', () => {
  it('links "[US]" as the United States, without the bracket or the word before it', () => {
    const text = 'The [US] government said so.';
    const doc = linked(text, [['US', 'PLACE']], ctx);
    for (const e of doc.entities) for (const m of e.mentions) expect(m.text).not.toMatch(/[[\]]/u);
    expect(entityWith(doc, 'US')?.country).toBe('USA');
  });

  it('a body the KB knows, then its possessive, is that body ("the African Union\'s Commission chairman")', () => {
    const text = 'The African Union’s Commission chairman said a takeover was wrong.';
    const doc = linked(text, [['African Union’s Commission', 'ORG']], ctx);
    const e = entityWith(doc, 'African Union');
    expect(e).toMatchObject({ name: 'African Union', type: 'ORG', country: 'AFU' });
    expect(e?.mentions.map((m) => m.text)).toEqual(['African Union']);
    // A possessive inside a name the KB does not split ("Korean People's Army") stays whole.
    const army = linked('The Korean People’s Army fired missiles.', [['Korean People’s Army', 'ORG']], ctx);
    expect(entityWith(army, 'Korean People’s Army')?.name).toBe('Korean People’s Army');
  });
});

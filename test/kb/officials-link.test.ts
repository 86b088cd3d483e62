/**
 * Sentences we wrote about officials the people files list beyond heads and G20 ministers, run
 * through the tagger and the linker: the person is linked to the KB with the country, the office
 * held on the article's date and the code of that office.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../../src/analyze/pipeline.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import { entitiesStage } from '../../src/analyze/entities/index.js';
import { linkStage } from '../../src/analyze/link/index.js';
import type { Entity } from '../../src/model.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';
import { toRecord } from '../../src/analyze/pipeline.js';

function entities(text: string, published: string): Entity[] {
  const doc = analyzeDoc({
    id: 't', source: { format: 'wire-text' }, text, headline: '', published,
    parts: [{ kind: 'paragraph', start: 0, end: text.length }],
  }, {}, [tokensStage, entitiesStage, linkStage]);
  expectSpansRoundTrip(toRecord(doc));
  return doc.entities;
}

function person(list: Entity[], kb: string): Entity | undefined {
  return list.find((e) => e.kb === `person:${kb}`);
}

describe('officials in running text', () => {
  it('a foreign ministry spokeswoman, named again by her surname', () => {
    const got = entities('Foreign Ministry spokeswoman Maria Zakharova said on Tuesday that Moscow would respond. Zakharova did not say how.', '2021-03-16T10:00:00Z');
    const e = person(got, 'maria-zakharova');
    expect(e).toMatchObject({ country: 'RUS', code: 'RUSGOV', role: 'Spokesperson of the Ministry of Foreign Affairs of Russia' });
    expect(e?.mentions.map((m) => m.text)).toContain('Zakharova');
  });

  it('the Kremlin spokesman by his KB office', () => {
    const got = entities('Kremlin spokesman Dmitry Peskov told reporters the talks had not been scheduled.', '2019-11-05T09:00:00Z');
    expect(person(got, 'dmitry-peskov')).toMatchObject({ country: 'RUS', role: 'Press Secretary of the President of Russia' });
  });

  it('a Chinese spokesperson, with the right one of several by the date', () => {
    const got = entities('Chinese Foreign Ministry spokesman Zhao Lijian told a regular briefing that Beijing opposed the sanctions.', '2021-07-20T08:00:00Z');
    expect(person(got, 'zhao-lijian')).toMatchObject({ country: 'CHN', code: 'CHNGOV', role: 'Spokesperson of the Ministry of Foreign Affairs of China' });
  });

  it('the chief of the General Staff is military', () => {
    const got = entities('Russia\'s chief of the General Staff, Valery Gerasimov, visited troops in the south, the ministry said.', '2023-01-20T12:00:00Z');
    expect(person(got, 'valery-gerasimov')).toMatchObject({ country: 'RUS', code: 'RUSMIL' });
  });

  it('a national security adviser of one year and not of another', () => {
    const got = entities('White House national security adviser Jake Sullivan met his Chinese counterpart in Vienna.', '2023-05-11T12:00:00Z');
    expect(person(got, 'jake-sullivan')).toMatchObject({ country: 'USA', code: 'USAGOV', role: 'National Security Advisor of the United States' });
    const later = entities('Former adviser Jake Sullivan spoke at a university in Boston.', '2025-06-01T12:00:00Z');
    expect(person(later, 'jake-sullivan')).toMatchObject({ country: 'USA', code: 'USAELI' });
    expect(person(later, 'jake-sullivan')?.role).toBeUndefined();
  });

  it('a speaker of the House', () => {
    const got = entities('House Speaker Mike Johnson said the chamber would vote on the aid package next week.', '2024-04-15T15:00:00Z');
    expect(person(got, 'mike-johnson')).toMatchObject({ country: 'USA', role: 'Speaker of the United States House of Representatives' });
  });

  it('an opposition leader, then the chancellor he became', () => {
    const before = entities('Opposition leader Friedrich Merz criticised the government budget in Berlin.', '2024-09-10T12:00:00Z');
    expect(person(before, 'friedrich-merz')).toMatchObject({ country: 'DEU', code: 'DEUOPP' });
    const after = entities('Friedrich Merz met the French president in Paris.', '2025-08-28T12:00:00Z');
    expect(person(after, 'friedrich-merz')).toMatchObject({ country: 'DEU', code: 'DEUGOV', role: 'Chancellor of Germany' });
  });

  it('the president of Taiwan, also by the Western order of her successor\'s name', () => {
    const got = entities('Taiwan President Tsai Ing-wen said the island would defend itself. Tsai spoke in Taipei.', '2022-08-05T06:00:00Z');
    expect(person(got, 'tsai-ing-wen')).toMatchObject({ country: 'TWN', code: 'TWNGOV', role: 'President of Taiwan' });
    const lai = entities('Taiwan President William Lai said on Thursday that the island sought peace. Lai spoke in Taipei.', '2024-10-10T06:00:00Z');
    const e = person(lai, 'lai-ching-te');
    expect(e).toMatchObject({ country: 'TWN', role: 'President of Taiwan' });
    expect(e?.mentions.map((m) => m.text)).toContain('Lai');
  });

  it('Pakistan\'s military spokesman', () => {
    const got = entities('Military spokesman Major General Asif Ghafoor told a news conference in Rawalpindi that the army was ready.', '2019-02-22T12:00:00Z');
    expect(person(got, 'asif-ghafoor')).toMatchObject({ country: 'PAK', code: 'PAKMIL' });
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeDoc, toRecord } from '../../src/analyze/pipeline.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import { timesStage } from '../../src/analyze/times/index.js';
import type { Article } from '../../src/model.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';

// Made-up stories, read with real sentence bounds (tokens stage), published on a Wednesday in December.
const DEC3 = '2025-12-03T10:00:00Z';

function article(text: string, published?: string): Article {
  return { id: 't', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '', ...(published ? { published } : {}) };
}

function pairs(text: string, published: string | null = DEC3): string[] {
  const rec = toRecord(analyzeDoc(article(text, published ?? undefined), {}, [tokensStage, timesStage]));
  expectSpansRoundTrip(rec);
  return rec.times.map((t) => `${t.text}=${t.value}`);
}

describe('times: counted from the story\'s last dated time, not from the publication date', () => {
  it('"two days later", "a week earlier", "hours later" count from the dated event before them', () => {
    expect(pairs('Rebels seized the town of Marvel on Oct. 4. Two days later, the army counterattacked.'))
      .toEqual(['Oct. 4=2025-10-04', 'Two days later=2025-10-06']);
    expect(pairs('The ministers met in Geneva on Oct. 14. A week earlier, they had met in Vienna.'))
      .toEqual(['Oct. 14=2025-10-14', 'A week earlier=2025-10-07']);
    expect(pairs('The ministers met in Geneva on Oct. 14. Hours later, the talks collapsed.'))
      .toEqual(['Oct. 14=2025-10-14', 'Hours later=2025-10-14']);
    // Each shifted time is an anchor for the next.
    expect(pairs('The plant closed on March 2, 2019. Two months later, the owner sold it. A year later, it reopened.'))
      .toEqual(['March 2, 2019=2019-03-02', 'Two months later=2019-05', 'A year later=2020']);
  });

  it('"N years earlier" counts from the story\'s year; "a year earlier" in a results story still compares periods', () => {
    expect(pairs('The envoy fled the country in 2019. Three years earlier, he had been jailed for a week.'))
      .toContain('Three years earlier=2016');
    expect(pairs('Profit rose to $5 million in the third quarter from $4 million a year earlier.'))
      .toContain('a year earlier=2024-Q3');
  });

  it('"the following week", "that week", "the next morning" count from the dated day', () => {
    // Oct. 4, 2025 is a Saturday in ISO week 40.
    expect(pairs('Rebels seized the town on Oct. 4. The following week, the army counterattacked.'))
      .toEqual(['Oct. 4=2025-10-04', 'The following week=2025-W41']);
    expect(pairs('Talks opened on Oct. 14. That week, protesters blocked the main road.'))
      .toEqual(['Oct. 14=2025-10-14', 'That week=2025-W42']);
    expect(pairs('The ministers met in Geneva on Oct. 14. The next morning, they flew home.'))
      .toEqual(['Oct. 14=2025-10-14', 'The next morning=2025-10-15']);
  });

  it('"the day after his death", "the week before the vote" count from the event\'s date', () => {
    expect(pairs('The former president died on Nov. 12 in a hospital in the capital. The day after his death, thousands gathered in the square.'))
      .toEqual(['Nov. 12=2025-11-12', 'The day=2025-11-13']);
    expect(pairs('Voters went to the polls on Sunday. The week before the vote, the opposition leader was arrested.'))
      .toEqual(['Sunday=2025-11-30', 'The week=2025-W47']);
    expect(pairs('The ministers met in Geneva on Oct. 14. They had arrived in the city the day before.'))
      .toEqual(['Oct. 14=2025-10-14', 'the day=2025-10-13']);
    // A time named after it is what it counts from, not the story's last date.
    expect(pairs('Talks opened on Oct. 14. The year before the 2019 election, the two leaders met twice.'))
      .toEqual(['Oct. 14=2025-10-14', 'The year=2018', '2019=2019']);
    expect(pairs('Talks opened on Oct. 14. The day after the Nov. 2 vote, they met again.'))
      .toEqual(['Oct. 14=2025-10-14', 'The day=2025-11-03', 'Nov. 2=2025-11-02']);
    // In apposition, the phrase renames the date before it.
    expect(pairs('Trading was halted on Oct. 12, the day before the crash.')).toEqual(['Oct. 12=2025-10-12', 'the day=2025-10-12']);
  });

  it('without a dated time before them they keep their own reading, or are left out', () => {
    expect(pairs('Two days later, the army counterattacked.')).toEqual(['Two days=P2D']);
    expect(pairs('The day after his death, thousands gathered in the square.')).toEqual([]);
    expect(pairs('That day, protesters blocked the road.')).toEqual([]);
    expect(pairs('The next morning, they flew home.')).toEqual([]);
    // Not a shift: a comparison and a duration.
    expect(pairs('The plane landed on Oct. 14, two hours later than planned.')).toEqual(['Oct. 14=2025-10-14', 'two hours=PT2H']);
    expect(pairs('The talks were held on Oct. 14. The leaders had stayed in the city later in the day before returning home.'))
      .toEqual(['Oct. 14=2025-10-14']);
  });

  it('comparisons are no steps in the story: "a year before" in results, "earlier than expected", "within two years before"', () => {
    expect(pairs('First-quarter profit fell to 1.5 mln dlrs from 3.5 mln dlrs a year before.')).toContain('a year=P1Y');
    expect(pairs('The deal, signed in 2001, would end in 2006, five years earlier than expected.')).not.toContain('five years earlier=2001');
    expect(pairs('He fled in 2019. Sources said he died within two years before, perhaps within months.')).toContain('two years=P2Y');
    // "the year before" after a figure is that year's figure.
    expect(pairs('Exports fell to 15.7 billion pounds in 1986 from 17.4 billion the year before.')).toContain('the year=1985');
  });

  it('a dated time several sentences back is another event\'s: no anchor', () => {
    const text = 'The talks opened on Oct. 14. The envoy spoke first. Delegates from nine states followed. '
      + 'The hall was full. Two days later, the talks collapsed.';
    expect(pairs(text)).toEqual(['Oct. 14=2025-10-14', 'Two days=P2D']);
  });

  it('a clock moved by a count from a date is not the date ("eight days after Oct. 12, ... Three days later")', () => {
    const text = 'Eight trading days after Oct. 12, the index was still down. Three days later, it recovered.';
    expect(pairs(text)).toEqual(['Eight trading days=P8D', 'Oct. 12=2025-10-12', 'Three days=P3D']);
  });

  it('the dateline\'s date is the filing\'s, not an event to count from', () => {
    const text = 'GENEVA, Dec. 3 (Reuters) - A week earlier, the envoy had warned of a collapse.';
    const a = article(text, DEC3);
    a.dateline = { place: 'Geneva', date: '2025-12-03', agency: 'Reuters', span: { start: 0, end: 24, text: text.slice(0, 24) } };
    const rec = toRecord(analyzeDoc(a, {}, [tokensStage, timesStage]));
    expect(rec.times.map((t) => `${t.text}=${t.value}`)).toEqual(['Dec. 3=2025-12-03', 'A week=P1W']);
  });

  it('without a publication date, a story anchor written in full still dates the shift, and nothing is invented', () => {
    expect(pairs('The plant closed on March 2, 2019. Two days later, the owner sold it.', null))
      .toEqual(['March 2, 2019=2019-03-02', 'Two days later=2019-03-04']);
    expect(pairs('The plant closed on March 2. Two days later, the owner sold it.', null))
      .toEqual(['March 2=XXXX-03-02', 'Two days=P2D']);
  });
});

describe('times: a headline has no verb of its body', () => {
  it('a year-less date in a headline is the nearest one, whatever tense the body takes', () => {
    expect(pairs('Ceasefire talks collapse in Geneva on Nov. 30\n\nThe envoys will meet again on Jan. 5, officials said.'))
      .toEqual(['Nov. 30=2025-11-30', 'Jan. 5=2026-01-05']);
    expect(pairs('Rebels seize key town, Dec. 28\n\nThe army will try to retake it in the spring.', '2026-01-08T10:00:00Z'))
      .toEqual(['Dec. 28=2025-12-28', 'the spring=2026-SP']);
    expect(pairs('Leaders to meet on Jan. 5 in Geneva\n\nThe last round of talks failed in October.'))
      .toEqual(['Jan. 5=2026-01-05', 'October=2025-10']);
  });
});

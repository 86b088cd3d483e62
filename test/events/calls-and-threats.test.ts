/**
 * Calls, talks and threats, pinned with sentences we wrote: phone calls and talks consult between
 * the two parties named; a threat's recipient is the party warned or threatened, never the
 * speaker's own country; a noun phrase with a country modifier ("ten US diplomats") is that country.
 */
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, FRANCE, RUSSIA, type HandEntity } from './helpers.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';
import { toRecord } from '../../src/analyze/pipeline.js';

const USA: HandEntity = { name: 'United States', type: 'PLACE', code: 'USA', country: 'USA', at: ['United States', 'US', 'Washington'] };
const PRK: HandEntity = { name: 'North Korea', type: 'PLACE', code: 'PRK', country: 'PRK', at: ['North Korea', 'Pyongyang'] };
const GUAM: HandEntity = { name: 'Guam', type: 'PLACE', code: 'USA', country: 'USA', at: ['Guam'] };
const INDIA: HandEntity = { name: 'India', type: 'PLACE', code: 'IND', country: 'IND', at: ['India', 'Indian'] };
const PAKISTAN: HandEntity = { name: 'Pakistan', type: 'PLACE', code: 'PAK', country: 'PAK', at: ['Pakistan'] };
const BELARUS: HandEntity = { name: 'Belarus', type: 'PLACE', code: 'BLR', country: 'BLR', at: ['Belarus'] };
const SWITZ: HandEntity = { name: 'Switzerland', type: 'PLACE', code: 'CHE', country: 'CHE', at: ['Geneva'] };
const VOLKOV: HandEntity = { name: 'Ivan Volkov', type: 'PERSON', code: 'RUSGOV', country: 'RUS', at: ['Ivan Volkov', 'Volkov'] };
const DUBOV: HandEntity = { name: 'Oleg Dubov', type: 'PERSON', code: 'BLRGOV', country: 'BLR', at: ['Oleg Dubov', 'Dubov'] };
const MARTIN: HandEntity = { name: 'Claire Martin', type: 'PERSON', code: 'FRAGOV', country: 'FRA', at: ['Claire Martin', 'Martin'] };
const HALE: HandEntity = { name: 'Tom Hale', type: 'PERSON', code: 'USAGOV', country: 'USA', at: ['Tom Hale', 'Hale'] };
const ALL = [USA, PRK, GUAM, INDIA, PAKISTAN, BELARUS, SWITZ, VOLKOV, DUBOV, MARTIN, HALE, FRANCE, RUSSIA];

/** A talk between two parties: the pair as joint actors (as the sample's records code a meeting) or one consulting the other. */
function consults(out: string[], a: string, b: string, status = 'occurred'): boolean {
  return out.includes(`CONSULT ${a}+${b} -> - ${status}`) || out.includes(`CONSULT ${a} -> ${b} ${status}`);
}

function briefs(text: string): string[] {
  const { doc, events } = eventsOf(text, ALL);
  expectSpansRoundTrip(toRecord(doc));
  return events.map((e) => brief(doc, e));
}

describe('phone calls and talks consult between the two parties', () => {
  it('"X and Y spoke by phone"', () => {
    expect(consults(briefs('Volkov and Dubov spoke by phone on Sunday.'), 'Ivan Volkov', 'Oleg Dubov')).toBe(true);
  });
  it('"X held a phone call with Y"', () => {
    expect(briefs('Ivan Volkov held a phone call with Claire Martin on Monday.')).toContain('CONSULT Ivan Volkov -> Claire Martin occurred');
  });
  it('"X phoned Y"', () => {
    expect(briefs('Claire Martin phoned Oleg Dubov late on Tuesday.')).toContain('CONSULT Claire Martin -> Oleg Dubov occurred');
  });
  it('"X spoke with Y by telephone"', () => {
    expect(briefs('Tom Hale spoke with Ivan Volkov by telephone.')).toContain('CONSULT Tom Hale -> Ivan Volkov occurred');
  });
  it('"X and Y held talks in Geneva" (countries only)', () => {
    expect(consults(briefs('Russia and the United States held talks in Geneva.'), 'Russia', 'United States')).toBe(true);
  });
  it('"the two leaders met": the two named just before', () => {
    const out = briefs('Claire Martin and Oleg Dubov signed a trade accord on Monday. The two leaders met again on Tuesday.');
    expect(out.filter((b) => b.startsWith('CONSULT'))).toEqual(['CONSULT Claire Martin+Oleg Dubov -> - occurred']);
  });
  it('"X will call Y next week" is planned', () => {
    expect(briefs('Ivan Volkov will call Tom Hale next week.')).toContain('CONSULT Ivan Volkov -> Tom Hale planned');
  });
});

describe('a threat goes to the party threatened, never the speaker\'s own country', () => {
  it('"X warned Y that it would be met with ..."', () => {
    const out = briefs('Tom Hale warned North Korea that it would be met with a harsh response.');
    expect(out.some((b) => b.startsWith('THREATEN Tom Hale -> North Korea'))).toBe(true);
    expect(out.some((b) => /^THREATEN .* -> United States/.test(b))).toBe(false);
  });
  it('"X threatened Y with Z"', () => {
    const out = briefs('Oleg Dubov threatened Pakistan with new tariffs.');
    expect(out).toContain('THREATEN Oleg Dubov -> Pakistan occurred');
  });
  it('"X said it was considering a strike on Z" is a possible threat', () => {
    const out = briefs('North Korea said it was considering a missile strike on Guam.');
    expect(out.some((b) => /^THREATEN North Korea -> (?:Guam|United States) possible$/.test(b))).toBe(true);
  });
  it('the recipient is never the actor\'s own country', () => {
    const out = briefs('Volkov threatened Russia\'s neighbours with a cut in gas supplies.');
    expect(out.some((b) => b.startsWith('THREATEN Ivan Volkov'))).toBe(true);
    expect(out.some((b) => /^THREATEN Ivan Volkov -> Russia\b/.test(b))).toBe(false);
  });
});

describe('a noun phrase with a country modifier is that country', () => {
  it('"expelled ten US diplomats"', () => {
    expect(briefs('Russia expelled ten US diplomats on Friday.').some((b) => /^SANCTION Russia -> (?:United States|USA\w*) /.test(b))).toBe(true);
  });
  it('"summoned the Indian envoy"', () => {
    expect(briefs('Pakistan summoned the Indian envoy over the shelling.').some((b) => /^\w+ Pakistan -> (?:India|IND\w*) /.test(b))).toBe(true);
  });
});

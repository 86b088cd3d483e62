/**
 * Legislatures, parties and first-level regions that news names constantly: each links to its KB
 * row with the right country, by its name or an alias.
 */
import { describe, expect, it } from 'vitest';
import { byName, entityWith, linked } from './helpers.js';

const ctx = { reference: '2025-02-10T10:00:00Z' };

// Original prose written for these tests.
describe('link: national legislatures', () => {
  it.each([
    ['Lawmakers in the Bundesrat approved the budget on Friday.', 'Bundesrat', 'Bundesrat', 'DEU'],
    ['The Rajya Sabha passed the bill late on Thursday.', 'Rajya Sabha', 'Rajya Sabha', 'IND'],
    ['The Sejm voted to extend the session by a week.', 'Sejm', 'Sejm', 'POL'],
    ['The Riksdag debated the defence package for six hours.', 'Riksdag', 'Riksdag', 'SWE'],
    ['The Storting will vote on the fund rules in June.', 'Storting', 'Storting', 'NOR'],
    ['The House of Lords sent the bill back to ministers.', 'House of Lords', 'House of Lords', 'GBR'],
    ['Deputies of the Duma backed the measure unanimously.', 'Duma', 'State Duma', 'RUS'],
    ['The Rada met in closed session in Kyiv.', 'Rada', 'Verkhovna Rada', 'UKR'],
    ['The bill now goes to the Diet for approval.', 'Diet', 'National Diet', 'JPN'],
  ])('%s', (text, mention, name, country) => {
    const doc = linked(text, [[mention, 'ORG']], ctx);
    const e = entityWith(doc, mention);
    expect(e?.name).toBe(name);
    expect(e?.type).toBe('ORG');
    expect(e?.country).toBe(country);
  });

  it('keeps the Bundestag an organization when the tagger calls it a person', () => {
    const doc = linked('Scholz told the Bundestag that aid would continue.', [['Scholz', 'PERSON'], ['Bundestag', 'PERSON']], ctx);
    const e = entityWith(doc, 'Bundestag');
    expect(e?.type).toBe('ORG');
    expect(e?.country).toBe('DEU');
  });
});

describe('link: political parties', () => {
  it.each([
    ['The CSU rejected the proposal at its congress in Munich.', 'CSU', 'Christian Social Union', 'DEU'],
    ['The FDP left the coalition in November.', 'FDP', 'Free Democratic Party', 'DEU'],
    ['Die Linke gained seats in the eastern states.', 'Die Linke', 'The Left', 'DEU'],
    ['Alliance 90/The Greens chose two co-leaders.', 'Alliance 90/The Greens', 'Alliance 90/The Greens', 'DEU'],
    ['The PPP said it would join the government in Islamabad.', 'PPP', 'Pakistan Peoples Party', 'PAK'],
    ['The CCP marked its anniversary with a rally.', 'CCP', 'Communist Party of China', 'CHN'],
    ['The AfD polled second in the survey.', 'AfD', 'Alternative for Germany', 'DEU'],
    ['PML-N leaders met in Lahore.', 'PML-N', 'Pakistan Muslim League-Nawaz', 'PAK'],
  ])('%s', (text, mention, name, country) => {
    const doc = linked(text, [[mention, 'ORG']], ctx);
    const e = entityWith(doc, mention);
    expect(e?.name).toBe(name);
    expect(e?.country).toBe(country);
  });
});

describe('link: "Congress" by the article\'s country', () => {
  it('is the Indian party in an article about India', () => {
    const text = 'Congress won the state election in Karnataka, the BJP conceded. India will hold a general vote next year; New Delhi expects a close race.';
    const doc = linked(text, [['Congress', 'ORG'], ['BJP', 'ORG'], ['Karnataka', 'PLACE'], ['India', 'PLACE'], ['New Delhi', 'PLACE']], ctx);
    expect(entityWith(doc, 'Congress')?.name).toBe('Indian National Congress');
  });

  it('stays the US legislature in an article about the United States', () => {
    const text = 'Congress passed the spending bill on Friday. The United States will fund the agencies until March, Washington said.';
    const doc = linked(text, [['Congress', 'ORG'], ['United States', 'PLACE'], ['Washington', 'PLACE']], ctx);
    expect(entityWith(doc, 'Congress')?.name).toBe('United States Congress');
  });
});

describe('link: first-level regions', () => {
  it.each([
    ['Floods hit Bavaria over the weekend.', 'Bavaria', 'DEU'],
    ['Voters in North Rhine-Westphalia go to the polls in May.', 'North Rhine-Westphalia', 'DEU'],
    ['Drones struck a depot in the Belgorod region overnight.', 'Belgorod region', 'RUS'],
    ['Shelling was reported in the Kherson region.', 'Kherson region', 'UKR'],
    ['Officials in Zaporizhzhia Oblast ordered an evacuation.', 'Zaporizhzhia Oblast', 'UKR'],
    ['A heat wave gripped Rajasthan this week.', 'Rajasthan', 'IND'],
    ['Factories in Guangdong reopened after the holiday.', 'Guangdong', 'CHN'],
  ])('%s', (text, mention, country) => {
    const doc = linked(text, [[mention, 'PLACE']], ctx);
    const e = entityWith(doc, mention);
    expect(e?.type).toBe('PLACE');
    expect(e?.country).toBe(country);
  });

  it('gives Punjab no country on its own: India and Pakistan both have one', () => {
    const doc = linked('Heavy rain fell across Punjab on Monday.', [['Punjab', 'PLACE']], ctx);
    const e = byName(doc, 'Punjab');
    expect(e).toBeDefined();
    expect(e?.country).toBeUndefined();
  });
});

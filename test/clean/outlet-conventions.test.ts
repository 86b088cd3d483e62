/**
 * Outlet conventions for the article-level fields: stamps without a zone read in the outlet's home
 * (or the dateline city's) zone, datelines that open with the credit or share the stamp's line,
 * credit lines naming the site, desk initials and input credits as chrome, and the year of a
 * dateline that prints none. Our own made-up articles in the outlets' layouts.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/pipeline.js';
import { copyrightOutlet, readCredit } from '../../src/clean/credits.js';
import { parseDateline } from '../../src/clean/dateline.js';
import { datelineYear, latestDatedYear, leadWeekday } from '../../src/clean/dateline-year.js';
import { cleanArticle } from '../../src/clean/index.js';
import { officeSpans, yearsInOffice } from '../../src/clean/office-years.js';
import { loadKb, nameKey } from '../../src/kb/index.js';
import { parseSectionLine } from '../../src/clean/section-line.js';
import { agencyTail, cutTrailer, isTrailer } from '../../src/clean/trailers.js';
import type { Article } from '../../src/model.js';
import { readInput } from '../../src/read/index.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';

function fromText(text: string): Article {
  const [raw] = readInput(Buffer.from(text), 'inline.txt');
  return cleanArticle(raw!);
}

describe('a stamp without a zone is the outlet home’s local time, with its DST', () => {
  it.each([
    // outlet credit in the dateline, stamp line, expected published
    ['(ANSA) - Rome, June 14 - The parties broke off talks on Friday.', '14 June 2019 18:30', '2019-06-14T18:30:00+02:00'],
    ['(ANSA) - Rome, Jan 14 - The parties broke off talks on Monday.', '14 Jan 2019 18:30', '2019-01-14T18:30:00+01:00'],
    ['MADRID, Aug 16 (EFE).- The government said on Friday it would act.', '16 Aug 2019 10:05', '2019-08-16T10:05:00+02:00'],
    ['KUALA LUMPUR, May 10 (Bernama) -- The minister said on Thursday.', '10/05/2018 11:52 PM', '2018-05-10T23:52:00+08:00'],
  ])('%s', (dateline, stamp, published) => {
    const a = fromText(`Talks stall\n\n${stamp}\n\n${dateline}\n\nMore talks are planned, officials said.\n`);
    expect(a.published).toBe(published);
    expect(a.publishedZoneInferred).toBe(true);
    const span = a.dateline!.span!;
    expect(a.text.slice(span.start, span.end)).toBe(span.text);
  });

  it('France 24: "Issued on:" after the teaser, day first, Paris time; the line leaves the text', () => {
    const a = fromText([
      'Ministers agree on fishing quotas', '',
      'Fisheries ministers on Tuesday settled next year’s quotas after talks that ran through the night.', '',
      'Issued on: 05/11/2019 - 08:15 Modified: 05/11/2019 - 10:40', '',
      'The deal cuts the cod catch by a tenth, the presidency said in a statement.', '',
      'Environmental groups said the cuts did not go far enough.', '',
      '© France 24',
    ].join('\n'));
    expect(a.published).toBe('2019-11-05T08:15:00+01:00');
    expect(a.dateline?.agency).toBe('France 24');
    expect(a.text).not.toContain('Issued on');
    expect(a.text).not.toContain('©');
  });

  it('a local stamp with no outlet and no known city stays as before: UTC, inferred', () => {
    const a = fromText('Talks stall\n\n14 June 2019 18:30\n\nThe parties broke off talks on Friday, a spokesman said.\n');
    expect(a.published).toBe('2019-06-14T18:30:00Z');
    expect(a.publishedZoneInferred).toBe(true);
  });
});

describe('datelines an agency credit opens', () => {
  it('ANSA: "(ANSA) - Rome, May 27 -" with a mixed-case place', () => {
    const dl = parseDateline('(ANSA) - Rome, May 27 - The premier-designate gave up his mandate on Sunday.');
    expect(dl).toMatchObject({ place: 'Rome', agency: 'ANSA', date: { mo: 5, d: 27 } });
    expect(dl!.length).toBe('(ANSA) - Rome, May 27 -'.length);
  });

  it.each([
    ['MOSCOW. Nov 24 (Interfax) - The ministry said on Friday it would reply.', 'Moscow', 'Interfax'],
    ['Islamabad, Nov 3 (PTI) Pakistan said on Friday it would reply.', 'Islamabad', 'PTI'],
    ['Caracas, Jan 23 (EFE).- The opposition leader spoke on Wednesday.', 'Caracas', 'EFE'],
    ['BEIRUT, Lebanon (AP) — Officials said on Friday that the road was open.', 'Beirut', 'AP'],
  ])('%s', (text, place, agency) => {
    expect(parseDateline(text)).toMatchObject({ place, agency });
  });

  it.each([
    ['CAIRO: Egypt said on Friday that the border would reopen.', 'Cairo'],
    ['BANGKOK – Thailand said on Friday that the border would reopen.', 'Bangkok'],
  ])('a capitals place with only a separator: %s', (text, place) => {
    expect(parseDateline(text)?.place).toBe(place);
  });

  it.each([
    // An unknown word in brackets before a mixed-case phrase is no credit.
    '(Updated) - Rome, May 27 - the premier said.',
    '(Minister) - Rome, May 27 - The premier said.',
    // A sentence that mentions a place and a date is no dateline.
    'Rome, May 27 was the day the premier gave up, officials recalled.',
  ])('not a dateline: %s', (text) => {
    expect(parseDateline(text)).toBeUndefined();
  });

  it('"Rome, May 27" inside a paragraph is not the dateline', () => {
    const a = fromText('Talks stall\n\nThe premier spoke late on Sunday. (ANSA) - Rome, May 27 - was printed above the story.\n\nMore talks are planned, officials said.\n');
    expect(a.dateline?.place).toBeUndefined();
  });
});

describe('a dateline joined to the stamp (The Hindu)', () => {
  const article = [
    'Port strike ends after two days of talks', '',
    'The Hindu Bureau', '',
    'CHENNAI, MARCH 3, 2021 18:05 IST', '',
    'Dock workers at the port returned to work on Wednesday after unions and the port trust agreed on a new wage scale.', '',
    'The strike had held up more than forty ships at anchor, officials said.', '',
    '(With inputs from PTI)',
  ].join('\n');

  it('place, date, zone from the outlet; byline and input credit out of the text', () => {
    const a = fromText(article);
    expect(a.published).toBe('2021-03-03T18:05:00+05:30');
    expect(a.dateline).toEqual({ place: 'Chennai', date: '2021-03-03', agency: 'The Hindu' });
    expect(a.section).toBeUndefined();
    expect(a.text).not.toContain('Bureau');
    expect(a.text).not.toContain('With inputs');
    expect(a.text).not.toContain('CHENNAI');
  });

  it('the date-only line: the dateline and a day-precision publication', () => {
    const a = fromText(article.replace('CHENNAI, MARCH 3, 2021 18:05 IST', 'CHENNAI, MARCH 3, 2021'));
    expect(a.dateline).toEqual({ place: 'Chennai', date: '2021-03-03', agency: 'The Hindu' });
    expect(a.published).toBe('2021-03-03T00:00:00+05:30');
    expect(a.publishedPrecision).toBe('day');
  });

  it('the header line: a known city before the stamp is a place; another word is not', () => {
    expect(parseSectionLine('NEW DELHI, FEBRUARY 26, 2019 19:42 IST')?.datelinePlace).toBe('New Delhi');
    expect(parseSectionLine('WORLD, FEBRUARY 26, 2019 19:42 IST')?.datelinePlace).toBeUndefined();
    expect(parseSectionLine('NEW DELHI, FEBRUARY 26, 2019')?.datelinePlace).toBe('New Delhi');
    expect(parseSectionLine('New Delhi, February 26, 2019 19:42 IST')?.datelinePlace).toBe('New Delhi');
    // Words before the city make it a clause, not a dateline.
    expect(parseSectionLine('Talks in New Delhi, February 26, 2019')?.datelinePlace).toBeUndefined();
  });
});

describe('credit lines that name the site', () => {
  it.each([
    ['Al Jazeera and news agencies', 'Al Jazeera'],
    ['Al Arabiya with AFP', 'Al Arabiya'],
    ['Al Jazeera, Reuters and AFP', 'Al Jazeera'],
    ['The Hindu Bureau', 'The Hindu'],
    ['Anadolu Agency', 'Anadolu Agency'],
  ])('%s -> %s', (line, agency) => {
    expect(readCredit(line)).toEqual({ agency });
  });

  it.each([
    'Al Jazeera and the rebels agreed on a truce',
    'Reuters with a reporter in Kyiv',
    'The Hindu festival of lights',
  ])('not a credit: %s', (line) => {
    expect(readCredit(line)?.agency).toBeUndefined();
  });

  it.each([
    ['© France 24', 'France 24'],
    ['ALL RIGHTS RESERVED © Copyright ANSA', 'ANSA'],
    ['Copyright © 2020 AFP. All rights reserved.', 'AFP'],
    ['© 2020 Example Media Group', undefined],
    ['Vladimir Putin © Jane Doe/TASS', undefined],
  ])('copyright line %s -> %s', (line, agency) => {
    expect(copyrightOutlet(line)).toBe(agency);
  });

  it('a web page: credit line under the date names the source and leaves the text', () => {
    const a = fromText([
      'Flooding forces thousands from homes', '',
      'Heavy rain has swollen rivers across the south, and officials warn more storms are on the way.', '',
      '12 Mar 2021', '',
      'Al Jazeera and news agencies', '',
      'Thousands of people have left their homes after days of heavy rain, officials said on Friday.', '',
      'Rescue teams used boats to reach families cut off by the water.', '',
      'SOURCE: Al Jazeera and news agencies',
    ].join('\n'));
    expect(a.dateline).toEqual({ agency: 'Al Jazeera' });
    expect(a.text).not.toContain('news agencies');
    // A day-only stamp is Doha's midnight: the local date is the page's.
    expect(a.published?.slice(0, 10)).toBe('2021-03-12');
    expect(a.publishedPrecision).toBe('day');
  });

  it('Anadolu’s header line names it; the dateline is a line of its own', () => {
    const a = fromText([
      'Ministers sign trade pact', '',
      'Jane Doe, John Roe   |05.03.2021 - Update : 05.03.2021', '',
      'ANKARA', '',
      'Two neighbours signed a trade pact on Friday, the trade minister said.', '',
      'The agreement lowers tariffs on farm goods over five years, he added.',
    ].join('\n'));
    expect(a.dateline).toMatchObject({ place: 'Ankara', agency: 'Anadolu Agency' });
    expect(a.text).not.toContain('Update');
  });
});

describe('desk initials and input credits are chrome', () => {
  it('PTI’s desk initials after the last sentence go and credit PTI', () => {
    expect(agencyTail('The increase will be small, officials said. PTI ABC XY')).toEqual({ at: 43, agency: 'PTI' });
    const a = fromText('Rail fares to rise\n\nNew Delhi, Mar 3 (PTI) The railways on Wednesday announced a rise in fares.\n\nThe increase will be small for suburban trains, officials said. PTI ABC XY\n');
    expect(a.text).not.toContain('ABC XY');
    expect(a.text.trimEnd().endsWith('officials said.')).toBe(true);
  });

  it.each([
    'The deal was signed in the U.S. capital. FBI CIA',
    'He met officials of the EU and NATO. UN',
  ])('capitals after a sentence that name no agency stay: %s', (text) => {
    expect(agencyTail(text)).toBeUndefined();
  });

  it('"(With inputs from PTI)" closing the last paragraph is cut', () => {
    expect(cutTrailer('Security was tightened along the border. (With inputs from PTI)')).toBe('Security was tightened along the border.');
  });

  it('EFE’s editors’ initials on the last line leave the text', () => {
    const a = fromText('Talks resume\n\nLIMA, Mar 14 (EFE).- The opposition leader on Thursday called for a new election.\n\nProtests continued.\n\nabc/xyz\n');
    expect(a.text).not.toContain('abc/xyz');
  });
});

describe('the year of a dateline that prints none', () => {
  it('reads the lead’s weekday, skipping days moved by "since", "last", "next"', () => {
    expect(leadWeekday(' The leader on Thursday called for a new vote.')).toBe(4);
    expect(leadWeekday(' Protests that began last Monday went on, and on Thursday the leader spoke.')).toBe(4);
    expect(leadWeekday(' The leader spoke on Thursday and again on Friday.')).toBeUndefined();
    // Overnight news filed the next day: the weekday may be the day before the dateline's.
    expect(leadWeekday(' Rebels seized the town late Tuesday, officials said.')).toBeUndefined();
    expect(leadWeekday(' The leader spoke. On Friday, protests resumed.')).toBeUndefined();
  });

  it('takes the latest year printed with a month, not a deadline', () => {
    expect(latestDatedYear('The vote on March 9, 2019 followed the election in May 2018 and the 1958 uprising.')).toBe(2019);
    expect(latestDatedYear('The uprising of 1958 is remembered.')).toBeUndefined();
    expect(latestDatedYear('The vote on March 9, 2019 set targets to be met by January 2030.')).toBe(2019);
  });

  it('exactly one of the latest year and the next must put the day on that weekday', () => {
    // March 14, 2019 was a Thursday; March 14, 2020 a Saturday.
    expect(datelineYear({ mo: 3, d: 14 }, ' The leader on Thursday called for a vote.', 'On March 9, 2019 the congress voted.')).toBe(2019);
    // January 5 was a Friday in 2018 and a Saturday in 2019: "Sunday" fits neither.
    expect(datelineYear({ mo: 1, d: 5 }, ' Talks ended on Sunday.', 'The deal of June 2, 2018 held.')).toBeUndefined();
    expect(datelineYear({ mo: 3, d: 14 }, ' The leader called for a vote.', 'On March 9, 2019 the congress voted.')).toBeUndefined();
  });

  it('wire copy without a stamp: the settled year dates the dateline and the day', () => {
    const a = fromText('New vote sought\n\nLima, Mar 14 (EFE).- The opposition leader on Thursday called for a new election.\n\nThe congress vote on March 9, 2019 split the ruling party.\n\nabc/xyz\n');
    expect(a.dateline?.date).toBe('2019-03-14');
    expect(a.published).toBe('2019-03-14T00:00:00-05:00');
    expect(a.publishedPrecision).toBe('day');
  });

  it('inconclusive evidence (only a year of history) sets nothing', () => {
    const a = fromText('New vote sought\n\nLima, Mar 14 (EFE).- The opposition leader on Thursday called for a new election on the anniversary of the 1958 uprising.\n\nProtests have spread since Tuesday.\n');
    expect(a.dateline?.date).toBe('Mar 14');
    expect(a.published).toBeUndefined();
  });
});

describe('office holders named with their title bound the year', () => {
  const kb = loadKb();

  it('"President Donald Trump" places the story in one of his terms', () => {
    const spans = officeSpans('The talks were welcomed by United States President Donald Trump, officials said.', kb, nameKey);
    expect(spans).toHaveLength(1);
    const years = yearsInOffice(spans, 1, 23)!;
    expect(years.has(2019)).toBe(true);
    expect(years.has(2016)).toBe(false);
  });

  it.each([
    'former President Donald Trump said',
    'then-President Donald Trump said',
    'Vice President Donald Trump said',
    'Donald Trump said',
  ])('no evidence from "%s"', (text) => {
    expect(officeSpans(text, kb, nameKey)).toEqual([]);
  });

  it('with the lead’s weekday the term settles the year; a weekday no year of the terms has settles nothing', () => {
    const text = 'President Donald Trump said he would meet the opposition leader.';
    const inOffice = (mo: number, d: number): Set<number> | undefined => yearsInOffice(officeSpans(text, kb, nameKey), mo, d);
    // March 14 fell on a Thursday in 2019 only, of his terms' years.
    expect(datelineYear({ mo: 3, d: 14 }, ' The opposition leader on Thursday called for a vote.', text, inOffice)).toBe(2019);
    const a = fromText(`New vote sought\n\nLIMA, Mar 14 (EFE).- The opposition leader on Thursday called for a new election.\n\n${text}\n`);
    expect(a.dateline?.date).toBe('2019-03-14');
    expect(a.published?.slice(0, 10)).toBe('2019-03-14');
  });

  it('a dated year that disagrees with the terms settles nothing', () => {
    const text = 'President Donald Trump spoke. The vote on March 9, 2010 split the party.';
    const inOffice = (mo: number, d: number): Set<number> | undefined => yearsInOffice(officeSpans(text, kb, nameKey), mo, d);
    // March 14, 2010 was a Sunday, but 2010 lies in none of his terms.
    expect(datelineYear({ mo: 3, d: 14 }, ' The leader on Sunday called for a vote.', text, inOffice)).toBeUndefined();
  });
});

describe('input credits of Indian outlets', () => {
  it.each(['(With inputs from PTI)', '(With agency inputs)', 'With inputs from PTI, IANS', 'With agency inputs'])('%s is chrome', (line) => {
    expect(isTrailer(line)).toBe(true);
  });

  it.each(['With inputs from the public, the plan was changed.', 'With agency inputs falling, the bank cut rates.'])('a sentence stays: %s', (line) => {
    expect(isTrailer(line)).toBe(false);
  });

  it('"TNN" on the header line is the Times of India’s credit, not a section', () => {
    const a = fromText('Fuel prices rise\n\nTNN | Updated: Jun 29, 2020, 22:05 IST\n\nNEW DELHI: Petrol prices rose for the third week on Monday, oil companies said.\n\nDiesel rose by less.\n');
    expect(a.section).toBeUndefined();
    expect(a.dateline).toMatchObject({ place: 'New Delhi', agency: 'Times of India' });
    expect(a.published).toBe('2020-06-29T22:05:00+05:30');
  });
});

describe('dateline cities beyond the agencies’ homes', () => {
  it('a capital alone on its line above the story is the dateline', () => {
    const a = fromText('Vote count begins\n\nKINSHASA\n\nOfficials began counting ballots on Monday after a vote delayed by two years.\n\nResults are due next week.\n');
    expect(a.dateline?.place).toBe('Kinshasa');
  });

  it('a stamp without a zone from an agency with no home is read in the dateline city’s zone', () => {
    const a = fromText('Vote count begins\n\nMarch 3, 2021 5:10 PM\n\nQUITO, Ecuador (AP) — Officials began counting ballots on Wednesday.\n\nResults are due next week.\n');
    expect(a.published).toBe('2021-03-03T17:10:00-05:00');
    expect(a.publishedZone).toBe('America/Guayaquil');
  });

  it('a capitals heading that is no city stays text', () => {
    const a = fromText('Vote count begins\n\nBACKGROUND\n\nOfficials began counting ballots on Monday after a vote delayed by two years.\n\nResults are due next week.\n');
    expect(a.dateline?.place).toBeUndefined();
  });
});

describe('wire copy without a stamp, its dateline printing the year', () => {
  it('the dateline day is the publication day, in the dateline city', () => {
    const a = fromText('New vote sought\n\nLima, Mar 14, 2019 (EFE).- The opposition leader called for a new election.\n\nProtests continued.\n');
    expect(a.published).toBe('2019-03-14T00:00:00-05:00');
    expect(a.publishedPrecision).toBe('day');
    expect(a.dateline?.date).toBe('2019-03-14');
  });

  it('a stamp, when there is one, stays the publication', () => {
    const a = fromText('New vote sought\n\n15 Mar 2019 09:10\n\nLima, Mar 14, 2019 (EFE).- The opposition leader called for a new election.\n\nProtests continued.\n');
    expect(a.published).toBe('2019-03-15T09:10:00+01:00');
  });

  it('France 24’s labels glued to the time before them', () => {
    expect(parseSectionLine('Issued on: 12/12/2015 - 21:51Modified: 12/12/2015 - 22:05')).toMatchObject({ stamp: { y: 2015, mo: 12, d: 12, time: { h: 21, mi: 51 } } });
  });
});

describe('analysis over outlet chrome', () => {
  it('desk initials, input credits and a site credit line never become entities; spans round-trip', async () => {
    const rec = await analyze(fromText([
      'Rail fares to rise', '',
      'Al Jazeera and news agencies', '',
      'New Delhi, Mar 3 (PTI) The railways on Wednesday announced a rise in fares from April, officials said.', '',
      'The increase will be small for suburban trains, Railway Minister Piyush Goyal said. PTI ABC XY', '',
      '(With inputs from PTI)',
    ].join('\n')));
    expectSpansRoundTrip(rec);
    expect(rec.entities.some((e) => /ABC|news agencies|inputs/u.test(e.name))).toBe(false);
    expect(rec.dateline?.agency).toBe('PTI');
  });
});

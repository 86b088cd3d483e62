/**
 * Wire sign-offs, credits and copyright lines leave the text; story sentences that look a bit like
 * them stay. The record's text is assembled from what is kept, so every span still round-trips.
 * All lines here are our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/pipeline.js';
import { cleanArticle } from '../../src/clean/index.js';
import { cutTrailer, dropLinkNotes, isAgencySignOff, isTrailer } from '../../src/clean/trailers.js';
import type { Article } from '../../src/model.js';
import { readInput } from '../../src/read/index.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';

function fromText(text: string): Article {
  const [raw] = readInput(Buffer.from(text), 'inline.txt');
  return cleanArticle(raw!);
}

const HEAD = 'Ministers agree on flood relief\n\nLONDON (Reuters) - Finance ministers agreed on Monday to send relief to the flooded provinces, officials said.\n\nThe money will be paid out over two years, the finance ministry said in a statement.';

describe('trailer blocks', () => {
  it.each([
    'Jane Doe contributed to this report.',
    'Jane Doe in Kyiv and John Roe in Warsaw contributed to this report.',
    'Staff writer Jane Doe contributed to this report.',
    'Associated Press writers Jane Doe and John Roe contributed.',
    'Associated Press writers Jane Doe in Kyiv and John Roe in Moscow contributed to this report.',
    'AP correspondent Jane Doe contributed reporting.',
    'Reporting by Jane Doe; Editing by John Roe',
    'Reporting by Jane Doe in Moscow, John Roe in Kyiv and Ann Poe in Warsaw; Additional reporting by Max Moe in Berlin and Lee Loe in Paris; Writing by Jane Doe; Editing by John Roe, Ann Poe and the Europe desk team',
    'Writing by Jane Doe',
    'Reporting by Jane Doe; Editing by John Roe.',
    'Reporting by the Brussels bureau; Editing by the Europe desk',
    'Additional reporting by John Roe',
    '(Reporting by Jane Doe in Moscow; Editing by John Roe)',
    'Compiled by Jane Doe',
    'Copyright 2020 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    'Follow Jane M. Doe on Twitter: @janedoe',
    'Follow AP’s coverage of the floods at https://example.org/floods',
    'Find more of AP’s coverage at https://example.org/hub',
    '-- END --',
    '(END)',
    '/// nnnn',
    'Enditem',
    '(Editor: Zhang Jian)',
    '[Editor: huaxia]',
    '___',
    'bur-jd/rl',
    'Our Standards: The Thomson Reuters Trust Principles.',
    'Get the day’s markets in our morning newsletter. Sign up here.',
    'jane.doe@example.co.kr',
    'Anadolu Agency website contains only a portion of the news stories offered to subscribers, and in summarized form.',
    '(With input from Xinhua)',
    '(Cover image via VCG)',
    '(Cover: A view of the flooded province on Monday.)',
  ])('is a trailer: %s', (line) => {
    expect(isTrailer(line)).toBe(true);
    const a = fromText(`${HEAD}\n\n${line}\n`);
    expect(a.text).not.toContain(line);
    expect(a.text.endsWith('said in a statement.')).toBe(true);
  });

  it.each(['© 2020 AFP', 'Copyright 2020 Agence France-Presse. All rights reserved.', 'Read more:', 'Related:', 'Follow us on Telegram', 'Related news: Ministers meet on flood relief', 'Related Topics'])(
    'is chrome: %s',
    (line) => {
      const a = fromText(`${HEAD}\n\n${line}\n`);
      expect(a.text).not.toContain(line);
    },
  );

  it.each([
    'The foundation contributed $5 million to the relief fund.',
    'Heavy rain contributed to the flooding, officials said.',
    'Officials said high fuel prices also contributed.',
    'Reuters reporters were not allowed into the hall.',
    'Writing by hand is still taught in the province’s schools.',
    'Editing by committee rarely works, the minister joked.',
    'Reporting by The Daily Planet found that the fund had been emptied twice.',
    'Research by Oxford Economics suggests the losses will double.',
    'Follow the money, the auditor told lawmakers.',
    'Copyright law was changed in 2020.',
    'The end came quickly.',
  ])('stays: %s', (line) => {
    expect(isTrailer(line)).toBe(false);
    expect(fromText(`${HEAD}\n\n${line}\n`).text).toContain(line);
  });
});

describe('trailers closing a paragraph', () => {
  it.each([
    ['The relief will be paid in two parts. (END)', 'The relief will be paid in two parts.'],
    ['The relief will be paid in two parts. Enditem', 'The relief will be paid in two parts.'],
    ['The relief will be paid in two parts. (Reporting by Jane Doe; Editing by John Roe)', 'The relief will be paid in two parts.'],
    ['The relief will be paid in two parts. -- END --', 'The relief will be paid in two parts.'],
    ['The relief will be paid in two parts. /// nnnn', 'The relief will be paid in two parts.'],
    ['The relief will be paid in two parts. (Editor: Li Jia)', 'The relief will be paid in two parts.'],
    ['The relief will be paid in two parts. [Editor: huaxia] (END)', 'The relief will be paid in two parts.'],
    ['The relief will be paid in two parts. (Reporting by the Brussels bureau)', 'The relief will be paid in two parts.'],
    ['The relief will be paid in two parts. ==Kyodo', 'The relief will be paid in two parts.'],
    ['The relief will be paid in two parts. © 2020 AFP', 'The relief will be paid in two parts.'],
    ['The relief will be paid in two parts. (With input from Xinhua)', 'The relief will be paid in two parts.'],
    ['“The relief will be paid in two parts.” © Agence France-Presse', '“The relief will be paid in two parts.”'],
    ['The relief will be paid in two parts. Jane M. Doe in Kyiv contributed to this report.', 'The relief will be paid in two parts.'],
    ['The relief will be paid in two parts. Associated Press writers Jane Doe and John Roe contributed.', 'The relief will be paid in two parts.'],
    ['The relief will be paid in two parts. bur-jd/rl', 'The relief will be paid in two parts.'],
  ])('%s', (paragraph, kept) => {
    expect(cutTrailer(paragraph)).toBe(kept);
    const a = fromText(`${HEAD}\n\n${paragraph}\n`);
    expect(a.text.endsWith(`\n\n${kept}`)).toBe(true);
    expect(a.text.slice(a.parts.at(-1)!.start, a.parts.at(-1)!.end)).toBe(kept);
  });

  it.each([
    'The talks (the first since June) will resume.',
    'The fund (run by the finance ministry) will pay out.',
    'The editor said the report was accurate (it was).',
    'Trains will run at up to 120 km/h',
    'The photo (© Jane Doe) was taken on Monday.',
    'Officials were asked to sign and/or',
    'The relief will be paid in two parts. Heavy rain contributed to the damage.',
    'Lawmakers said the fund had been emptied. Two reports contributed to the finding that officials erred.',
  ])('keeps brackets and slashes that are prose: %s', (paragraph) => {
    expect(cutTrailer(paragraph)).toBe(paragraph);
  });
});

describe('agency sign-offs', () => {
  it.each(['==Kyodo', 'Kyodo', 'PTI KR RDK', '-- IANS', 'IANS abc/xyz', 'AFP'])('a sign-off at the end: %s', (line) => {
    expect(isAgencySignOff(line)).toBe(true);
    expect(fromText(`${HEAD}\n\n${line}\n`).text.endsWith('said in a statement.')).toBe(true);
  });

  it.each(['Putin', 'AP Top News', 'Tasnim said it', 'Reuters reported the talks had stalled'])('no sign-off: %s', (line) => {
    expect(isAgencySignOff(line)).toBe(false);
  });

  it('reads a bare agency name at the head of the story as its credit, not its text', () => {
    const a = fromText('Ministers agree on flood relief\n\nKyodo\n\nFinance ministers agreed on Monday to send relief to the flooded provinces, officials said.\n\nThe money will be paid out over two years.\n');
    expect(a.text).not.toContain('Kyodo');
    expect(a.headline).toBe('Ministers agree on flood relief');
    expect(a.dateline?.agency).toBe('Kyodo');
  });
});

describe('link notes', () => {
  it('drops "opens new tab" left from a copied page’s links', () => {
    expect(dropLinkNotes('The ministry said in a statement, opens new tab that talks would resume.')).toBe('The ministry said in a statement that talks would resume.');
    const a = fromText(`${HEAD.replace('in a statement.', 'in a statement, opens new tab.')}\n`);
    expect(a.text).not.toContain('opens new tab');
    expect(a.text.endsWith('said in a statement.')).toBe(true);
  });
});

describe('spans after trailers are removed', () => {
  it('round-trip in the analyzed record', () => {
    const text = `${HEAD} (Reporting by Jane Doe; Editing by John Roe)\n\nJane Doe contributed to this report.\n\nCopyright 2020 Reuters. All rights reserved.\n\n(END)\n`;
    const rec = analyze(fromText(text));
    expect(rec.text).not.toMatch(/Reporting by|contributed to this report|rights reserved|\(END\)/u);
    expect(rec.dateline?.place).toBe('London');
    expectSpansRoundTrip(rec);
    // Parts tile the text with blank lines between them.
    for (let i = 1; i < rec.parts.length; i++) expect(rec.text.slice(rec.parts[i - 1]!.end, rec.parts[i]!.start)).toBe('\n\n');
    expect(rec.parts.at(-1)!.end).toBe(rec.text.length);
  });
});

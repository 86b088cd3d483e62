import { describe, expect, it } from 'vitest';
import { newDoc } from '../src/analyze/doc.js';
import { tokensStage } from '../src/analyze/tokens/index.js';
import type { Article } from '../src/model.js';

function sentencesOf(text: string): string[] {
  const a: Article = { id: 't', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '' };
  const doc = newDoc(a);
  tokensStage.run(doc, {});
  doc.sentences.forEach((s, k) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) expect(doc.tokens[i]?.sentence).toBe(k);
  });
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

describe('sentence boundaries', () => {
  it('never ends a sentence inside a party-and-state parenthesis', () => {
    expect(sentencesOf('Sen. Marla Quist (R-S.C.) said the bill was dead. Her staff agreed.')).toEqual([
      'Sen. Marla Quist (R-S.C.) said the bill was dead.', 'Her staff agreed.',
    ]);
    expect(sentencesOf('Rep. Dov Arlen (D-Ga.) told reporters he would vote no.')).toEqual([
      'Rep. Dov Arlen (D-Ga.) told reporters he would vote no.',
    ]);
    expect(sentencesOf('Sen. Ida Crane (D-N.Y.) and Sen. Ole Park (R-Ky.) spoke. Gov. Tam Lu (D-Wash.) left.')).toEqual([
      'Sen. Ida Crane (D-N.Y.) and Sen. Ole Park (R-Ky.) spoke.', 'Gov. Tam Lu (D-Wash.) left.',
    ]);
    expect(sentencesOf('Gen. Pell Hardy (ret.) said so. Critics objected (as did the U.S.). The ministry replied.')).toEqual([
      'Gen. Pell Hardy (ret.) said so.', 'Critics objected (as did the U.S.).', 'The ministry replied.',
    ]);
  });

  it('a wrapped line does not end an aside, a blank line does', () => {
    expect(sentencesOf('Sen. Ida Crane (D-N.\nY.) said the talks had failed.')).toEqual(['Sen. Ida Crane (D-N.\nY.) said the talks had failed.']);
    expect(sentencesOf('He cited the rules (see the annex.\n\nThe annex lists them.) Then he left.')[0]).toBe('He cited the rules (see the annex.');
  });

  it('goes on before a comma and after plural titles', () => {
    expect(sentencesOf('Sens. Ida Crane (D-Ore.), in particular, and Reps. Ole Park and Tam Lu objected. They lost.')).toEqual([
      'Sens. Ida Crane (D-Ore.), in particular, and Reps. Ole Park and Tam Lu objected.', 'They lost.',
    ]);
  });

  it('goes on inside an abbreviation joined by a hyphen ("China-U.S. relations")', () => {
    expect(sentencesOf('Xi hoped for a good start of China-U.S. relations. Both sides agreed. Russia-U.K. talks ended. The U-2. It flew.')).toEqual([
      'Xi hoped for a good start of China-U.S. relations.', 'Both sides agreed.', 'Russia-U.K. talks ended.', 'The U-2.', 'It flew.',
    ]);
  });

  it('goes on after a closing quote before a lower-case word, not before a capital', () => {
    expect(sentencesOf('"Are we done?" the envoy asked. "We are done." Then he left.')).toEqual([
      '"Are we done?" the envoy asked.', '"We are done."', 'Then he left.',
    ]);
    expect(sentencesOf('She said it was over.” Then she left the hall.')).toEqual(['She said it was over.”', 'Then she left the hall.']);
  });

  it('ends a sentence after a clock time when a new clause follows', () => {
    expect(sentencesOf('The vote closed at 3 p.m. Officials said the count would take a day.')).toEqual([
      'The vote closed at 3 p.m.', 'Officials said the count would take a day.',
    ]);
    expect(sentencesOf('The talks resumed at 9 a.m. Brenna Solt said little had changed.')).toEqual([
      'The talks resumed at 9 a.m.', 'Brenna Solt said little had changed.',
    ]);
    // A time inside the clause stays in it.
    expect(sentencesOf('At 5 p.m. Solt arrived. Talks ran until 4 p.m. Friday and began at 8 a.m. EDT.')).toEqual([
      'At 5 p.m. Solt arrived.', 'Talks ran until 4 p.m. Friday and began at 8 a.m. EDT.',
    ]);
    expect(sentencesOf('The session opens at 10 a.m. The ministers speak first.')).toEqual([
      'The session opens at 10 a.m.', 'The ministers speak first.',
    ]);
  });

  it('ends a sentence at an ellipsis before a capitalized closed-class word, after a verb', () => {
    expect(sentencesOf('The envoy paused... Then he read the terms. She waited … and left.')).toEqual([
      'The envoy paused...', 'Then he read the terms.', 'She waited … and left.',
    ]);
    expect(sentencesOf('Talks in Oslo ... The Hague next.')).toEqual(['Talks in Oslo ... The Hague next.']);
  });

  it('keeps titles, months, numbers, initials and decimals inside the sentence', () => {
    const keep = [
      'Mr. Hale met Mrs. Orr, Dr. Vance and Prof. Kiel in St. Paul near Mt. Baker.',
      'Gen. Roe, Lt. Col. Sims, Sgt. Uhl, Sen. Fry, Rep. Oakes and Gov. Tull came.',
      'The panel met on Jan. 5 and again on Sept. 27, 1989, in Dover.',
      'He lived at No. 10 with George W. Bush and J.P. Morgan bankers.',
      'Output grew 3.5 percent under version 2.1.3 of the plan.',
      'The envoy met U.S. officials, U.N. staff and U.K. diplomats.',
      'The U.S. Army and the U.N. Security Council met in Washington, D.C. on Monday.',
    ];
    for (const s of keep) expect(sentencesOf(s)).toEqual([s]);
  });

  it('ends a sentence at "U.S." when a closed-class word starts the next', () => {
    expect(sentencesOf('Moscow imposed new duties on the U.S. The ministry gave no date.')).toEqual([
      'Moscow imposed new duties on the U.S.', 'The ministry gave no date.',
    ]);
    expect(sentencesOf('Trade fell with the U.K. But exports to the U.N. agencies rose.')).toEqual([
      'Trade fell with the U.K.', 'But exports to the U.N. agencies rose.',
    ]);
  });

  it('a long or unclosed bracket does not swallow the sentences after it', () => {
    const long = 'The chair (who had left early. Nobody knew why. ' + 'The hall was full of people. '.repeat(6) + 'They waited) returned.';
    expect(sentencesOf(long)).toHaveLength(9);
    expect(sentencesOf('He left (see page 3. Then he came back.')).toEqual(['He left (see page 3.', 'Then he came back.']);
  });

  it('gives the same sentences whatever was read before', () => {
    const text = 'Rep. Dov Arlen (D-Ga.) told reporters at 3 p.m. Officials said so. (Arlen agreed.) Then he left.';
    const first = sentencesOf(text);
    sentencesOf('Arlen (D-Ga.). Officials (R-S.C.) said. p.m. Arlen\'s (Ga.) Officials.');
    expect(sentencesOf(text)).toEqual(first);
    expect(first).toEqual(['Rep. Dov Arlen (D-Ga.) told reporters at 3 p.m.', 'Officials said so.', '(Arlen agreed.)', 'Then he left.']);
  });
});

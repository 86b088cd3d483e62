/**
 * Courtesy titles are no part of a name (Malaysian "Tan Sri", "Datuk Seri", "Dato' Sri", "Tun";
 * Indian "Shri", "Smt."), and a title printed before them stays the person's title; parties,
 * coalitions and legislatures named in their own language are bodies, by the words of their names.
 * Original prose written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { refineType } from '../../src/analyze/entities/types.js';
import { docOf, names } from './helpers.js';

describe('entities: courtesy titles', () => {
  const doc = docOf(['paragraph', "Tan Sri Rahim Kamal met Dato' Sri Aziz Harun and caretaker Prime Minister Datuk Seri Hafiz Tun Omar on Monday. Tun Dr Salleh Ismail spoke later, as did Shri Vinod Mehra and Smt. Lata Rao."]);
  const found = names(doc).filter(([, t]) => t === 'PERSON').map(([n]) => n);

  it('leaves them out of the names, keeping a "Tun" inside a name', () => {
    expect(found).toEqual(expect.arrayContaining(['Rahim Kamal', 'Aziz Harun', 'Hafiz Tun Omar', 'Salleh Ismail', 'Vinod Mehra', 'Lata Rao']));
    expect(found.some((n) => /^(?:Tan|Dato|Datuk|Tun|Dr|Shri|Smt)\b/u.test(n))).toBe(false);
  });

  it('keeps the office before them as the title, without them', () => {
    const hafiz = doc.names.find((n) => n.text === 'Hafiz Tun Omar');
    expect(hafiz?.title?.text).toBe('Prime Minister');
  });

  it('keeps every span round-tripping', () => {
    for (const n of doc.names) {
      expect(doc.article.text.slice(n.start, n.end)).toBe(n.text);
      if (n.title) expect(doc.article.text.slice(n.title.start, n.title.end)).toBe(n.title.text);
    }
  });

  it('reads "Sri" alone as a name word', () => {
    const d = docOf(['paragraph', 'Finance Minister Sri Wahyuni Lestari flew to Sri Lanka on Monday.']);
    expect(names(d).map(([n]) => n)).toEqual(expect.arrayContaining(['Sri Wahyuni Lestari', 'Sri Lanka']));
  });
});

describe('entities: bodies by the words of their names', () => {
  it('types foreign party and coalition names as bodies', () => {
    expect(refineType('PER', 'PERSON', ['Pakatan', 'Harapan'])).toBe('ORG');
    expect(refineType('PER', 'PERSON', ['Parti', 'Keadilan', 'Rakyat'])).toBe('ORG');
    expect(refineType('LOC', 'PLACE', ['Parti', 'Amanah', 'Negara'])).toBe('ORG');
    expect(refineType('PER', 'PERSON', ['Partido', 'Popular'])).toBe('ORG');
  });

  it('types a legislature or seat named in its own language as a body', () => {
    expect(refineType('PER', 'PERSON', ['Bundestag'])).toBe('ORG');
    expect(refineType('PER', 'PERSON', ['Quirinale'])).toBe('ORG');
    expect(refineType('MISC', 'OTHER', ['Knesset'])).toBe('ORG');
  });

  it('leaves people and English place names with such words alone', () => {
    expect(refineType('PER', 'PERSON', ['Anwar', 'Ibrahim'])).toBe('PERSON');
    expect(refineType('LOC', 'PLACE', ['Western', 'Front'])).toBe('PLACE');
    expect(refineType('LOC', 'PLACE', ['Soviet', 'Union'])).toBe('PLACE');
  });
});

/**
 * International bodies and groupings answer to all their names (abbreviations, hyphenated and
 * spelled-out forms, both spellings of "Organisation"), treaties to their short and descriptive
 * names, and summits to the host the KB records for a year.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKb, defaultKbDir, loadKb, nameKey } from '../../src/kb/index.js';

const kb = loadKb();
const ids = (name: string): string[] => kb.lookup(nameKey(name)).map((e) => e.id);

describe('KB: groupings, treaties and summits', () => {
  it('links every name of a grouping to one entry', () => {
    for (const [entry, names] of [
      ['org:g7', ['G7', 'G-7', 'Group of Seven', 'Group of 7']],
      ['org:g20', ['G20', 'G-20', 'Group of Twenty', 'Group of 20']],
      ['org:sco', ['SCO', 'Shanghai Cooperation Organization', 'Shanghai Cooperation Organisation']],
      ['org:brics', ['BRICS']],
      ['org:oecd', ['OECD', 'Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development']],
      ['org:cis', ['CIS', 'Commonwealth of Independent States']],
      ['org:quad', ['Quad', 'Quadrilateral Security Dialogue']],
    ] as const) {
      for (const n of names) expect(ids(n), n).toEqual([entry]);
    }
  });

  it('gives intergovernmental bodies an IGO code', () => {
    for (const id of ['org:g7', 'org:sco', 'org:oecd', 'org:opec-plus', 'org:unhrc']) {
      expect(kb.byId(id)?.code, id).toMatch(/^IGO/);
    }
  });

  it('knows treaties and initiatives as events, by abbreviation and by descriptive name', () => {
    expect(ids('JCPOA')).toEqual(['org:jcpoa']);
    expect(ids('Iran nuclear deal')).toEqual(['org:jcpoa']);
    expect(ids('Minsk accords')).toEqual(['org:minsk-agreements']);
    expect(ids('New START treaty')).toEqual(['org:new-start']);
    expect(kb.byId('org:black-sea-grain-initiative')?.type).toBe('EVENT');
  });

  it('knows sites with their country', () => {
    const plant = kb.lookup(nameKey('Zaporozhye nuclear power plant'))[0];
    expect(plant).toMatchObject({ id: 'place:zaporizhzhia-npp', type: 'PLACE', country: 'UKR' });
    expect(kb.lookup(nameKey('Yongbyon'))[0]?.country).toBe('PRK');
  });

  it('says which country hosted a body’s summit in a year, and both hosts of a year with two', () => {
    expect(kb.holdsSummits('org:nato')).toBe(true);
    expect(kb.holdsSummits('org:wto')).toBe(false);
    expect(kb.summitsOf('org:nato', '2022').map((s) => s.host)).toEqual(['ESP']);
    expect(kb.summitsOf('org:brics', '2023').map((s) => s.host)).toEqual(['ZAF']);
    expect(kb.summitsOf('org:g20', '2010').map((s) => s.host).sort()).toEqual(['CAN', 'KOR']);
    expect(kb.summitsOf('org:g7', '2020')).toEqual([]);
  });

  it('has a kind for a country’s cabinet, plural included', () => {
    expect(kb.genericKind('cabinets')?.kind).toBe('cabinet');
    expect(kb.genericOrg('cabinet', 'JPN')?.name).toBe('Cabinet of Japan');
  });
});

describe('KB: summits.tsv validation', () => {
  function withSummits(rows: string | undefined): string {
    const dir = mkdtempSync(join(tmpdir(), 'kb-summits-'));
    for (const f of ['countries.tsv', 'orgs.tsv', 'org-kinds.tsv', 'places.tsv']) writeFileSync(join(dir, f), readFileSync(join(defaultKbDir(), f)));
    mkdirSync(join(dir, 'people'));
    if (rows !== undefined) writeFileSync(join(dir, 'summits.tsv'), `org\tyear\thost\tcity\n${rows}`);
    return dir;
  }

  it('reports a row naming an unknown body, a bad year or an unknown host, and keeps the good rows', () => {
    const kb = buildKb(withSummits('g7\t2023\tJPN\tHiroshima\nnobody\t2023\tJPN\t\ng7\t23\tJPN\t\ng7\t2024\tXXX\t\n'));
    expect(kb.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/summits\.tsv:3.*unknown org "nobody"/u),
      expect.stringMatching(/summits\.tsv:4.*bad year "23"/u),
      expect.stringMatching(/summits\.tsv:5.*unknown host country "XXX"/u),
    ]);
    expect(kb.summitsOf('org:g7', '2023').map((s) => s.host)).toEqual(['JPN']);
  });

  it('works without a summits file', () => {
    const kb = buildKb(withSummits(undefined));
    expect(kb.errors).toEqual([]);
    expect(kb.holdsSummits('org:g7')).toBe(false);
  });
});

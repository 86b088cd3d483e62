import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKb, defaultKbDir, loadKb, nameKey, type CountryEntry } from '../../src/kb/index.js';

describe('knowledge base loader', () => {
  const kb = loadKb();

  it('loads the shipped files without errors', () => {
    expect(kb.errors.map((e) => e.message)).toEqual([]);
  });

  it('caches the KB per process', () => {
    expect(loadKb()).toBe(kb);
  });

  it('has every UN member with ISO codes, names, demonyms and capital', () => {
    const members = [...kb.countries.values()].filter((c) => c.un);
    expect(members).toHaveLength(193);
    const prk = kb.country('PRK');
    expect(prk?.iso2).toBe('KP');
    expect(prk?.capital).toBe('Pyongyang');
    for (const alias of ['DPRK', 'North Korea', "Democratic People's Republic of Korea"]) {
      expect(kb.lookup(nameKey(alias)).some((e) => e.id === 'country:PRK'), alias).toBe(true);
    }
    expect(kb.byDemonym('north korean').map((c) => c.iso3)).toEqual(['PRK']);
    expect(kb.byDemonym('american').map((c) => c.iso3)).toEqual(['USA']);
    expect(kb.byCapital('pyongyang')?.iso3).toBe('PRK');
  });

  it('knows organizations with country and code, and generic bodies', () => {
    const kremlin = kb.lookup('kremlin')[0];
    expect(kremlin).toMatchObject({ country: 'RUS', code: 'RUSGOV' });
    expect(kb.lookup(nameKey("Supreme People's Assembly"))[0]).toMatchObject({ country: 'PRK', code: 'PRKLEG' });
    expect(kb.genericKind('foreign ministry')?.kind).toBe('foreign-ministry');
    expect(kb.orgOfKind('foreign-ministry', 'USA')?.name).toBe('United States Department of State');
  });

  it('finds cities by name, most populous first', () => {
    const moscow = kb.cities.lookup('moscow');
    expect(moscow[0]?.country2).toBe('RU');
    expect(moscow.some((c) => c.country2 === 'US')).toBe(true);
    expect(kb.cities.size).toBeGreaterThan(100_000);
  });

  it('finds the repository kb/ directory', () => {
    expect(readFileSync(join(defaultKbDir(), 'countries.tsv'), 'utf8')).toMatch(/^iso3\tname/m);
  });
});

describe('knowledge base validation', () => {
  function fixture(people: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    const real = defaultKbDir();
    for (const f of ['countries.tsv', 'orgs.tsv', 'org-kinds.tsv', 'places.tsv']) writeFileSync(join(dir, f), readFileSync(join(real, f)));
    mkdirSync(join(dir, 'people'));
    writeFileSync(join(dir, 'people', 'test.tsv'), people);
    return dir;
  }
  const HEADER = 'person\tname\taliases\tcountry\toffice\tkind\tstart\tend\twikidata\n';

  it('reports bad rows as file:line and keeps the good ones', () => {
    const kb = buildKb(fixture(
      `# a test file\n${HEADER}`
      + 'ada-test\tAda Test\t\tFRA\tPresident of France\tHOS\t2001-01-01\t2002-01-01\t\n'
      + 'xy-test\tXy Test\t\tXYZ\tPresident of Xyz\tHOS\t2001-01-01\t2002-01-01\t\n'
      + 'bad slug\tBad\t\tFRA\tPresident of France\tHOS\t2001\t\t\n'
      + 'bo-test\tBo Test\t\tFRA\tPresident of France\tKING\t2001\t\t\n'
      + 'cy-test\tCy Test\t\tFRA\tPresident of France\tHOS\t2001-13-01\t\t\n'
      + 'di-test\tDi Test\t\tFRA\tPresident of France\tHOS\t2005\t2001\t\n'
      + 'ed-test\tEd Test\t\tFRA\tPresident of France\tHOS\t2001\t\tQ12x\n'
      + 'fe-test\tFe Test\tFe|Fee Test\tFRA\tPresident of France\tHOS,HOG\t2001\n',
    ));
    const messages = kb.errors.map((e) => e.message).sort();
    expect(messages).toEqual([
      'kb/people/test.tsv:10: expected 9 tab-separated cells, found 7',
      'kb/people/test.tsv:4: unknown country "XYZ" (ISO alpha-3 or an IGO code)',
      'kb/people/test.tsv:5: bad person slug "bad slug"',
      'kb/people/test.tsv:6: bad kind "KING"',
      'kb/people/test.tsv:7: bad start date "2001-13-01"',
      'kb/people/test.tsv:8: term ends (2001) before it starts (2005)',
      'kb/people/test.tsv:9: bad wikidata id "Q12x"',
    ]);
    expect(kb.people.map((p) => p.name)).toEqual(['Ada Test']);
    expect(() => loadKb({ dir: fixture(HEADER.replace('wikidata', 'qid')), strict: true })).toThrow(/test\.tsv:1: header must be/);
  });

  it('merges the rows of one person across terms', () => {
    const kb = buildKb(fixture(HEADER
      + 'ann-test\tAnn Test\tAnne Test\tFRA\tPrime Minister of France\tHOG\t2001-05\t2003\tQ1\n'
      + 'ann-test\tAnn Test\t\tFRA\tPresident of France\tHOS\t2010-01-01\t\tQ1\n'));
    const ann = kb.people[0];
    expect(ann?.terms.map((t) => t.office)).toEqual(['Prime Minister of France', 'President of France']);
    expect(ann?.aliases).toEqual(['Anne Test']);
    expect(kb.roleAt(ann!, '2002-06-30')?.office).toBe('Prime Minister of France');
    expect(kb.roleAt(ann!, '2003-12-31')?.office).toBe('Prime Minister of France');
    expect(kb.roleAt(ann!, '2004-01-01')).toBeUndefined();
    expect(kb.holdersAt('FRA', 'HOS', '2026-01-01').map((h) => h.person.name)).toContain('Ann Test');
    const country: CountryEntry | undefined = kb.country('FRA');
    expect(country?.name).toBe('France');
  });
});

describe('entries by id', () => {
  const kb = loadKb();
  it('finds listed entries, cities and composed bodies', () => {
    expect(kb.byId('person:vladimir-putin')?.name).toBe('Vladimir Putin');
    expect(kb.byId('city:524901')).toMatchObject({ name: 'Moscow', country: 'RUS' });
    expect(kb.byId('org:foreign-ministry:RUS')?.name).toBe('Ministry of Foreign Affairs of Russia');
    expect(kb.byId('org:foreign-ministry:NLD')).toMatchObject({ name: 'Ministry of Foreign Affairs of the Netherlands', code: 'NLDGOV' });
    expect(kb.byId('org:nothing:XYZ')).toBeUndefined();
  });
});

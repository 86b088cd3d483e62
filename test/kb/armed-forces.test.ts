/**
 * Armed forces and armed groups in orgs.tsv: each is an ORG of one country, coded with that
 * country's MIL (a state force) or REB (an armed group), and found by the names news prints.
 */
import { describe, expect, it } from 'vitest';
import { loadKb, nameKey, type KbEntry } from '../../src/kb/index.js';

function org(name: string): KbEntry | undefined {
  return loadKb().lookup(nameKey(name)).find((e) => e.kind === 'org');
}

describe('kb: armed forces and armed groups', () => {
  it.each([
    ['Black Sea Fleet', 'RUS', 'RUSMIL'], ['Korean People\'s Army', 'PRK', 'PRKMIL'], ['Quds Force', 'IRN', 'IRNMIL'],
    ['Japan Self-Defense Forces', 'JPN', 'JPNMIL'], ['U.S. Marine Corps', 'USA', 'USAMIL'], ['Syrian Arab Army', 'SYR', 'SYRMIL'],
    ['YPG', 'SYR', 'SYRREB'], ['People\'s Protection Units', 'SYR', 'SYRREB'], ['Qassam Brigades', 'PSE', 'PSEREBHMS'],
    ['Kachin Independence Army', 'MMR', 'MMRREB'], ['Tigray Defence Forces', 'ETH', 'ETHREB'], ['Tamil Tigers', 'LKA', 'LKAREB'],
  ])('%s is an ORG of %s coded %s', (name, country, code) => {
    expect(org(name)).toMatchObject({ type: 'ORG', country, code });
  });

  it('gives every armed body a code of its own country', () => {
    const armed = loadKb().names.entries.filter((e) => e.kind === 'org' && /MIL|REB/u.test(e.code ?? '') && e.country && e.country.length === 3);
    expect(armed.length).toBeGreaterThan(40);
    for (const e of armed) expect(e.code?.slice(0, 3), e.id).toBe(e.country);
  });

  it('a bare "National Guard" or "Coast Guard" is a kind every country has, not one country\'s', () => {
    const kb = loadKb();
    expect(kb.genericKind('national guard')?.code).toBe('MIL');
    expect(kb.genericKind('coast guard')?.code).toBe('MIL');
    expect(kb.genericOrg('national-guard', 'USA')?.id).toBe('org:us-national-guard');
    expect(kb.genericOrg('national-guard', 'VEN')).toMatchObject({ country: 'VEN', code: 'VENMIL' });
  });
});

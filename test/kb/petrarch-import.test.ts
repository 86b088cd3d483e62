import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPetrarchActors, importPetrarchAgents, parseActors, parseAgents, parseCodeBlock } from '../../src/kb/import/petrarch.js';
import { codeAt } from '../../src/analyze/link/state.js';
import type { InputError } from '../../src/errors.js';
import { byName, entityWith, linked } from '../link/helpers.js';

// A small dictionary in the PETRARCH format, written for this test (invented actors).
const ACTORS = `<!-- TEST ACTORS
  spanning lines -->
NORTHLAND [NLD]
+NORTHLANDER   # a synonym
+THE_NORTH_
PORT_ELMAR_ [NLDGOV] # the capital
VESNA TORR  # a politician with dated codes
\t[NLDOPP <100501]
\t[NLDGOV 20100501 - 20141231]
\t[NLDELI >20141231]
\t[NLD]
SOUTHMARK [SMK]
`;
const AGENTS = `!PEOPLE! = MAN, MEN
DEFENCE_MINISTER [~GOVDEF] # sector
HARBOUR!PEOPLE! [~LAB]
MEDIC {} [~MED]
RELIEF_GROUP {RELIEF_GROUPS} [NGO~]
`;

describe('PETRARCH actor import', () => {
  const actors = parseActors(ACTORS, 'test-actors.txt');

  it('reads actors, synonyms and comments', () => {
    expect(actors.map((a) => a.name)).toEqual(['Northland', 'Port Elmar', 'Vesna Torr', 'Southmark']);
    expect(actors[0]?.aliases).toEqual(['Northlander', 'The North']);
    expect(actors[0]?.code).toBe('NLD');
    expect(actors[0]?.origin?.line).toBe(3);
  });

  it('reads date-bounded codes: < and > strict, ranges inclusive, first match wins', () => {
    const torr = actors[2];
    expect(torr?.codes).toEqual([
      { code: 'NLDOPP', to: '2010-04-30' },
      { code: 'NLDGOV', from: '2010-05-01', to: '2014-12-31' },
      { code: 'NLDELI', from: '2015-01-01' },
      { code: 'NLD' },
    ]);
    expect(codeAt(torr!, '2010-04-30')).toBe('NLDOPP');
    expect(codeAt(torr!, '2010-05-01')).toBe('NLDGOV');
    expect(codeAt(torr!, '2014-12-31')).toBe('NLDGOV');
    expect(codeAt(torr!, '2015-01-01')).toBe('NLDELI');
    expect(codeAt(torr!, undefined)).toBe('NLD');
  });

  it('marks exact words: a trailing _ stops prefix matching', () => {
    expect(actors[1]?.patterns[0]).toEqual([{ word: 'PORT', exact: true }, { word: 'ELMAR', exact: true }]);
    expect(actors[0]?.patterns[0]).toEqual([{ word: 'NORTHLAND', exact: false }]);
    expect(actors[2]?.patterns[0]).toEqual([{ word: 'VESNA', exact: true, gapAfter: true }, { word: 'TORR', exact: false }]);
  });

  it('reads six-digit dates and codes with digits', () => {
    expect(parseCodeBlock('ABC <950601', 'x')).toEqual({ code: 'ABC', to: '1995-05-31' });
    expect(parseCodeBlock('G77', 'x')).toEqual({ code: 'G77' });
    expect(parseCodeBlock('pse', 'x')).toEqual({ code: 'PSE' });
  });

  it('reports an unreadable line with file:line and skips it', () => {
    const errors: InputError[] = [];
    const out = parseActors('GOOD [GOD]\nBAD [XYZ 2010-]\n', 'bad.txt', errors);
    expect(out.map((a) => a.code)).toEqual(['GOD']);
    expect(errors.map((e) => e.message)).toEqual(['bad.txt:2: cannot read code block "[XYZ 2010-]"']);
    const dir = mkdtempSync(join(tmpdir(), 'petr-'));
    writeFileSync(join(dir, 'a.txt'), 'BAD [XYZ 2010-]\n');
    expect(() => importPetrarchActors(join(dir, 'a.txt'))).toThrow(/a\.txt:1: cannot read code block/);
  });
});

describe('PETRARCH agent import', () => {
  const agents = parseAgents(AGENTS, 'test-agents.txt');
  it('reads agents with plurals, no-plural marks and substitution sets', () => {
    expect(agents.map((a) => a.phrase)).toEqual(['DEFENCE MINISTER', 'HARBOURMAN', 'HARBOURMEN', 'MEDIC', 'RELIEF GROUP']);
    expect(agents[0]?.forms).toEqual([['defence', 'minister'], ['defence', 'ministers']]);
    expect(agents[3]?.forms).toEqual([['medic']]);
    expect(agents[4]?.forms).toEqual([['relief', 'group'], ['relief', 'groups']]);
    expect(agents[4]?.code).toBe('NGO~');
  });
});

describe('imported dictionaries in the link stage', () => {
  const entries = parseActors(ACTORS, 'test-actors.txt');
  const agents = parseAgents(AGENTS, 'test-agents.txt');
  const dictionaries = { entries, agents, matchInText: true };
  const text = 'The Northlander defence minister met Southmark relief groups, and Vesna Torr criticized Port Elmar.';

  it('codes actors, agents and dates', () => {
    const doc = linked(text, [], { reference: '2012-03-01T00:00:00Z', dictionaries });
    expect(entityWith(doc, 'Northlander defence minister')?.code).toBe('NLDGOVDEF');
    expect(entityWith(doc, 'Southmark relief groups')?.code).toBe('NGOSMK');
    expect(entityWith(doc, 'Vesna Torr')?.code).toBe('NLDGOV');
    expect(entityWith(doc, 'Port Elmar')?.code).toBe('NLDGOV');
    const later = linked(text, [], { reference: '2016-03-01T00:00:00Z', dictionaries });
    expect(entityWith(later, 'Vesna Torr')?.code).toBe('NLDELI');
  });

  it('the imported entries also answer for the tagger\'s names', () => {
    const doc = linked('Vesna Torr spoke.', [['Vesna Torr', 'PERSON']], { reference: '2009-03-01T00:00:00Z', dictionaries: { entries, agents: [] } });
    expect(byName(doc, 'Vesna Torr')?.code).toBe('NLDOPP');
  });
});

const PETR = '../shared/data/events/petrarch/dictionaries';
describe.skipIf(!existsSync(PETR))('PETRARCH validation dictionaries', () => {
  const errors: InputError[] = [];
  const entries = importPetrarchActors(`${PETR}/PETR.Validate.actors.txt`, errors);
  const agents = importPetrarchAgents(`${PETR}/PETR.Validate.agents.txt`, errors);
  const dictionaries = { entries, agents, matchInText: true };
  const code = (text: string, date: string, mention: string): string | undefined =>
    entityWith(linked(text, [], { reference: `${date}T12:00:00Z`, dictionaries }), mention)?.code;

  it('imports both files cleanly', () => {
    expect(errors).toEqual([]);
    expect(entries.length).toBeGreaterThan(100);
  });

  it('date-bounded roles (the DATE records)', () => {
    const s = 'Hamfast Gamgee has criticized the recent closure of guest houses in Bree.';
    expect(code(s, '2012-11-09', 'Hamfast Gamgee')).toBe('HOBGOV');
    expect(code(s, '2014-01-04', 'Hamfast Gamgee')).toBe('HOB');
    const sam = 'Sam Gamgee met a bunch of Morgul Orcs.';
    expect(code(sam, '2008-01-19', 'Sam Gamgee')).toBe('HOBCIV');
    expect(code(sam, '2010-01-09', 'Sam Gamgee')).toBe('ORCHOB');
    expect(code(sam, '2010-01-13', 'Sam Gamgee')).toBe('HOBMIL');
    expect(code('Slinker left.', '2001-01-01', 'Slinker')).toBe('HOBREB');
  });

  it('agents compose with actors', () => {
    expect(code('Osgiliath soldiers attacked.', '1995-01-06', 'Osgiliath soldiers')).toBe('OSGMIL');
    expect(code('An MSF Arnor diplomat spoke.', '1995-01-01', 'MSF Arnor diplomat')).toBe('NGOARNGOV');
    expect(code("Ties with Gondor's government improved.", '1995-01-01', "Gondor's government")).toBe('GONGOV');
  });
});

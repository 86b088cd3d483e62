/** Bringing one's own PETRARCH-format dictionaries: verbs imported into patterns, files from the environment. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePetrarchVerbs, withPatterns } from '../../src/analyze/events/petrarch-verbs.js';
import { contextFromEnv, dictionaryKind } from '../../src/analyze/events/dictionaries.js';
import { loadDictionary } from '../../src/analyze/events/dictionary.js';
import { codeEvents } from '../../src/analyze/events/index.js';
import { ploverOfCameo } from '../../src/analyze/events/cameo.js';
import { brief, handDoc, LAVROV, WANG } from './helpers.js';

// A small verb dictionary we wrote in the PETRARCH format.
const VERBS = `
<!-- our test verbs -->
&GIFTS
+FLOWERS
+BOOKS

--- SALUTE  [051] ---
SALUTE
HAIL {HAILS HAILED}
- * + WITH &GIFTS   [073]   # gifts are aid here
- * +               [051]
- SAID * NOW        [010]

--- SCOLD [111] ---
SCOLD
- * $ AT +          [112]
`;

describe('PETRARCH verb import', () => {
  const { patterns, skipped } = parsePetrarchVerbs(VERBS, 'test.verbs.txt');
  it('reads blocks, verb lines, patterns, targets and synonym sets', () => {
    const salute = patterns.filter((p) => p.lemma === 'salute');
    expect(salute.map((p) => `${p.cameo} ${p.type} ${p.items.map((x) => (x.kind === 'word' ? x.word : `{${x.slot}}`)).join(' ')}`)).toEqual([
      '051 SUPPORT ', '073 AID {recipient} with flowers', '073 AID {recipient} with books', '051 SUPPORT {recipient}',
    ]);
    expect(patterns.some((p) => p.lemma === 'hail' && p.cameo === '051')).toBe(true);
    expect(patterns.find((p) => p.lemma === 'scold' && p.cameo === '112')?.items).toEqual([{ kind: 'word', word: 'at' }, { kind: 'slot', slot: 'recipient' }]);
    // "- SAID * NOW" has words before the verb; code 010 has no PLOVER type.
    expect(skipped).toBeGreaterThanOrEqual(1);
    expect(patterns[0]?.origin).toMatch(/^test\.verbs\.txt:\d+$/);
  });
  it('codes with the imported verbs: theirs decide for the verbs they define', () => {
    const dict = withPatterns(loadDictionary(), patterns);
    const doc = handDoc('Lavrov saluted Wang Yi with flowers.', [LAVROV, WANG]);
    const events = codeEvents(doc, {}, dict);
    expect(events.map((e) => `${brief(doc, e)} ${e.cameo}`)).toEqual(['AID Sergei Lavrov -> Wang Yi occurred 073']);
    // Our own verbs still work beside them.
    const doc2 = handDoc('Lavrov praised Wang Yi.', [LAVROV, WANG]);
    expect(codeEvents(doc2, {}, dict).map((e) => e.type)).toEqual(['SUPPORT']);
  });
  it('CAMEO codes map to PLOVER types by prefix', () => {
    expect(ploverOfCameo('0841')).toBe('RETREAT');
    expect(ploverOfCameo('081')).toBe('CONCEDE');
    expect(ploverOfCameo('163')).toBe('COERCE');
    expect(ploverOfCameo('1712')).toBe('ASSAULT');
    expect(ploverOfCameo('021')).toBeUndefined();
  });
});

describe('DATELINE_DICTIONARIES', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-dict-'));
  const verbs = join(dir, 'mine.verbs.txt');
  const actors = join(dir, 'mine.actors.txt');
  writeFileSync(verbs, VERBS);
  writeFileSync(actors, 'ZUBROWKA [ZUB]\n+ZUBROWKAN\n');
  it('tells the kinds apart by name or content', () => {
    expect(dictionaryKind(verbs, '')).toBe('verbs');
    expect(dictionaryKind('x.txt', '--- GO [042] ---\nGO\n')).toBe('verbs');
    expect(dictionaryKind('x.txt', 'ZUBROWKA [ZUB]')).toBe('actors');
  });
  it('loads the listed files into the analysis context', () => {
    const ctx = contextFromEnv({ DATELINE_DICTIONARIES: [verbs, actors].join(':') });
    expect(ctx.eventPatterns?.length).toBeGreaterThan(3);
    expect(ctx.dictionaries?.entries.map((e) => e.code)).toEqual(['ZUB']);
    expect(ctx.dictionaries?.matchInText).toBe(true);
  });
  it('nothing when unset; a clear error naming a missing file', () => {
    expect(contextFromEnv({})).toEqual({});
    expect(() => contextFromEnv({ DATELINE_DICTIONARIES: join(dir, 'absent.txt') })).toThrow(/absent\.txt/);
  });
});

import { describe, expect, it } from 'vitest';
import { loadDictionary, parseDictionary } from '../../src/analyze/events/dictionary.js';
import { PLOVER_TYPES } from '../../src/model.js';
import { lemmaOf } from '../../src/analyze/events/lemma.js';

describe('the shipped pattern dictionary', () => {
  const dict = loadDictionary();
  it('covers all 16 PLOVER types with verb patterns', () => {
    const types = new Set([...dict.verbs.values()].flat().map((p) => p.type));
    for (const t of PLOVER_TYPES) expect(types.has(t), t).toBe(true);
  });
  it('has CAMEO codes of 2-4 digits and status words', () => {
    for (const p of [...dict.verbs.values(), ...dict.nouns.values()].flat()) expect(p.cameo).toMatch(/^\d{2,4}$/);
    expect(dict.status.get('will')).toBe('planned');
    expect(dict.status.get('could')).toBe('possible');
    expect(dict.status.get('must')).toBe('demanded');
  });
});

describe('parseDictionary', () => {
  it('reads a pattern with slots and a mode', () => {
    const d = parseDictionary('042 CONSULT/visit  pay visit to {recipient}\n036 AGREE invite {recipient} to {about:possible}\n040 CONSULT n:meeting between {actors}', 'x.txt');
    const visit = d.verbs.get('pay')?.[0];
    expect(visit?.mode).toBe('visit');
    expect(visit?.items).toEqual([{ kind: 'word', word: 'visit' }, { kind: 'word', word: 'to' }, { kind: 'slot', slot: 'recipient' }]);
    expect(d.verbs.get('invite')?.[0]?.items[2]).toEqual({ kind: 'slot', slot: 'about', status: 'possible' });
    expect(d.nouns.get('meeting')?.[0]?.nominal).toBe(true);
  });
  const bad: Array<[string, RegExp]> = [
    ['04x CONSULT meet', /x\.txt:1: .*CAMEO code/],
    ['040 CHAT meet', /x\.txt:1: .*unknown PLOVER type "CHAT"/],
    ['\n040 CONSULT meet {whom}', /x\.txt:2: .*unknown slot/],
    ['040 CONSULT', /x\.txt:1: .*missing the pattern/],
    ['036 AGREE invite {recipient:planned}', /only \{about\} takes a status/],
    ['@someday will', /unknown status line/],
  ];
  for (const [text, want] of bad) it(`rejects ${JSON.stringify(text)} with file:line`, () => { expect(() => parseDictionary(text, 'x.txt')).toThrow(want); });
});

describe('lemmas', () => {
  const vocab = new Set(['plan', 'agree', 'shell', 'visit', 'urge', 'stop', 'meeting']);
  it('regular and irregular forms', () => {
    expect(lemmaOf('planned', vocab, true)).toBe('plan');
    expect(lemmaOf('agreed', vocab, true)).toBe('agree');
    expect(lemmaOf('shelled', vocab, true)).toBe('shell');
    expect(lemmaOf('urging', vocab, true)).toBe('urge');
    expect(lemmaOf('stopped', vocab, true)).toBe('stop');
    expect(lemmaOf('met', vocab, true)).toBe('meet');
    expect(lemmaOf('meetings', vocab)).toBe('meeting');
    expect(lemmaOf('talks', vocab)).toBe('talks');
    expect(lemmaOf('unknownish', vocab)).toBe('unknownish');
  });

  it('the same lemma for any casing, as noun and as verb, asked in any order', () => {
    expect(lemmaOf('Planned', vocab, true)).toBe('plan');
    expect(lemmaOf('PLANNED', vocab, true)).toBe('plan');
    expect(lemmaOf('Met', vocab)).toBe('meet');
    expect(lemmaOf('Visits', vocab, true)).toBe('visit');
    expect(lemmaOf('Talks', vocab)).toBe('talks');
  });

  it('words that are names of Object methods are plain words', () => {
    for (const w of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(lemmaOf(w, vocab, true)).toBe(w.toLowerCase());
      expect(typeof lemmaOf(w, vocab)).toBe('string');
    }
  });
});

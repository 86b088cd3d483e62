/**
 * Importing a PETRARCH/TABARI verb dictionary (the CAMEO.2.0.txt format) into our patterns, so
 * research users can bring theirs. The subset read: synonym sets (`&NAME` then `+WORD` lines),
 * verb blocks (`--- VERB [CODE] ---`), verb lines (`WORD {FORMS} [CODE]`), and patterns
 * (`- * WORDS [CODE]`) whose words all follow the verb: `+` marks the target (our {recipient}),
 * `$` and `%` are dropped, `_` joins words, `(...)` and `{...}` are plain grouping, `&SET`
 * expands to the set's words. Patterns with words before the verb, and codes with no PLOVER
 * type (CAMEO 01, 02, test codes), are skipped and counted.
 */
import { readFileSync } from 'node:fs';
import { PLOVER_TYPES } from '../../model.js';
import { ploverOfCameo } from './cameo.js';
import type { EventDictionary, EventPattern, PatternItem } from './dictionary.js';

export interface VerbImport {
  patterns: EventPattern[];
  skipped: number;
}

function clean(text: string): string[] {
  const noBlocks = text.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ''));
  return noBlocks.split('\n').map((l) => l.replace(/#.*$/, '').replace(/\r$/, ''));
}

function codeOf(block: string | undefined): string | undefined {
  const first = (block ?? '').split(':')[0]?.trim() ?? '';
  return /^\d{2,4}$/.test(first) ? first : undefined;
}

export function parsePetrarchVerbs(text: string, label: string): VerbImport {
  const sets = new Map<string, string[]>();
  const out: EventPattern[] = [];
  let skipped = 0;
  let currentSet: string[] | undefined;
  let blockCode: string | undefined;
  let lemmas: string[] = [];
  const add = (lemma: string, code: string | undefined, items: PatternItem[], line: number): void => {
    const type = code ? ploverOfCameo(code) : undefined;
    if (!code || !type || !(PLOVER_TYPES as readonly string[]).includes(type)) { skipped++; return; }
    out.push({ cameo: code, type, lemma, items, nominal: false, words: items.filter((x) => x.kind === 'word').length, origin: `${label}:${line}` });
  };
  clean(text).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) { currentSet = undefined; return; }
    if (line.startsWith('&')) { currentSet = []; sets.set(line.split(/\s+/)[0]!.toLowerCase(), currentSet); return; }
    if (line.startsWith('+') && currentSet) { currentSet.push(line.slice(1).trim().toLowerCase().replace(/_+$/, '')); return; }
    const header = /^---\s+\S+\s+\[([^\]]*)\]\s*---/.exec(line);
    if (header) { blockCode = codeOf(header[1]); lemmas = []; return; }
    if (line.startsWith('-')) {
      const code = codeOf(/\[([^\]]*)\]/.exec(line)?.[1]) ?? blockCode;
      const body = line.slice(1).replace(/\[[^\]]*\]/g, '').trim();
      const star = body.indexOf('*');
      if (star < 0) { skipped++; return; }
      const before = body.slice(0, star).replace(/[$+%_\s]/g, '');
      if (before) { skipped++; return; }
      let variants: PatternItem[][] = [[]];
      for (const tok of body.slice(star + 1).replace(/[(){}]/g, ' ').split(/[\s_]+/).filter(Boolean)) {
        if (tok === '$' || tok === '%' || tok === '^') continue;
        if (tok === '+') { variants = variants.map((v) => [...v, { kind: 'slot', slot: 'recipient' }]); continue; }
        if (tok.startsWith('&')) {
          const words = sets.get(tok.toLowerCase()) ?? [];
          if (words.length === 0 || words.length * variants.length > 24) { skipped++; return; }
          variants = variants.flatMap((v) => words.map((w) => [...v, ...w.split(/[\s_]+/).map((x): PatternItem => ({ kind: 'word', word: x }))]));
          continue;
        }
        const w = tok.toLowerCase().replace(/[^a-z'-]/g, '');
        if (w) variants = variants.map((v) => [...v, { kind: 'word', word: w }]);
      }
      for (const lemma of lemmas) for (const v of variants) add(lemma, code, v, i + 1);
      return;
    }
    // A verb line: "WORD {FORMS} [CODE]", "+MULTI_WORD", "WORD_PARTICLE".
    const code = codeOf(/\[([^\]]*)\]/.exec(line)?.[1]) ?? blockCode;
    const words = line.replace(/\{[^}]*\}|\[[^\]]*\]/g, '').replace(/^\+/, '').trim().toLowerCase().split(/[\s_]+/).filter(Boolean);
    const lemma = words[0];
    if (!lemma || !/^[a-z][a-z'-]*$/.test(lemma)) { skipped++; return; }
    if (words.length === 1) lemmas.push(lemma);
    add(lemma, code, words.slice(1).map((w): PatternItem => ({ kind: 'word', word: w })), i + 1);
  });
  return { patterns: out, skipped };
}

export function importPetrarchVerbs(file: string): VerbImport {
  return parsePetrarchVerbs(readFileSync(file, 'utf8'), file);
}

/** Our dictionary with imported patterns added; a verb both define is coded by theirs. */
export function withPatterns(base: EventDictionary, extra: readonly EventPattern[]): EventDictionary {
  const verbs = new Map<string, EventPattern[]>();
  for (const p of extra) {
    const list = verbs.get(p.lemma);
    if (list) list.push(p); else verbs.set(p.lemma, [p]);
  }
  // A verb the imported dictionary defines is coded by its patterns alone, as PETRARCH would.
  for (const [k, ps] of base.verbs) if (!verbs.has(k)) verbs.set(k, ps);
  const vocabulary = new Set(base.vocabulary);
  for (const p of extra) {
    vocabulary.add(p.lemma);
    for (const it of p.items) if (it.kind === 'word') vocabulary.add(it.word);
  }
  return { ...base, verbs, vocabulary };
}

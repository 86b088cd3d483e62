/**
 * The event-pattern dictionary (patterns.txt beside this file; its header documents the format):
 * read, validated with `file:line` errors, and indexed by the lemma that triggers each pattern.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../errors.js';
import { PLOVER_TYPES, type EventStatus, type PloverType } from '../../model.js';

export type SlotName = 'recipient' | 'actor' | 'actors' | 'about';
export type PatternItem =
  | { kind: 'word'; word: string }
  | { kind: 'slot'; slot: SlotName; status?: EventStatus };

export interface EventPattern {
  cameo: string;
  type: PloverType;
  mode?: string;
  /** The trigger: a verb lemma, or a noun for nominal events. */
  lemma: string;
  /** Words of a multi-word trigger before the slots ("be" + "ready"): all but the lemma live here. */
  items: PatternItem[];
  nominal: boolean;
  /**
   * `s:` patterns: said of a party ("Israel would pay a heavy price"), the clause is the speaker's
   * threat against the clause's subject, not that party's act.
   */
  spoken?: boolean;
  /** How many words the pattern names beside its trigger: more wins. */
  words: number;
  origin: string;
}

export interface EventDictionary {
  verbs: Map<string, EventPattern[]>;
  nouns: Map<string, EventPattern[]>;
  /** Auxiliaries and governing verbs that set the status of the verb they govern. */
  status: Map<string, EventStatus>;
  /** Verbs that negate the infinitive they govern without an event of their own ("fail to"). */
  negatingVerbs: Set<string>;
  /** Verbs of exclusion whose negation leaves their object possible ("did not rule out a visit"). */
  possibleWhenNegated: Set<string>;
  /** Verbs that call off the event noun they govern ("cancelled the visit"), each with the particle it needs ("call" + "off"), or "". */
  cancelling: Map<string, string>;
  /** Every word the dictionary names: the lemmatizer's vocabulary. */
  vocabulary: Set<string>;
}

/** Verbs of saying: their complement's pronoun subject is the speaker ("Syria says it will ..."). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'announce', 'declare', 'state', 'report', 'add', 'note', 'stress', 'insist', 'reiterate',
  'conclude', 'warn', 'claim', 'confirm', 'indicate', 'affirm', 'issue', 'reply', 'explain', 'decide', 'write',
]);

const SLOTS: ReadonlySet<string> = new Set(['recipient', 'actor', 'actors', 'about']);
const STATUSES: ReadonlySet<string> = new Set(['occurred', 'planned', 'possible', 'negated', 'demanded']);
const TYPES: ReadonlySet<string> = new Set(PLOVER_TYPES);

/** Parse the dictionary text; `label` names it in errors. Throws the first error. */
export function parseDictionary(text: string, label: string): EventDictionary {
  const dict: EventDictionary = {
    verbs: new Map(), nouns: new Map(), status: new Map(), negatingVerbs: new Set(), possibleWhenNegated: new Set(),
    cancelling: new Map(), vocabulary: new Set(SPEECH_VERBS),
  };
  text.split('\n').forEach((raw, i) => {
    const where = `${label}:${i + 1}`;
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const fields = line.split(/\s+/);
    const head = fields[0] ?? '';
    if (head.startsWith('@')) {
      const what = head.slice(1);
      if (what === 'negated-verb') {
        for (const w of fields.slice(1)) { dict.negatingVerbs.add(w); dict.vocabulary.add(w); }
        return;
      }
      if (what === 'possible-when-negated') {
        for (const w of fields.slice(1)) { dict.possibleWhenNegated.add(w); dict.vocabulary.add(w); }
        return;
      }
      if (what === 'cancelling') {
        // "call:off": the verb and the particle that must follow it.
        for (const w of fields.slice(1)) {
          const [verb = '', particle = ''] = w.split(':');
          dict.cancelling.set(verb, particle);
          dict.vocabulary.add(verb);
        }
        return;
      }
      if (!STATUSES.has(what)) throw new InputError(where, `unknown status line "${head}"`);
      for (const w of fields.slice(1)) { dict.status.set(w, what as EventStatus); dict.vocabulary.add(w); }
      return;
    }
    if (!/^\d{2,4}$/.test(head)) throw new InputError(where, `expected a CAMEO code (2-4 digits), got "${head}"`);
    const [typeField, ...rest] = fields.slice(1);
    if (!typeField) throw new InputError(where, 'missing the PLOVER type');
    const [type, mode] = typeField.split('/');
    if (!type || !TYPES.has(type)) throw new InputError(where, `unknown PLOVER type "${type ?? ''}"`);
    if (rest.length === 0) throw new InputError(where, 'missing the pattern');
    let first = rest[0] ?? '';
    const nominal = first.startsWith('n:');
    const spoken = first.startsWith('s:');
    if (nominal || spoken) first = first.slice(2);
    if (!/^[a-z][a-z'-]*$/.test(first)) throw new InputError(where, `the pattern must start with a word, got "${first}"`);
    const items: PatternItem[] = [];
    for (const f of rest.slice(1)) {
      const slot = /^\{([a-z]+)(?::([a-z]+))?\}$/.exec(f);
      if (slot) {
        const name = slot[1] ?? '';
        if (!SLOTS.has(name)) throw new InputError(where, `unknown slot "{${name}}"`);
        if (slot[2] !== undefined && !STATUSES.has(slot[2])) throw new InputError(where, `unknown status "${slot[2]}" in {${name}:...}`);
        if (slot[2] !== undefined && name !== 'about') throw new InputError(where, `only {about} takes a status, not {${name}}`);
        if ((name === 'actors') !== nominal && name === 'actors') throw new InputError(where, '{actors} is for nominal patterns (n:)');
        items.push(slot[2] ? { kind: 'slot', slot: name as SlotName, status: slot[2] as EventStatus } : { kind: 'slot', slot: name as SlotName });
      } else if (/^[a-z][a-z'-]*$/.test(f)) {
        items.push({ kind: 'word', word: f });
        dict.vocabulary.add(f);
      } else {
        throw new InputError(where, `cannot read "${f}" (a lower-case word or a {slot})`);
      }
    }
    const p: EventPattern = {
      cameo: head, type: type as PloverType, lemma: first, items, nominal,
      words: items.filter((x) => x.kind === 'word').length, origin: where,
    };
    if (mode) p.mode = mode;
    if (spoken) p.spoken = true;
    dict.vocabulary.add(first);
    const index = nominal ? dict.nouns : dict.verbs;
    const list = index.get(first);
    if (list) list.push(p); else index.set(first, [p]);
  });
  return dict;
}

/** patterns.txt sits beside this file in src/; from dist/ it is found under the package root. */
export function defaultDictionaryPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, 'patterns.txt');
  if (existsSync(beside)) return beside;
  let dir = here;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'src', 'analyze', 'events', 'patterns.txt');
    if (existsSync(candidate)) return candidate;
    dir = resolve(dir, '..');
  }
  throw new Error('events: patterns.txt not found beside the package');
}

let cached: EventDictionary | undefined;

export function loadDictionary(path?: string): EventDictionary {
  if (!path && cached) return cached;
  const file = path ?? defaultDictionaryPath();
  const dict = parseDictionary(readFileSync(file, 'utf8'), file);
  if (!path) cached = dict;
  return dict;
}

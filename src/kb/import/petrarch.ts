/**
 * Importing PETRARCH/TABARI dictionaries: actors (names with codes, synonyms on `+` lines and
 * date-bounded codes `[CODE <date]`, `[CODE >date]`, `[CODE date-date]`) and agents (role words
 * with codes that attach to an actor: `~GOV` appends, `NGO~` prefixes). What they produce is plain
 * KB entries an analysis can carry (`AnalysisContext.dictionaries`).
 *
 * The format, as the files use it:
 *  - `<!-- ... -->` blocks (possibly over many lines) and `#` to end of line are comments;
 *  - an actor line is `PHRASE [CODE] [CODE ...]`; codes may also stand on the following indented
 *    lines; a `+PHRASE` line adds a synonym to the actor above;
 *  - words in a phrase are joined by `_` or spaces; the last word matches as a prefix ("ARGENTIN"
 *    matches "Argentina", "Argentinian") unless the phrase ends in `_` ("UN_" is only "UN");
 *  - dates are YYMMDD or YYYYMMDD; `<` and `>` are strict; a range is inclusive; the first dated
 *    code that covers the article's date wins, else the undated one;
 *  - agents: `PHRASE {PLURAL} [CODE]`, `{}` = no plural (default: +S/+ES on the last word);
 *    `!NAME! = A, B` defines a substitution set used as `!NAME!` inside phrases.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from '../../errors.js';
import type { ActorEntry, AgentEntry, DatedCode, PhraseWord } from '../types.js';

function stripComments(text: string): string[] {
  // Keep line numbers: a comment block becomes as many empty lines as it spanned.
  const noBlocks = text.replace(/<!--[\s\S]*?-->|<![^>\n]*>/g, (m) => m.replace(/[^\n]/g, ''));
  return noBlocks.split('\n').map((l) => l.replace(/#.*$/, '').replace(/\r$/, ''));
}

/** Run `fn` on each comment-free line; a line it cannot read is reported and skipped. */
function eachLine(text: string, errors: InputError[], fn: (line: string, index: number) => void): void {
  stripComments(text).forEach((line, i) => {
    try {
      fn(line, i);
    } catch (e) {
      if (e instanceof InputError) errors.push(e); else throw e;
    }
  });
}

/** YYMMDD or YYYYMMDD -> YYYY-MM-DD (two-digit years before 30 are 20xx). */
export function petrarchDate(s: string): string | undefined {
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(s)) { y = Number(s.slice(0, 4)); rest = s.slice(4); }
  else if (/^\d{6}$/.test(s)) { const yy = Number(s.slice(0, 2)); y = yy < 30 ? 2000 + yy : 1900 + yy; rest = s.slice(2); }
  else return undefined;
  return `${String(y).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const DATE_PART = /^(?:([<>])(\d{6,8})|(\d{6,8})-(\d{6,8}))?$/;

/** One `[...]` block: "HOBGOV 19950601 - 19990815" -> { code, from, to }; "G77" is a code. */
export function parseCodeBlock(block: string, where: string): DatedCode {
  const tokens = block.trim().replace(/([<>])/g, ' $1 ').split(/\s+/).filter(Boolean);
  const head = tokens[0] ?? '';
  const hasCode = head !== '' && !/^[<>]$/.test(head) && !/^\d{6,8}(?:-\d{6,8})?$/.test(head);
  const code = hasCode ? (head.split('/')[0] ?? head).toUpperCase() : '---';
  const m = DATE_PART.exec(tokens.slice(hasCode ? 1 : 0).join(''));
  if (!m) throw new InputError(where, `cannot read code block "[${block}]"`);
  const out: DatedCode = { code };
  if (m[1] && m[2]) {
    const d = petrarchDate(m[2]);
    if (!d) throw new InputError(where, `bad date "${m[2]}"`);
    if (m[1] === '<') out.to = shiftDay(d, -1); else out.from = shiftDay(d, 1);
  } else if (m[3] && m[4]) {
    const a = petrarchDate(m[3]);
    const b = petrarchDate(m[4]);
    if (!a || !b) throw new InputError(where, `bad date range "${m[3]}-${m[4]}"`);
    out.from = a;
    out.to = b;
  }
  return out;
}

/**
 * A phrase's words. `_` joins words that must be adjacent; a space lets a few words stand between
 * ("ITHILEN TELEVISION" matches "Ithilen state-run television"), as in TABARI.
 */
export function phraseWords(phrase: string): PhraseWord[] {
  const trimmed = phrase.trim();
  const exactEnd = trimmed.endsWith('_');
  const out: PhraseWord[] = [];
  for (const m of trimmed.matchAll(/([^\s_]+)([\s_]*)/g)) {
    const w: PhraseWord = { word: (m[1] ?? '').toUpperCase(), exact: true };
    const sep = m[2] ?? '';
    if (sep !== '' && !sep.includes('_')) w.gapAfter = true;
    out.push(w);
  }
  const last = out[out.length - 1];
  if (last) { last.exact = exactEnd; delete last.gapAfter; }
  return out;
}

function displayName(phrase: string): string {
  return phrase.trim().replace(/_+$/, '').split(/[\s_]+/)
    .map((w, i) => (w.includes('.') ? w
      : i > 0 && /^(?:OF|THE|AND|DE)$/.test(w) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** Parse an actor dictionary's text. `label` names it in errors and ids. */
export function parseActors(text: string, label: string, errors: InputError[] = []): ActorEntry[] {
  const out: ActorEntry[] = [];
  let current: ActorEntry | undefined;
  const prefix = slug(basename(label).replace(/\.txt$/i, ''));
  eachLine(text, errors, (raw, i) => {
    const where = `${label}:${i + 1}`;
    if (raw.trim() === '') return;
    const codes = [...raw.matchAll(/\[([^\]]*)\]/g)].map((m) => parseCodeBlock(m[1] ?? '', where));
    const head = raw.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(raw) && head === '') {
      if (!current) throw new InputError(where, 'code block before any actor');
      current.codes?.push(...codes);
      return;
    }
    if (head.startsWith('+')) {
      if (!current) throw new InputError(where, 'synonym before any actor');
      const phrase = head.slice(1).trim();
      if (phrase) { current.patterns.push(phraseWords(phrase)); current.aliases.push(displayName(phrase)); }
      current.codes?.push(...codes);
      return;
    }
    if (!head) throw new InputError(where, 'code block without an actor');
    current = {
      kind: 'actor', id: `${prefix}:${slug(head)}:${i + 1}`, type: 'OTHER', name: displayName(head), aliases: [],
      patterns: [phraseWords(head)], codes: [...codes], origin: { file: label, line: i + 1 },
    };
    out.push(current);
  });
  for (const a of out) {
    const plain = a.codes?.find((c) => !c.from && !c.to);
    if (plain) a.code = plain.code;
    const country = (a.code ?? a.codes?.[0]?.code ?? '').slice(0, 3);
    if (/^[A-Z]{3}$/.test(country)) a.country = country;
  }
  return out;
}

function pluralOf(word: string): string {
  if (/(?:[sxz]|ch|sh)$/i.test(word)) return `${word}ES`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}IES`;
  return `${word}S`;
}

/** Parse an agent dictionary's text. */
export function parseAgents(text: string, label: string, errors: InputError[] = []): AgentEntry[] {
  const sets = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  eachLine(text, errors, (raw, i) => {
    const where = `${label}:${i + 1}`;
    const line = raw.trim();
    if (!line) return;
    const set = /^(![A-Z]+!)\s*=\s*(\S.*)$/.exec(line);
    if (set?.[1] && set[2]) { sets.set(set[1], set[2].split(',').map((s) => s.trim()).filter(Boolean)); return; }
    // PHRASE {PLURAL} [CODE], read by position rather than one regex.
    const open = line.indexOf('[');
    const close = line.lastIndexOf(']');
    if (open < 0 || close < open) throw new InputError(where, `cannot read agent line "${line}"`);
    const head = line.slice(0, open);
    const brace = head.indexOf('{');
    const m = [line, (brace >= 0 ? head.slice(0, brace) : head).trim(),
      brace >= 0 ? head.slice(brace + 1, head.indexOf('}', brace) < 0 ? undefined : head.indexOf('}', brace)) : undefined] as const;
    if (!m[1]) throw new InputError(where, `agent line without a phrase "${line}"`);
    const code = line.slice(open + 1, close).replace(/\s+/g, '');
    if (!code.includes('~')) throw new InputError(where, `agent code "${code}" lacks ~`);
    let phrases = [m[1]];
    for (const [name, alts] of sets) {
      phrases = phrases.flatMap((p) => (p.includes(name) ? alts.map((a) => p.split(name).join(a)) : [p]));
    }
    for (const phrase of phrases) {
      const words = phrase.split(/[\s_]+/).filter(Boolean).map((w) => w.toUpperCase());
      const forms = [words];
      if (m[2] === undefined) {
        const last = words[words.length - 1];
        if (last) forms.push([...words.slice(0, -1), pluralOf(last)]);
      } else if (m[2].trim() !== '') {
        forms.push(m[2].split(/[\s_]+/).filter(Boolean).map((w) => w.toUpperCase()));
      }
      out.push({ phrase: words.join(' '), forms: forms.map((f) => f.map((w) => w.toLowerCase())), code, origin: { file: label, line: i + 1 } });
    }
  });
  return out;
}

/**
 * Read an actor dictionary. Lines it cannot read are skipped and reported in `errors` (real
 * dictionaries carry typos such as `[~ENV}`); pass no array to have the first one thrown.
 */
export function importPetrarchActors(file: string, errors?: InputError[]): ActorEntry[] {
  const errs: InputError[] = errors ?? [];
  const out = parseActors(readFileSync(file, 'utf8'), file, errs);
  if (!errors && errs[0]) throw errs[0];
  return out;
}

export function importPetrarchAgents(file: string, errors?: InputError[]): AgentEntry[] {
  const errs: InputError[] = errors ?? [];
  const out = parseAgents(readFileSync(file, 'utf8'), file, errs);
  if (!errors && errs[0]) throw errs[0];
  return out;
}

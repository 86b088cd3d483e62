/**
 * Bringing one's own PETRARCH dictionaries: `DATELINE_DICTIONARIES` holds a list of files (joined
 * like PATH, by ":" on Unix), each an actor, agent or verb dictionary in the PETRARCH format; the
 * kind is read from the file name (".verbs.", ".agents.", else actors) or, failing that, from the
 * content (verb blocks "--- VERB [CODE] ---"). The CLI passes what this returns into the analysis
 * context; the analysis itself never reads the environment.
 */
import { readFileSync } from 'node:fs';
import { basename, delimiter } from 'node:path';
import { InputError } from '../../errors.js';
import { parseActors, parseAgents } from '../../kb/import/petrarch.js';
import type { AnalysisContext } from '../doc.js';
import { parsePetrarchVerbs } from './petrarch-verbs.js';

export const DICTIONARIES_ENV = 'DATELINE_DICTIONARIES';

export type DictionaryKind = 'actors' | 'agents' | 'verbs';

export function dictionaryKind(file: string, text: string): DictionaryKind {
  const name = basename(file).toLowerCase();
  if (name.includes('verb')) return 'verbs';
  if (name.includes('agent')) return 'agents';
  if (name.includes('actor')) return 'actors';
  return /^---\s+\S+\s+\[[^\]]*\]\s*---/m.test(text) ? 'verbs' : 'actors';
}

/** The analysis context for a list of dictionary files. Unreadable lines are reported in `warnings`. */
export function contextFromFiles(files: readonly string[], warnings: string[] = []): Pick<AnalysisContext, 'dictionaries' | 'eventPatterns'> {
  const entries: NonNullable<AnalysisContext['dictionaries']>['entries'] = [];
  const agents: NonNullable<NonNullable<AnalysisContext['dictionaries']>['agents']> = [];
  const patterns: NonNullable<AnalysisContext['eventPatterns']>[number][] = [];
  for (const file of files) {
    let text: string;
    try { text = readFileSync(file, 'utf8'); } catch (e) { throw new InputError(file, `cannot read dictionary (${(e as Error).message})`); }
    const errors: InputError[] = [];
    const kind = dictionaryKind(file, text);
    if (kind === 'verbs') {
      const v = parsePetrarchVerbs(text, file);
      patterns.push(...v.patterns);
      if (v.skipped) warnings.push(`${file}: ${v.skipped} verb patterns without a PLOVER type or outside the subset read`);
    } else if (kind === 'agents') agents.push(...parseAgents(text, file, errors));
    else entries.push(...parseActors(text, file, errors));
    for (const e of errors) warnings.push(e.message);
  }
  const out: Pick<AnalysisContext, 'dictionaries' | 'eventPatterns'> = {};
  if (entries.length > 0 || agents.length > 0) out.dictionaries = { entries, agents, matchInText: true };
  if (patterns.length > 0) out.eventPatterns = patterns;
  return out;
}

/** The same from the environment: nothing when the variable is unset or empty. */
export function contextFromEnv(env: Readonly<Record<string, string | undefined>>, warnings: string[] = []): Pick<AnalysisContext, 'dictionaries' | 'eventPatterns'> {
  const list = (env[DICTIONARIES_ENV] ?? '').split(delimiter).map((s) => s.trim()).filter(Boolean);
  return list.length > 0 ? contextFromFiles(list, warnings) : {};
}

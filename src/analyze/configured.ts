/**
 * Analysis settings the user gives once for every face (CLI, server, queue workers, worker threads):
 * extra PETRARCH-style actor, agent and verb dictionaries named in DATELINE_DICTIONARIES, a list of
 * files separated like PATH. Loaded once per process (or thread); warnings go to stderr once.
 */
import type { AnalysisContext } from './doc.js';
import { DICTIONARIES_ENV, contextFromEnv } from './events/dictionaries.js';

let configured: AnalysisContext | undefined;

export function configuredContext(): AnalysisContext {
  if (configured) return configured;
  const warnings: string[] = [];
  try {
    configured = contextFromEnv(process.env, warnings);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(`${DICTIONARIES_ENV}: ${reason} (fix the list or unset the variable)`);
  }
  for (const w of warnings) process.stderr.write(`dateline: ${DICTIONARIES_ENV}: ${w}\n`);
  return configured;
}

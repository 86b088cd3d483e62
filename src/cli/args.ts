/** A small, strict argument parser: every option is declared, unknown ones are usage errors. */
import { UsageError } from '../errors.js';

export interface OptionSpec {
  /** Takes a value (`--db PATH`) or is a flag (`--json`). */
  value: boolean;
  description: string;
}

export interface Parsed {
  options: Map<string, string | true>;
  positional: string[];
}

export function parseArgs(argv: readonly string[], spec: Record<string, OptionSpec>, command: string): Parsed {
  const options = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const s = spec[name];
      if (!s) throw new UsageError(`${command}: unknown option --${name} (see dateline help ${command})`);
      if (!s.value) {
        options.set(name, true);
        continue;
      }
      const v = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${command}: --${name} needs a value`);
      options.set(name, v);
    } else {
      positional.push(arg);
    }
  }
  return { options, positional };
}

export function optString(p: Parsed, name: string): string | undefined {
  const v = p.options.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function optInt(p: Parsed, name: string, fallback: number): number {
  const v = optString(p, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, got "${v}"`);
  return n;
}

export function usageText(command: string, synopsis: string, spec: Record<string, OptionSpec>): string {
  const lines = [`usage: dateline ${command} ${synopsis}`];
  for (const [name, s] of Object.entries(spec)) {
    const flag = `  --${name}${s.value ? ' VALUE' : ''}`;
    // Long flags get their description on the next line rather than running into it.
    lines.push(flag.length < 26 ? flag.padEnd(26) + s.description : `${flag}\n${' '.repeat(26)}${s.description}`);
  }
  return lines.join('\n');
}

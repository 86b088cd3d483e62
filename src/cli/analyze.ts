/** `dateline analyze`: print one AnalyzedArticle per article as JSON Lines; nothing is stored. */
import { analyze } from '../analyze/pipeline.js';
import { cleanArticle } from '../clean/index.js';
import { InputError, UsageError } from '../errors.js';
import { readInput } from '../read/index.js';
import { optInt, optString, parseArgs, usageText, type OptionSpec } from './args.js';
import { describeFsError, expandPaths, fileInput, stdinInput, type Input } from '../ingest/inputs.js';

const SPEC: Record<string, OptionSpec> = {
  published: { value: true, description: 'publication time (ISO 8601) for inputs that carry none' },
  format: { value: true, description: 'output format: jsonl (the default and only one)' },
  'input-format': { value: true, description: 'skip detection: wire-text, html, rss, atom, jsonl, csv, reuters-sgml' },
  'max-bytes': { value: true, description: 'largest input accepted, in bytes (default 5000000)' },
  help: { value: false, description: 'show this help' },
};

export const ANALYZE_USAGE = usageText('analyze', '[--published ISO] FILE... | -', SPEC);

export async function analyzeCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SPEC, 'analyze');
  if (args.options.has('help')) {
    process.stdout.write(`${ANALYZE_USAGE}\n`);
    return 0;
  }
  const outFormat = optString(args, 'format') ?? 'jsonl';
  if (outFormat !== 'jsonl') throw new UsageError(`analyze: unknown --format "${outFormat}" (only jsonl)`);
  const published = optString(args, 'published');
  if (published !== undefined && Number.isNaN(Date.parse(published))) {
    throw new UsageError(`analyze: --published "${published}" is not an ISO 8601 time`);
  }
  const maxBytes = optInt(args, 'max-bytes', 5_000_000);
  const inputFormat = optString(args, 'input-format');
  if (args.positional.length === 0) throw new UsageError(`analyze: name a FILE or - for standard input\n${ANALYZE_USAGE}`);

  let failed = 0;
  const fail = (input: string, reason: string): void => {
    failed++;
    process.stderr.write(`dateline: ${input}: ${reason}\n`);
  };
  const inputs: Input[] = [];
  for (const p of args.positional) {
    if (p === '-') inputs.push(stdinInput());
    else for (const f of expandPaths([p], fail)) inputs.push(fileInput(f, maxBytes * 40));
  }
  for (const input of inputs) {
    let lines: string[];
    try {
      const bytes = await input.load();
      // A bad item (one JSON Lines line, one feed entry) is reported alone; the input's good items still print.
      const raws = readInput(bytes, input.name, {
        maxBytes, ...(inputFormat ? { format: inputFormat } : {}), onItemError: (e) => fail(e.input, e.reason),
      });
      lines = raws.map((raw) => JSON.stringify(analyze(cleanArticle(raw, published ? { published } : {}))));
    } catch (e) {
      if (e instanceof InputError) fail(input.name, e.reason);
      else if ((e as { code?: string }).code) fail(input.name, describeFsError(e));
      else fail(input.name, e instanceof Error ? e.message : String(e));
      continue;
    }
    // Print only once the whole input is analyzed: no partial record for a failed input.
    for (const line of lines) process.stdout.write(`${line}\n`);
  }
  return failed > 0 ? 1 : 0;
}

/** `dateline ner --conll FILE`: the CoNLL-2003 file back, each token line with a predicted IOB tag. */
import { InputError, UsageError } from '../errors.js';
import { tagConll } from '../ner/conll-tag.js';
import { defaultTagger } from '../ner/index.js';
import { parseArgs, optString, usageText, type OptionSpec } from './args.js';
import { describeFsError, fileInput } from '../ingest/inputs.js';

const SPEC: Record<string, OptionSpec> = {
  conll: { value: true, description: 'a CoNLL-2003 file (word first, tag last; -DOCSTART- and blank lines kept)' },
  help: { value: false, description: 'show this help' },
};

export const NER_USAGE = usageText('ner', '--conll FILE', SPEC);

export async function nerCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SPEC, 'ner');
  if (args.options.has('help')) {
    process.stdout.write(`${NER_USAGE}\n`);
    return 0;
  }
  const file = optString(args, 'conll');
  if (!file || args.positional.length > 0) throw new UsageError(`ner: name one file with --conll FILE\n${NER_USAGE}`);
  let text: string;
  try {
    text = Buffer.from(await fileInput(file, 200_000_000).load()).toString('utf8');
  } catch (e) {
    const reason = (e as { code?: string }).code ? describeFsError(e) : (e instanceof Error ? e.message : String(e));
    process.stderr.write(`dateline: ${new InputError(file, reason).message}\n`);
    return 1;
  }
  if (text.includes('\u0000')) {
    process.stderr.write(`dateline: ${new InputError(file, 'binary data, not a CoNLL text file').message}\n`);
    return 1;
  }
  const lines = tagConll(text, defaultTagger());
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
  return 0;
}

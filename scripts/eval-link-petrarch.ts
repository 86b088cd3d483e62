/**
 * PETRARCH check for the link stage: with the validation actor and agent dictionaries imported,
 * do the actors of each unit-test sentence get the codes the record expects? Prints the share of
 * records whose expected source and target codes are both among the codes of the sentence's linked
 * entities (first coding of each record; "any" = some coding of the record), then the misses.
 *
 *   npx tsx scripts/eval-link-petrarch.ts [--verbose] [--no-tagger]
 *
 * Reads ../shared/data/events/petrarch/ (CI has it beside the clone).
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { newDoc, type AnalysisContext, type Stage } from '../src/analyze/doc.js';
import { tokensStage } from '../src/analyze/tokens/index.js';
import { entitiesStage } from '../src/analyze/entities/index.js';
import { linkDoc } from '../src/analyze/link/index.js';
import { importPetrarchActors, importPetrarchAgents } from '../src/kb/import/petrarch.js';
import type { InputError } from '../src/errors.js';

const DIR = '../shared/data/events/petrarch';
const verbose = process.argv.includes('--verbose');
const stages: Stage[] = process.argv.includes('--no-tagger') ? [tokensStage] : [tokensStage, entitiesStage];

interface Coding { sourcecode?: string; targetcode?: string }
interface Sentence { id: string; date: string; Text?: string; EventCoding?: Coding | Coding[] }

const errors: InputError[] = [];
const entries = importPetrarchActors(`${DIR}/dictionaries/PETR.Validate.actors.txt`, errors);
const agents = importPetrarchAgents(`${DIR}/dictionaries/PETR.Validate.agents.txt`, errors);
for (const e of errors) console.error(`warning: ${e.message}`);

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: false });
const xml = parser.parse(readFileSync(`${DIR}/PETR.UnitTest.records.xml`, 'utf8')) as { Validation: { Sentences: { Sentence: Sentence[] } } };

let records = 0;
let first = 0;
let any = 0;
const misses: string[] = [];
for (const s of xml.Validation.Sentences.Sentence) {
  const codings = (Array.isArray(s.EventCoding) ? s.EventCoding : s.EventCoding ? [s.EventCoding] : [])
    .filter((c) => c.sourcecode && c.targetcode);
  const text = String(s.Text ?? '').replace(/\s+/g, ' ').trim();
  if (codings.length === 0 || !text) continue;
  records++;
  const d = String(s.date);
  const ctx: AnalysisContext = {
    reference: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T12:00:00Z`,
    dictionaries: { entries, agents, matchInText: true },
  };
  const doc = newDoc({ id: s.id, source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '' });
  for (const st of stages) st.run(doc, ctx);
  linkDoc(doc, ctx);
  const codes = new Set(doc.entities.map((e) => e.code).filter((c): c is string => !!c));
  const hit = (c: Coding): boolean => codes.has(c.sourcecode ?? '') && codes.has(c.targetcode ?? '');
  const firstOk = codings[0] !== undefined && hit(codings[0]);
  if (firstOk) first++;
  if (codings.some(hit)) any++;
  if (!firstOk) misses.push(`${s.id} ${d} want ${codings[0]?.sourcecode}/${codings[0]?.targetcode} got [${[...codes].join(' ')}] | ${text.slice(0, 110)}`);
}
if (verbose) for (const m of misses) console.log(`  ✗ ${m}`);
const pct = (n: number): string => `${((100 * n) / Math.max(1, records)).toFixed(1)}%`;
console.log(`petrarch-link records=${records} first-coding=${first} (${pct(first)}) any-coding=${any} (${pct(any)})`);

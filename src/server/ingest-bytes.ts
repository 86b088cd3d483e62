/**
 * Ingest of what a client sends (pasted text, uploaded files): read → clean → analyze → store, as
 * src/ingest.ts does for files, but from bytes in memory. Each article is stored whole or not at
 * all; a part that cannot be read is reported by name and the rest goes on.
 */
import { cleanArticle } from '../clean/index.js';
import { InputError } from '../errors.js';
import type { AnalyzedArticle, Article } from '../model.js';
import { readInput } from '../read/index.js';
import type { Store } from '../store/store.js';

export interface Upload {
  name: string;
  bytes: Uint8Array;
  format?: string;
  published?: string;
}

export interface IngestReport {
  stored: Array<{ id: string; status: 'new' | 'unchanged' | 'duplicate'; headline: string; duplicateOf?: string }>;
  failed: Array<{ input: string; reason: string }>;
}

export type Analyzer = (a: Article) => AnalyzedArticle;

let pipeline: Analyzer | undefined;

/** The analysis pipeline, loaded on the first ingest (its models take a moment). */
export async function defaultAnalyzer(): Promise<Analyzer> {
  if (!pipeline) {
    const { analyze } = await import('../analyze/pipeline.js');
    pipeline = (a) => analyze(a);
  }
  return pipeline;
}

export function noAnalysis(a: Article): AnalyzedArticle {
  return { ...a, entities: [], times: [], quotes: [], events: [] };
}

function reason(e: unknown): string {
  if (e instanceof InputError) return e.reason;
  return e instanceof Error ? e.message : String(e);
}

export async function ingestUploads(store: Store, uploads: readonly Upload[], analyzer: Analyzer, maxBytes: number): Promise<IngestReport> {
  const report: IngestReport = { stored: [], failed: [] };
  for (const u of uploads) {
    let raws;
    try {
      raws = readInput(u.bytes, u.name, {
        maxBytes, ...(u.format ? { format: u.format } : {}),
        onItemError: (e) => report.failed.push({ input: u.name, reason: e.reason }),
      });
    } catch (e) {
      report.failed.push({ input: u.name, reason: reason(e) });
      continue;
    }
    for (const [i, raw] of raws.entries()) {
      const where = raws.length > 1 ? `${u.name}#${raw.sourceId ?? i + 1}` : u.name;
      try {
        const article = cleanArticle(raw, u.published ? { published: u.published } : {});
        const record = (await store.contains(article.id)) ? noAnalysis(article) : analyzer(article);
        const r = await store.putArticle(record);
        report.stored.push({ id: r.id, status: r.status, headline: record.headline, ...(r.duplicateOf ? { duplicateOf: r.duplicateOf } : {}) });
      } catch (e) {
        report.failed.push({ input: where, reason: reason(e) });
      }
    }
  }
  return report;
}

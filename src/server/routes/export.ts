/**
 * Exports: events, quotes, entities or articles matching the filters, as JSON Lines or CSV, sent as a
 * download. CSV cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { exportLine } from '../../export/index.js';
import type { AnalyzedArticle } from '../../model.js';
import type { ServerDeps } from '../context.js';
import { listEvents, type EventItem } from '../queries/events.js';
import { ExportParam, ExportQuery } from '../schemas.js';
import { defined, errors, NoSql } from './common.js';

const exportRoute = createRoute({
  method: 'get', path: '/api/export/{what}', tags: ['exports'],
  summary: 'Download events, quotes, entities or articles (JSON Lines or CSV); event filters apply to events',
  request: { params: ExportParam, query: ExportQuery },
  responses: {
    200: {
      content: {
        'application/x-ndjson': { schema: z.string() }, 'text/csv': { schema: z.string() }, 'text/tab-separated-values': { schema: z.string() },
      },
      description: 'one record per line',
    },
    ...errors,
  },
});

type Row = Record<string, unknown>;

function csvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  let s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (/^[=+\-@\t\r]/u.test(s)) s = `'${s}`;
  return /[",\n\r]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function flatEvent(e: EventItem): Row {
  const names = (ps: typeof e.actor): string => ps.map((p) => p.name ?? p.text).join('; ');
  const codes = (ps: typeof e.actor): string => ps.map((p) => p.code ?? '').join('; ');
  const countries = (ps: typeof e.actor): string => ps.map((p) => p.country ?? '').join('; ');
  return {
    article: e.article, headline: e.headline, published: e.published, agency: e.agency, day: e.day, date: e.date,
    type: e.type, quad: e.quad, mode: e.mode, cameo: e.cameo, status: e.status, reported: e.reported,
    actor: names(e.actor), actorCode: codes(e.actor), actorCountry: countries(e.actor),
    recipient: names(e.recipient), recipientCode: codes(e.recipient), recipientCountry: countries(e.recipient),
    place: e.place?.name, placeCountry: e.place?.country, evidence: e.evidence,
  };
}

export function exportRoutes(app: OpenAPIHono, deps: ServerDeps): void {
  const { store, db } = deps;
  app.openapi(exportRoute, async (c) => {
    const { what } = c.req.valid('param');
    const { format, limit, speaker, name, ...f } = c.req.valid('query');
    const filter = defined(f);
    if (format === 'plover' || format === 'gdelt') {
      if (what !== 'events') return c.json({ error: `format ${format} is for events only` }, 400);
      if (!db) throw new NoSql();
      // These formats are made from the whole record (src/export), read once per article.
      const records = new Map<string, AnalyzedArticle | undefined>();
      const lines: string[] = [];
      const now = new Date().toISOString();
      for (const item of (await listEvents(db, filter, limit, 0)).items) {
        if (!records.has(item.article)) records.set(item.article, (await store.getArticle(item.article))?.record);
        const record = records.get(item.article);
        const event = record?.events[item.index];
        if (record && event) lines.push(exportLine(format, { record, event, index: item.index }, now));
      }
      const ext = format === 'gdelt' ? 'tsv' : 'jsonl';
      c.header('Content-Disposition', `attachment; filename="dateline-events-${format}.${ext}"`);
      const type = format === 'gdelt' ? 'text/tab-separated-values; charset=utf-8' : 'application/x-ndjson; charset=utf-8';
      return c.body(lines.length ? `${lines.join('\n')}\n` : '', 200, { 'Content-Type': type });
    }
    let rows: Row[];
    let json: Row[] | undefined;
    if (what === 'events') {
      if (!db) throw new NoSql();
      const items = (await listEvents(db, filter, limit, 0)).items;
      rows = items.map(flatEvent);
      json = items as unknown as Row[];
    } else if (what === 'quotes') {
      rows = (await store.quotes(defined({ limit, speaker, since: f.since, until: f.until, article: f.article }))) as unknown as Row[];
    } else if (what === 'entities') {
      rows = (await store.entities(defined({ limit, name, country: f.country, article: f.article }))) as unknown as Row[];
    } else {
      rows = (await store.listArticles(defined({ limit, since: f.since, until: f.until }))) as unknown as Row[];
    }
    const stamp = `dateline-${what}`;
    if (format === 'csv') {
      const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
      c.header('Content-Disposition', `attachment; filename="${stamp}.csv"`);
      return c.body(toCsv(rows, columns), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    }
    c.header('Content-Disposition', `attachment; filename="${stamp}.jsonl"`);
    const lines = (json ?? rows).map((r) => JSON.stringify(r)).join('\n');
    return c.body(lines ? `${lines}\n` : '', 200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
  });
}

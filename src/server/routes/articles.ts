/** Articles: list, get (by id, a copy's id, or a unique prefix), post (ingest text, JSON or files), and feeds. */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { resolveArticle } from '../../query/resolve.js';
import { ingest } from '../../ingest.js';
import type { ServerDeps } from '../context.js';
import { defaultAnalyzer, ingestUploads, noAnalysis, type IngestReport, type Upload } from '../ingest-bytes.js';
import {
  ArticleListQuery, ArticleSummarySchema, ErrorSchema, FeedBody, IdParam, IngestResultSchema, PostArticleJson, StoredArticleSchema,
} from '../schemas.js';
import { contentTypes } from '../security.js';
import { defined, errors, jsonBody, writeErrors } from './common.js';

const list = createRoute({
  method: 'get', path: '/api/articles', tags: ['articles'], summary: 'Stored articles, newest first',
  request: { query: ArticleListQuery },
  responses: { 200: jsonBody(z.object({ items: z.array(ArticleSummarySchema) }), 'a page of articles'), ...errors },
});

const get = createRoute({
  method: 'get', path: '/api/articles/{id}', tags: ['articles'], summary: 'One article with everything the analysis found',
  request: { params: IdParam },
  responses: { 200: jsonBody(StoredArticleSchema, 'the stored article'), 404: jsonBody(ErrorSchema, 'no such article'), ...errors },
});

const POST_TYPES = ['application/json', 'text/plain', 'text/html', 'application/xml', 'text/xml', 'multipart/form-data'];

const post = createRoute({
  method: 'post', path: '/api/articles', tags: ['articles'], security: [{ token: [] }],
  summary: 'Ingest articles: JSON {text}, a raw body (text/plain, text/html, XML feeds), or files (multipart/form-data, field "file")',
  request: {
    body: {
      // Not "required": zod-openapi would then check every declared type against each request. The
      // route checks the content type itself (415) and each parser checks its own body.
      content: {
        'application/json': { schema: PostArticleJson },
        'text/plain': { schema: z.string() },
        'text/html': { schema: z.string() },
        'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) },
      },
    },
  },
  responses: { 200: jsonBody(IngestResultSchema, 'what was stored and what failed'), ...writeErrors },
});

const feed = createRoute({
  method: 'post', path: '/api/feeds', tags: ['articles'], security: [{ token: [] }],
  summary: 'Fetch an RSS or Atom feed now and ingest its articles',
  request: { body: { required: true, content: { 'application/json': { schema: FeedBody } } } },
  responses: { 200: jsonBody(IngestResultSchema, 'what was stored and what failed'), ...writeErrors },
});

export function articleRoutes(app: OpenAPIHono, deps: ServerDeps): void {
  const { store, config } = deps;
  const analyzer = async () => (config.analyze === false ? noAnalysis : (deps.analyzer ?? defaultAnalyzer)());

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    return c.json({ items: await store.listArticles(defined(q)) }, 200);
  });

  app.openapi(get, async (c) => {
    const { id } = c.req.valid('param');
    const r = await resolveArticle(store, id);
    if ('found' in r) return c.json(r.found, 200);
    if ('ambiguous' in r) return c.json({ error: `"${id}" matches several articles: ${r.ambiguous.join(', ')}` }, 404);
    return c.json({ error: `no article "${id}"` }, 404);
  });

  app.use('/api/articles', contentTypes(POST_TYPES));
  app.openapi(post, async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    const uploads: Upload[] = [];
    if (type === 'application/json') {
      const body = c.req.valid('json') as z.infer<typeof PostArticleJson>;
      uploads.push(defined({ name: body.name ?? 'posted text', bytes: Buffer.from(body.text, 'utf8'), format: body.format, published: body.published }));
    } else if (type === 'multipart/form-data') {
      const form = await c.req.parseBody({ all: true });
      const files = [form.file ?? [], form['file[]'] ?? []].flat();
      for (const f of files) {
        if (f instanceof File) uploads.push({ name: f.name || 'upload', bytes: new Uint8Array(await f.arrayBuffer()) });
      }
      if (uploads.length === 0) return c.json({ error: 'no file: send the files in form field "file"' }, 400);
    } else {
      uploads.push({ name: 'posted body', bytes: new Uint8Array(await c.req.arrayBuffer()) });
    }
    const report = await ingestUploads(store, uploads, await analyzer(), config.maxBodyBytes);
    return c.json(report, 200);
  });

  app.use('/api/feeds', contentTypes(['application/json']));
  app.openapi(feed, async (c) => {
    const { url } = c.req.valid('json');
    const report: IngestReport = { stored: [], failed: [] };
    const analyze = await analyzer();
    await ingest(store, [url], {
      analyzer: analyze,
      batchSize: 1,
      timeoutMs: 20_000,
      onFailure: (input, reason) => report.failed.push({ input, reason }),
      onArticle: (r, record) => report.stored.push(defined({ id: r.id, status: r.status, headline: record.headline, duplicateOf: r.duplicateOf })),
    });
    return c.json(report, 200);
  });
}

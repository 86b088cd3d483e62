/**
 * The HTTP app: the JSON API under /api, its OpenAPI 3.1 document at /openapi.json (generated from
 * the zod schemas that validate the requests), a docs page at /docs, and the built web app at /.
 * Transport-free: tests call `app.request(...)`; serve.ts puts it on a port.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { Store } from '../store/store.js';
import type { ServerConfig } from './config.js';
import type { ServerDeps } from './context.js';
import { DOCS_CSS, docsPage, type OpenApiDoc } from './docs-page.js';
import type { Analyzer } from './ingest-bytes.js';
import { sqlOf } from './queries/db.js';
import { articleRoutes } from './routes/articles.js';
import { NoSql } from './routes/common.js';
import { exploreRoutes } from './routes/explore.js';
import { exportRoutes } from './routes/export.js';
import { jsonError, rateLimits, securityHeaders, tokenGuard } from './security.js';
import { webAssets } from './web-assets.js';

export const OPENAPI_INFO = {
  title: 'Dateline',
  version: '0.1.0',
  description: 'Wire-service news as structured records: articles, entities, quotes and PLOVER political events. '
    + 'Reads are open unless the server closes them; writes need the API token (Authorization: Bearer TOKEN).',
};

export interface AppOptions {
  store: Store;
  config: ServerConfig;
  analyzer?: () => Promise<Analyzer>;
}

function firstIssue(error: { issues?: Array<{ path: PropertyKey[]; message: string }> }): string {
  const i = error.issues?.[0];
  if (!i) return 'invalid request';
  const where = i.path.map(String).join('.');
  return where ? `${where}: ${i.message}` : i.message;
}

export function createApp(opts: AppOptions): OpenAPIHono {
  const db = sqlOf(opts.store);
  const deps: ServerDeps = { store: opts.store, config: opts.config, ...(db ? { db } : {}), ...(opts.analyzer ? { analyzer: opts.analyzer } : {}) };
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return c.json({ error: firstIssue(result.error as never) }, 400);
      return undefined;
    },
  });

  app.use('*', securityHeaders());
  app.use('/api/*', rateLimits(opts.config));
  app.use('/api/*', tokenGuard(opts.config));
  app.use('/api/*', bodyLimit({
    maxSize: opts.config.maxBodyBytes,
    onError: (c) => jsonError(c, 413, `the request body is larger than ${opts.config.maxBodyBytes} bytes`),
  }));

  app.openAPIRegistry.registerComponent('securitySchemes', 'token', { type: 'http', scheme: 'bearer', description: 'the API token (DATELINE_API_TOKEN)' });
  articleRoutes(app, deps);
  exploreRoutes(app, deps);
  exportRoutes(app, deps);

  app.doc31('/openapi.json', { openapi: '3.1.0', info: OPENAPI_INFO });
  app.get('/docs', (c) => c.html(docsPage(app.getOpenAPI31Document({ openapi: '3.1.0', info: OPENAPI_INFO }) as unknown as OpenApiDoc)));
  app.get('/docs.css', (c) => c.body(DOCS_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.all('/api/*', (c) => jsonError(c, 404, `no route ${c.req.method} ${new URL(c.req.url).pathname} — see /docs`));
  app.use('*', webAssets(opts.config.webDir));

  app.onError((e, c) => {
    if (e instanceof NoSql) return c.json({ error: e.message }, 501);
    if (e instanceof RangeError) return jsonError(c, 400, e.message);
    process.stderr.write(`dateline serve: ${c.req.method} ${c.req.path}: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return jsonError(c, 500, 'internal error (logged on the server)');
  });
  return app;
}

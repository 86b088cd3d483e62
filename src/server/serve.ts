/**
 * Put the app on a port: open the store, optionally ingest the repository's example articles when
 * the database is empty (for `npm start` on a fresh clone), and listen. Returns the address and a
 * close function that stops listening and closes the store.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { ingest } from '../ingest.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import type { ServerConfig } from './config.js';
import { defaultWebDir } from './web-assets.js';

export interface ServeOptions {
  db: string;
  port: number;
  /** Default 127.0.0.1: the API is local unless the operator opens it. */
  host?: string;
  config: ServerConfig;
  /** Ingest examples/ when the database holds no article. */
  ingestExamplesIfEmpty?: boolean;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

/** The repository's examples/ folders, found from this module whether run from src/ or dist/. */
export function examplesDirs(): string[] {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const ex = join(dir, 'examples');
    if (existsSync(join(ex, 'wire'))) return ['wire', 'web', 'feeds', 'data'].map((d) => join(ex, d)).filter((d) => existsSync(d));
    dir = resolve(dir, '..');
  }
  return [];
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const store = await openStore(opts.db);
  if (opts.ingestExamplesIfEmpty && (await store.stats()).articles === 0) {
    const dirs = examplesDirs();
    log(`dateline serve: the database is empty; ingesting the examples (${dirs.length} folders)…`);
    const s = await ingest(store, dirs, { onFailure: (input, reason) => log(`  ${input}: ${reason}`) });
    log(`dateline serve: ${s.new} articles stored (${s.failed} failed)`);
  }
  const config = { ...opts.config, webDir: opts.config.webDir ?? defaultWebDir() };
  if (!config.webDir) log('dateline serve: the web app is not built (npm run build:web); serving the API only');
  const app = createApp({ store, config });
  const host = opts.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((ok, fail) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: host }, () => ok(s));
    s.once('error', fail);
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown === '127.0.0.1' ? 'localhost' : shown}:${port}`,
    store,
    close: () => new Promise<void>((ok) => {
      server.close(() => {
        void store.close().then(ok, ok);
      });
      // Keep-alive connections would hold close() open.
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    }),
  };
}

/**
 * The browser-test harness: the web app built once (when web/dist is missing or older than its
 * sources), a server over a fresh database of the examples, and Debian's chromium driven by
 * playwright-core with a fresh profile. Requests leaving localhost are refused and recorded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEFAULTS } from '../../src/server/config.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { ingest } from '../../src/ingest.js';
import { openStore } from '../../src/store/index.js';
import { pronounRecord } from '../store/records.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = join(ROOT, 'test-results', 'screenshots');
export const SAMPLE = join(ROOT, '..', 'shared', 'samples', 'tass-2018-06-14-putin-kim.txt');
export const TOKEN = 'browser-test-token';
const WEB = join(ROOT, 'web');

/** Browser tests run unless chromium is missing AND DATELINE_SKIP_BROWSER=1 says to skip them. */
export function browserAvailability(): { run: boolean; why?: string } {
  if (existsSync(CHROMIUM)) return { run: true };
  if (process.env.DATELINE_SKIP_BROWSER === '1') {
    return { run: false, why: `browser tests skipped: no chromium at ${CHROMIUM} and DATELINE_SKIP_BROWSER=1` };
  }
  return { run: true };
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Build web/dist unless it is newer than every source file. */
export function buildWebIfStale(): void {
  const index = join(WEB, 'dist', 'index.html');
  const sources = Math.max(newest(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs, statSync(join(WEB, 'vite.config.ts')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs > sources) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(WEB, 'vite.config.ts'), '--logLevel', 'warn'],
    { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`web build failed:\n${r.stdout}\n${r.stderr}`);
}

export interface Harness {
  server: RunningServer;
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to send outside localhost (refused). */
  external: string[];
  /** Console errors and uncaught page errors (a CSP violation shows here). */
  errors: string[];
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no chromium at ${CHROMIUM}: install it (apt-get install -y chromium), or set DATELINE_SKIP_BROWSER=1 to skip the browser tests`);
  }
  buildWebIfStale();
  const dir = mkdtempSync(join(tmpdir(), 'dateline-web-'));
  const db = join(dir, 'web.db');
  const store = await openStore(db);
  await ingest(store, [...['wire', 'web', 'feeds', 'data'].map((d) => join(ROOT, 'examples', d)), ...(existsSync(SAMPLE) ? [SAMPLE] : [])]);
  // A made-up story stored as analyzed, whose actor is written "He": the views must show the entity's name.
  await store.putArticle(pronounRecord());
  await store.close();
  const server = await startServer({
    db, port: 0, config: { ...DEFAULTS, apiToken: TOKEN, webDir: join(WEB, 'dist') }, log: () => undefined,
  });
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const external: string[] = [];
  const errors: string[] = [];
  const origin = new URL(server.url);
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === origin.hostname && u.port === origin.port) return route.continue();
    if (u.protocol === 'data:') return route.continue();
    external.push(u.href);
    return route.abort();
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  mkdirSync(SHOTS, { recursive: true });
  return {
    server, context, page, external, errors,
    shot: async (name) => {
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await context.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

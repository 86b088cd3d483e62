/**
 * The built web app (web/dist): its files are served as they are, and every other path that is not
 * the API answers index.html, so that the app's own routes survive a reload.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json',
};

/** web/dist beside the package, whether this runs from src/ (tsx) or dist/ (compiled). */
export function defaultWebDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    dir = resolve(dir, '..');
  }
  return undefined;
}

const MISSING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dateline</title></head>
<body><h1>Dateline</h1><p>The web app is not built: run <code>npm run build:web</code>, then reload.
The API answers at <a href="/docs">/docs</a>.</p></body></html>`;

export function webAssets(webDir: string | undefined): MiddlewareHandler {
  const root = webDir ? resolve(webDir) : undefined;
  // Read on each request (it is small): a rebuilt app is served without restarting the server.
  const index = (): string | undefined => {
    try {
      return root ? readFileSync(join(root, 'index.html'), 'utf8') : undefined;
    } catch {
      return undefined;
    }
  };
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    if (path.startsWith('/api/')) return next();
    const html = index();
    if (!root || !html) return c.html(MISSING, 200);
    const file = normalize(join(root, path));
    if (file.startsWith(root + sep) && extname(file) && TYPES[extname(file)]) {
      try {
        const body = await readFile(file);
        // Vite names built assets by content hash: they never change under the same name.
        const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
        return c.body(body, 200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache });
      } catch {
        return c.json({ error: `no file ${path}` }, 404);
      }
    }
    return c.html(html, 200, { 'Cache-Control': 'no-cache' });
  };
}

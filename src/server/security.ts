/**
 * The guards every request passes: security headers and a Content-Security-Policy, per-client rate
 * limits (429), the API token (401 when none is given, 403 when it is wrong), and the content types
 * a write accepts (415). Body size (413) is hono's bodyLimit, applied in app.ts.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { ServerConfig } from './config.js';
import { RateLimiter } from './rate-limit.js';

/** Only our own scripts, styles and data; no framing, no plugins, no inline script. */
export const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: CSP,
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    strictTransportSecurity: false,
  });
}

export function jsonError(c: Context, status: 400 | 401 | 403 | 404 | 413 | 415 | 429 | 500 | 503, message: string): Response {
  return c.json({ error: message }, status);
}

/** The client's address: the socket's when served by node, 'local' for in-process requests. */
export function clientKey(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

function isWrite(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}

export function rateLimits(config: ServerConfig): MiddlewareHandler {
  const reads = new RateLimiter(config.readRate);
  const writes = new RateLimiter(config.writeRate);
  return async (c, next) => {
    const limiter = isWrite(c.req.method) ? writes : reads;
    const d = limiter.hit(clientKey(c));
    c.header('RateLimit-Remaining', String(d.remaining));
    c.header('RateLimit-Reset', String(d.resetSeconds));
    if (!d.allowed) {
      c.header('Retry-After', String(d.resetSeconds));
      return jsonError(c, 429, `too many requests: try again in ${d.resetSeconds} s`);
    }
    await next();
  };
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/** The token a request presents: `Authorization: Bearer T` or `X-API-Token: T`. */
function presented(c: Context): string | undefined {
  const auth = c.req.header('authorization');
  const m = auth ? /^Bearer\s+(\S+)\s*$/iu.exec(auth) : null;
  if (m?.[1]) return m[1];
  return c.req.header('x-api-token') || undefined;
}

/** Writes always need the token; reads only when read access is closed. */
export function tokenGuard(config: ServerConfig): MiddlewareHandler {
  const expected = config.apiToken ? digest(config.apiToken) : undefined;
  return async (c, next) => {
    const needed = isWrite(c.req.method) || config.readAccess === 'token';
    if (!needed) return next();
    const token = presented(c);
    if (!token) {
      c.header('WWW-Authenticate', 'Bearer realm="dateline"');
      return jsonError(c, 401, 'an API token is required: send "Authorization: Bearer TOKEN"');
    }
    if (!expected) return jsonError(c, 403, 'this server accepts no token: start it with DATELINE_API_TOKEN set');
    if (!timingSafeEqual(digest(token), expected)) return jsonError(c, 403, 'the API token is not valid');
    await next();
  };
}

/** A write must say what it sends, and send one of the types its route reads. */
export function contentTypes(allowed: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (!isWrite(c.req.method)) return next();
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!allowed.includes(type)) {
      return jsonError(c, 415, `unsupported content type "${type || '(none)'}": send ${allowed.join(', ')}`);
    }
    await next();
  };
}

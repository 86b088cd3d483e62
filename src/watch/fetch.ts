/**
 * One careful HTTP GET of a feed: conditional (If-None-Match, If-Modified-Since), with a time budget,
 * a size limit that holds for compressed and chunked bodies, redirects followed by hand (at most five),
 * and every address checked before connecting — the host's DNS answers at each hop, so neither a
 * redirect nor a name resolving to a private address reaches the local network unless allowed.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { addressAllowed, type AllowPrivate } from './address.js';

export interface FeedFetchOptions {
  /** Validators from the last answer: the server answers 304 when nothing changed. */
  etag?: string;
  lastModified?: string;
  /** Whole-request budget in milliseconds (default 30 s). */
  timeoutMs?: number;
  /** Largest body accepted, after decompression (default 50 MB). */
  maxBytes?: number;
  allowPrivate?: AllowPrivate;
  maxRedirects?: number;
  userAgent?: string;
}

export type FeedFetchResult =
  | { status: 'not-modified'; url: string }
  | { status: 'ok'; url: string; body: Buffer; etag?: string; lastModified?: string };

/** A failure worth another try later (network trouble, 5xx, 429), with the server's Retry-After in ms when it sent one. */
export class FetchError extends Error {
  constructor(message: string, readonly retryable: boolean, readonly retryAfterMs?: number) {
    super(message);
    this.name = 'FetchError';
  }
}

const DEFAULT_MAX = 50_000_000;

function mb(n: number): string {
  return `${(n / 1e6).toFixed(1)} MB`;
}

/** A DNS lookup that refuses private addresses: the check and the connection use the same answer. */
function guardedLookup(allow: AllowPrivate | undefined): LookupFunction {
  return ((hostname: string, options: object, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => !addressAllowed(a.address, allow));
      if (bad) {
        return callback(Object.assign(new Error(`${hostname} resolves to ${bad.address}, a private, loopback or link-local address (allow with --allow-private)`), { code: 'EPRIVATE' }), '', 0);
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      return callback(null, first.address, first.family);
    });
  }) as LookupFunction;
}

function retryAfter(v: string | undefined): number | undefined {
  if (!v) return undefined;
  const secs = Number(v);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function decoded(res: http.IncomingMessage): Readable {
  const enc = String(res.headers['content-encoding'] ?? '').toLowerCase();
  if (enc === 'gzip' || enc === 'x-gzip') return res.pipe(createGunzip());
  if (enc === 'deflate') return res.pipe(createInflate());
  if (enc === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

const NET_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up (DNS)',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'host unreachable',
};

/** One request, no redirects followed: the response, or a redirect target. */
function requestOnce(url: URL, opts: FeedFetchOptions, deadline: number): Promise<FeedFetchResult | { redirect: string }> {
  return new Promise((resolveOuter, rejectOuter) => {
    const clock: { timer?: NodeJS.Timeout } = {};
    let timedOut = false;
    let settled = false;
    // The first outcome counts: destroying a stream after a refusal raises further events.
    const resolve = (r: FeedFetchResult | { redirect: string }): void => {
      if (settled) return;
      settled = true;
      clearTimeout(clock.timer);
      resolveOuter(r);
    };
    const reject = (e: FetchError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(clock.timer);
      rejectOuter(timedOut ? new FetchError(`no complete answer within ${(opts.timeoutMs ?? 30_000) / 1000} s`, true) : e);
    };
    const host = url.hostname.replace(/^\[|\]$/gu, '');
    // An address written in the URL never goes through DNS: check it here.
    if (isIP(host) && !addressAllowed(host, opts.allowPrivate)) {
      reject(new FetchError(`${host} is a private, loopback or link-local address (allow with --allow-private)`, false));
      return;
    }
    const headers: Record<string, string> = {
      accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.8, */*;q=0.5',
      'accept-encoding': 'gzip, deflate, br',
      'user-agent': opts.userAgent ?? 'dateline-watch',
    };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    const lib = url.protocol === 'https:' ? https : http;
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      reject(new FetchError(`no answer within ${(opts.timeoutMs ?? 30_000) / 1000} s`, true));
      return;
    }
    const req = lib.request(url, { method: 'GET', headers, lookup: guardedLookup(opts.allowPrivate), timeout: remaining }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304 && res.headers.location) {
        res.resume();
        resolve({ redirect: new URL(res.headers.location, url).href });
        return;
      }
      if (status === 304) {
        res.resume();
        resolve({ status: 'not-modified', url: url.href });
        return;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        const retry = status >= 500 || status === 429 || status === 408;
        reject(new FetchError(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`, retry, retryAfter(res.headers['retry-after'] as string | undefined)));
        return;
      }
      const max = opts.maxBytes ?? DEFAULT_MAX;
      const declared = Number(res.headers['content-length'] ?? NaN);
      if (declared > max) {
        reject(new FetchError(`body is ${mb(declared)}, over the ${mb(max)} limit`, false));
        res.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      let total = 0;
      const body = decoded(res);
      body.on('data', (c: Buffer) => {
        total += c.length;
        if (total > max) {
          reject(new FetchError(`body is over the ${mb(max)} limit`, false));
          res.destroy();
          body.destroy();
          return;
        }
        chunks.push(c);
      });
      body.on('error', (e) => reject(new FetchError(`cannot read the body: ${e.message}`, true)));
      res.on('aborted', () => reject(new FetchError('the connection closed before the end of the body', true)));
      body.on('end', () => {
        const etag = res.headers.etag;
        const lastModified = res.headers['last-modified'];
        resolve({ status: 'ok', url: url.href, body: Buffer.concat(chunks, total), ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) });
      });
    });
    // The budget covers the whole exchange, body included: a server trickling bytes cannot hold us.
    clock.timer = setTimeout(() => {
      timedOut = true;
      req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT_BUDGET' }));
    }, remaining);
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT_BUDGET' })));
    req.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'EPRIVATE') reject(new FetchError(e.message, false));
      else if (e.code === 'ETIMEDOUT_BUDGET') reject(new FetchError(`no answer within ${(opts.timeoutMs ?? 30_000) / 1000} s`, true));
      else reject(new FetchError(`cannot fetch: ${(e.code && NET_REASONS[e.code]) ?? e.message}`, true));
    });
    req.end();
  });
}

/** GET `url` as described above. Rejects with a FetchError naming the reason. */
export async function fetchFeed(url: string, opts: FeedFetchOptions = {}): Promise<FeedFetchResult> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  let current = new URL(url);
  const maxRedirects = opts.maxRedirects ?? 5;
  for (let hop = 0; ; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new FetchError(`will not follow a redirect to ${current.protocol} URLs`, false);
    const r = await requestOnce(current, opts, deadline);
    if (!('redirect' in r)) return r;
    if (hop >= maxRedirects) throw new FetchError(`more than ${maxRedirects} redirects`, false);
    current = new URL(r.redirect);
  }
}

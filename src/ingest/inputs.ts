/**
 * Where ingest gets bytes: files, folders (recursively) and http(s) URLs. Every failure is reported
 * as (input, reason) and never thrown, so one bad input cannot stop a batch.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Input {
  /** A file path or a URL: the name errors and records use. */
  name: string;
  load(): Promise<Uint8Array>;
}

export type ReportFailure = (input: string, reason: string) => void;

export function isUrl(s: string): boolean {
  return /^https?:\/\//iu.test(s);
}

export function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return e instanceof Error ? e.message : String(e);
}

/**
 * Files under `paths`: folders walked in name order, hidden entries skipped, and so are the files in
 * `skip` (absolute paths: the database being written, met while walking the folder that holds it).
 */
export function expandPaths(paths: readonly string[], fail: ReportFailure, skip: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const walk = (p: string, top: boolean): void => {
    if (!top && skip.has(resolve(p))) return;
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as { code?: string }).code;
      // stat follows links; lstat tells a dangling link from a missing name.
      let dangling = false;
      try {
        dangling = code === 'ENOENT' && lstatSync(p).isSymbolicLink();
      } catch {
        // the name itself is missing
      }
      fail(p, dangling ? 'broken symbolic link' : describeFsError(e));
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(p).sort();
      } catch (e) {
        fail(p, describeFsError(e));
        return;
      }
      for (const n of names) if (!n.startsWith('.')) walk(join(p, n), false);
    } else if (st.isFile()) {
      out.push(p);
    } else {
      fail(p, top ? 'not a file or folder' : 'not a regular file (a fifo, socket or device)');
    }
  };
  for (const p of paths) walk(p, true);
  return out;
}

/** Standard input, read to its end. */
export function stdinInput(): Input {
  return {
    name: '<stdin>',
    load: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

export function fileInput(path: string, maxBytes: number): Input {
  return {
    name: path,
    load: async () => {
      const size = statSync(path).size;
      if (size > maxBytes) throw new Error(`file is ${mb(size)}, over the ${mb(maxBytes)} limit (raise it with --max-bytes)`);
      return readFileSync(path);
    },
  };
}

function mb(n: number): string {
  return `${(n / 1e6).toFixed(1)} MB`;
}

export interface FetchOptions {
  /** Whole-request budget in milliseconds (default 30 s). */
  timeoutMs?: number;
  maxBytes: number;
}

/** An http(s) input: fetched with a time budget and a size limit that also holds for chunked bodies. */
export function urlInput(url: string, opts: FetchOptions): Input {
  return { name: url, load: async () => fetchLimited(url, opts) };
}

export async function fetchLimited(url: string, opts: FetchOptions): Promise<Uint8Array> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, {
        signal: controller.signal,
        redirect: 'follow',
        headers: { accept: 'application/rss+xml, application/atom+xml, text/html, text/plain, */*;q=0.5', 'user-agent': 'dateline' },
      });
    } catch (e) {
      throw new Error(controller.signal.aborted ? `no answer within ${timeoutMs / 1000} s` : `cannot fetch: ${causeOf(e)}`);
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > opts.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new Error(`body is ${mb(declared)}, over the ${mb(opts.maxBytes)} limit (raise it with --max-bytes)`);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (res.body) {
      const reader = res.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > opts.maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new Error(`body is over the ${mb(opts.maxBytes)} limit (raise it with --max-bytes)`);
          }
          chunks.push(value);
        }
      } catch (e) {
        if (controller.signal.aborted) throw new Error(`no complete answer within ${timeoutMs / 1000} s`);
        throw e;
      }
    }
    return Buffer.concat(chunks, total);
  } finally {
    clearTimeout(timer);
  }
}

const NET_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused (is the server running?)',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up (DNS)',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'host unreachable',
  CERT_HAS_EXPIRED: 'the server certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server certificate is self-signed',
};

function causeOf(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code;
  if (code && NET_ERRORS[code]) return NET_ERRORS[code];
  return code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
}

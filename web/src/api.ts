/** Talking to the API: same origin, JSON, the token (when the user gave one) from session storage. */

const TOKEN_KEY = 'dateline.token';

export function getToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function setToken(t: string): void {
  if (t) sessionStorage.setItem(TOKEN_KEY, t);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const t = getToken();
  return t ? { ...extra, Authorization: `Bearer ${t}` } : extra;
}

async function answer<T>(r: Response): Promise<T> {
  if (!r.ok) {
    let msg = `${r.status} ${r.statusText}`;
    try {
      msg = ((await r.json()) as { error?: string }).error ?? msg;
    } catch {
      // not JSON: keep the status line
    }
    // Reads closed by the server: say where the token goes.
    if (r.status === 401 || r.status === 403) msg += ' — enter the API token on the Ingest page (kept for this browser session).';
    throw new ApiError(r.status, msg);
  }
  return (await r.json()) as T;
}

/** A query string from the non-empty values. */
export function qs(params: Record<string, string | number | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  return answer<T>(await fetch(`/api${path}${qs(params)}`, { headers: headers() }));
}

export async function post<T>(path: string, body: BodyInit, contentType?: string): Promise<T> {
  return answer<T>(await fetch(`/api${path}`, { method: 'POST', body, headers: headers(contentType ? { 'Content-Type': contentType } : {}) }));
}

/** A download link for an export (the browser follows it; reads are open or the token is not sent). */
export function exportUrl(what: string, format: 'jsonl' | 'csv' | 'plover' | 'gdelt', params: Record<string, string | undefined>): string {
  return `/api/export/${what}${qs({ ...params, format })}`;
}

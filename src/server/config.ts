/** How the server is configured: from options, falling back to the environment. */

export interface RateLimit {
  /** Requests allowed per window per client. */
  requests: number;
  windowMs: number;
}

export interface ServerConfig {
  /** Token that write requests (and reads, when `readAccess` is 'token') must present. Unset: writes are refused. */
  apiToken?: string;
  /** 'open' (default): anyone may read. 'token': reads need the API token too. */
  readAccess: 'open' | 'token';
  /** Largest request body accepted, in bytes (uploads included). */
  maxBodyBytes: number;
  /** Per client: reads (GET) and writes (POST) are counted separately. */
  readRate: RateLimit;
  writeRate: RateLimit;
  /** Directory of the built web app (web/dist); the app is not served when absent. */
  webDir?: string;
  /** Analysis of posted articles; tests inject a cheap one. Default: the full pipeline. */
  analyze?: boolean;
}

export const DEFAULTS: ServerConfig = {
  readAccess: 'open',
  maxBodyBytes: 5_000_000,
  readRate: { requests: 600, windowMs: 60_000 },
  writeRate: { requests: 30, windowMs: 60_000 },
};

function envInt(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const v = env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name}="${v}" is not a positive whole number`);
  return n;
}

/** The configuration from the environment (DATELINE_API_TOKEN, DATELINE_READ_ACCESS, DATELINE_MAX_BODY, DATELINE_RATE_READ, DATELINE_RATE_WRITE) over the defaults. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env, over: Partial<ServerConfig> = {}): ServerConfig {
  const access = env.DATELINE_READ_ACCESS;
  if (access !== undefined && access !== '' && access !== 'open' && access !== 'token') {
    throw new Error(`DATELINE_READ_ACCESS="${access}" must be "open" or "token"`);
  }
  const readPerMin = envInt(env, 'DATELINE_RATE_READ');
  const writePerMin = envInt(env, 'DATELINE_RATE_WRITE');
  const token = env.DATELINE_API_TOKEN;
  return {
    ...DEFAULTS,
    ...(token ? { apiToken: token } : {}),
    ...(access === 'token' ? { readAccess: 'token' as const } : {}),
    maxBodyBytes: envInt(env, 'DATELINE_MAX_BODY') ?? DEFAULTS.maxBodyBytes,
    readRate: readPerMin ? { requests: readPerMin, windowMs: 60_000 } : DEFAULTS.readRate,
    writeRate: writePerMin ? { requests: writePerMin, windowMs: 60_000 } : DEFAULTS.writeRate,
    ...over,
  };
}

/** `dateline serve`: the HTTP API and the web app over a database. */
import { configFromEnv } from '../server/config.js';
import { startServer } from '../server/serve.js';
import { DEFAULT_DB, StoreError } from '../store/index.js';
import { optInt, optString, parseArgs, usageText, type OptionSpec } from './args.js';

const SPEC: Record<string, OptionSpec> = {
  db: { value: true, description: `database file (default ${DEFAULT_DB}; created when missing)` },
  port: { value: true, description: 'port to listen on (default 8080; 0 picks a free one)' },
  host: { value: true, description: 'address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)' },
  'ingest-examples-if-empty': { value: false, description: "ingest the repository's examples/ first when the database is empty" },
  help: { value: false, description: 'show this help' },
};

export const SERVE_USAGE = `${usageText('serve', '[--db PATH] [--port N] [--host ADDR] [--ingest-examples-if-empty]', SPEC)}
  environment: DATELINE_API_TOKEN (needed for writes), DATELINE_READ_ACCESS=open|token,
  DATELINE_MAX_BODY (bytes), DATELINE_RATE_READ and DATELINE_RATE_WRITE (requests per minute per client)`;

export async function serveCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SPEC, 'serve');
  if (args.options.has('help')) {
    process.stdout.write(`${SERVE_USAGE}\n`);
    return 0;
  }
  let config;
  try {
    config = configFromEnv();
  } catch (e) {
    process.stderr.write(`dateline: serve: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  let server;
  try {
    server = await startServer({
      db: optString(args, 'db') ?? DEFAULT_DB,
      port: optInt(args, 'port', 8080),
      host: optString(args, 'host') ?? '127.0.0.1',
      config,
      ingestExamplesIfEmpty: args.options.has('ingest-examples-if-empty'),
    });
  } catch (e) {
    if (e instanceof StoreError || (e as { code?: string }).code === 'EADDRINUSE') {
      process.stderr.write(`dateline: serve: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    throw e;
  }
  process.stdout.write(`Dateline is serving ${server.store.description} at ${server.url} (API docs: ${server.url}/docs)\n`);
  if (!config.apiToken) process.stdout.write('Writes are off: set DATELINE_API_TOKEN to ingest through the API or the web app.\n');
  const running = server;
  await new Promise<void>((done) => {
    const stop = (): void => {
      void running.close().then(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

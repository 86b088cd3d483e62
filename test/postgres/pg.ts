/**
 * The test PostgreSQL server: DATELINE_TEST_PG names it (.ci/run starts a throwaway cluster and sets
 * it). Without it the PostgreSQL tests are skipped on a developer's machine, but never in CI: there a
 * missing server is a failure, not a skip.
 */
import pg from 'pg';

export const PG_URL = process.env.DATELINE_TEST_PG;
export const SKIP_PG = !PG_URL && !process.env.CI;

if (!PG_URL && process.env.CI) throw new Error('CI is set but DATELINE_TEST_PG is not: .ci/run must start PostgreSQL for the tests');

let counter = 0;

/**
 * A fresh, empty database on the test server; returns its URL and a function that drops it. Each test
 * file gets its own, so test files can run in parallel.
 */
export async function freshDatabase(tag: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = new URL(PG_URL!);
  const name = `dl_${tag}_${process.pid}_${++counter}_${Math.floor(Math.random() * 1e6)}`.toLowerCase().replace(/[^a-z0-9_]/gu, '_');
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base.href);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Empty every dateline table (faster than a new database per test). */
export async function truncateAll(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`TRUNCATE articles, article_sources, entities, mentions, times, quotes, events, event_participants, lsh_bands, entity_stats`);
  await c.end();
}

/** Apply the numbered migrations a PostgreSQL database lacks, each in its own transaction. */
import type pg from 'pg';
import { StoreError } from '../store.js';
import { PG_MIGRATIONS, type PgMigration } from './migrations.js';

/** Any constant works: it names the lock every dateline process takes to migrate, whatever its database. */
const MIGRATION_LOCK = 0x646c6d67; // "dlmg"

export async function migrate(client: pg.PoolClient, location: string, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<number[]> {
  const done: number[] = [];
  await client.query('BEGIN');
  try {
    // Workers started together all open the store at once: one of them migrates, the others wait here
    // and then find nothing left to do.
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const known = Math.max(0, ...migrations.map((m) => m.version));
    const newest = Math.max(0, ...applied);
    if (newest > known) {
      throw new StoreError(`${location} has schema version ${newest}, newer than this dateline knows (${known}) — upgrade dateline to open it`);
    }
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(m.version)) continue;
      await client.query(m.sql);
      await m.run?.(client);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
      done.push(m.version);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
  return done;
}

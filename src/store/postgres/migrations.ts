/**
 * The PostgreSQL schema, as numbered migrations (the same tables as SQLite's, in PostgreSQL's terms).
 * Append new ones; never edit one that has shipped: a database records which numbers it has applied
 * in `schema_migrations`.
 *
 * Articles are addressed inside the database by a bigint key (`article` columns), as SQLite's rowid;
 * `articles.id` is the public, text-derived id. Text columns that are compared byte-wise (ids, codes)
 * use the "C" collation so that ordering and prefix ranges do not depend on the server's locale.
 */
import type pg from 'pg';
import type { Migration } from '../sqlite/migrations.js';
import { searchWords, TS_CONFIG } from './ts-query.js';
import { WRITE_LOCK } from './write.js';

export type { Migration } from '../sqlite/migrations.js';

/** A migration whose data work (after its SQL, in the same transaction) needs JavaScript. */
export interface PgMigration extends Omit<Migration, 'run'> {
  run?: (c: pg.PoolClient) => Promise<void>;
}

/** Rebuild every article's search vector from its words (searchWords), a thousand articles per statement. */
async function revectorize(c: pg.PoolClient): Promise<void> {
  await c.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
  for (let after = '0'; ;) {
    const { rows } = await c.query<{ pk: string; headline: string; body: string }>(
      'SELECT pk, headline, substr(text, body_start + 1) AS body FROM articles WHERE pk > $1 ORDER BY pk LIMIT 1000', [after]);
    const last = rows.at(-1);
    if (!last) return;
    await c.query(`UPDATE articles a SET search = setweight(to_tsvector('${TS_CONFIG}', u.head), 'A') || setweight(to_tsvector('${TS_CONFIG}', u.body), 'D')
      FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u(pk, head, body) WHERE a.pk = u.pk`,
    [rows.map((r) => r.pk), rows.map((r) => searchWords(r.headline)), rows.map((r) => searchWords(r.body))]);
    after = last.pk;
  }
}

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'articles, derived records, sources, search vectors, near-duplicate bands',
    sql: `
CREATE TABLE articles (
  pk BIGSERIAL PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  headline TEXT NOT NULL,
  section TEXT,
  published TEXT,
  -- the publication instant in ms since the epoch, for ordering across offsets
  published_ms BIGINT,
  language TEXT,
  dateline_place TEXT,
  dateline_date TEXT,
  dateline_agency TEXT,
  source_format TEXT NOT NULL,
  source_path TEXT,
  source_url TEXT,
  source_id TEXT,
  text TEXT NOT NULL,
  -- where the body starts after the headline, in characters (code points, as substr() counts)
  body_start INTEGER NOT NULL DEFAULT 0,
  -- the whole AnalyzedArticle as JSON text (not jsonb: its field order is kept), "text" left empty
  record TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  -- headline (weight A) and body (weight D), for full-text search
  search TSVECTOR NOT NULL
);
CREATE INDEX articles_published ON articles(published_ms);
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE article_sources (
  article BIGINT NOT NULL REFERENCES articles(pk),
  source_key TEXT NOT NULL,
  variant_id TEXT COLLATE "C" NOT NULL,
  format TEXT NOT NULL,
  path TEXT,
  url TEXT,
  source_id TEXT,
  headline TEXT NOT NULL,
  similarity DOUBLE PRECISION NOT NULL,
  ingested_at TEXT NOT NULL,
  PRIMARY KEY (article, source_key)
);
CREATE INDEX article_sources_variant ON article_sources(variant_id);

CREATE TABLE entities (
  article BIGINT NOT NULL REFERENCES articles(pk),
  idx INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  kb TEXT,
  country TEXT,
  code TEXT,
  role TEXT,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article, idx)
);
CREATE INDEX entities_name ON entities(lower(name));
CREATE INDEX entities_country ON entities(country);

CREATE TABLE mentions (
  article BIGINT NOT NULL REFERENCES articles(pk),
  entity_idx INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  form TEXT,
  resolved BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY (article, entity_idx, idx)
);

CREATE TABLE times (
  article BIGINT NOT NULL REFERENCES articles(pk),
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  inferred BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY (article, idx)
);
CREATE INDEX times_value ON times(value);

CREATE TABLE quotes (
  article BIGINT NOT NULL REFERENCES articles(pk),
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  speaker_entity TEXT,
  speaker TEXT,
  addressee_entity TEXT,
  cue TEXT,
  PRIMARY KEY (article, idx)
);
CREATE INDEX quotes_speaker ON quotes(lower(speaker));

CREATE TABLE events (
  article BIGINT NOT NULL REFERENCES articles(pk),
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  cameo TEXT,
  status TEXT NOT NULL,
  date TEXT,
  day TEXT,
  location TEXT,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  reported BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY (article, idx)
);
CREATE INDEX events_type_day ON events(type, day);
CREATE INDEX events_day ON events(day);

CREATE TABLE event_participants (
  article BIGINT NOT NULL REFERENCES articles(pk),
  event_idx INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
  pos INTEGER NOT NULL,
  entity_id TEXT,
  text TEXT NOT NULL,
  name TEXT,
  code TEXT,
  country TEXT,
  PRIMARY KEY (article, event_idx, role, pos)
);
CREATE INDEX event_participants_country ON event_participants(country);

CREATE TABLE lsh_bands (
  key BIGINT NOT NULL,
  article BIGINT NOT NULL REFERENCES articles(pk),
  PRIMARY KEY (key, article)
);
`,
  },
  {
    version: 2,
    name: 'search folds accents (unaccent) when the server has the extension; participant names indexed',
    sql: `
-- Accents folded in search, as SQLite's FTS5 index does (remove_diacritics 2): "Erdogan" finds
-- "Erdoğan". Debian's postgresql package ships the unaccent extension (a trusted one: the database's
-- owner may create it). Without it (or without the right to create it) search stays as it was, on
-- the plain 'simple' configuration: the EXCEPTION block keeps the failure from aborting the migration.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS unaccent;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'dateline: no unaccent extension (%): search will not fold accents', SQLERRM;
END
$$;

-- The configuration vectors and queries use (src/store/postgres/ts-query.ts TS_CONFIG): 'simple', and
-- with unaccent before it for the token types that can hold accented letters. Every statement is
-- guarded, so running this again changes nothing.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace
                 WHERE c.cfgname = 'dateline' AND n.nspname = current_schema()) THEN
    CREATE TEXT SEARCH CONFIGURATION dateline (COPY = pg_catalog.simple);
  END IF;
  -- Visible: an unaccent installed in a schema outside the search path cannot be named here.
  IF EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'unaccent' AND pg_ts_dict_is_visible(oid)) THEN
    ALTER TEXT SEARCH CONFIGURATION dateline
      ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple;
  END IF;
  -- Vectors stored before this migration were made without folding: migration 5 remakes them all.
END
$$;

-- The actor page finds an actor's events by participant name (SQLite scans; PostgreSQL need not).
CREATE INDEX IF NOT EXISTS event_participants_name ON event_participants(name);
`,
  },
  {
    version: 3,
    name: 'events newest first by index',
    sql: `
-- The event list (server, exports) is newest first: day, then article and index, a page at a time.
-- In this order the first page is an index scan instead of a sort of every event.
CREATE INDEX IF NOT EXISTS events_recent ON events (day DESC NULLS LAST, article DESC, idx);
`,
  },
  {
    version: 4,
    name: 'entity totals per name and type, kept by a trigger as articles are stored',
    sql: `
-- Listing entities by how many articles name them was a GROUP BY over every entity row (about 300 ms
-- at 10,000 articles, growing with the store). These totals, as SQLite's migration 4 keeps them, are
-- kept by a statement trigger on the entity rows: whatever writes them (any version of the writer, in
-- one article or a batch) updates the totals in the same transaction. "C" collation: max() and the
-- listing's order compare bytes, as SQLite does.
CREATE TABLE IF NOT EXISTS entity_stats (
  name TEXT COLLATE "C" NOT NULL,
  type TEXT COLLATE "C" NOT NULL,
  kb TEXT COLLATE "C",
  country TEXT COLLATE "C",
  code TEXT COLLATE "C",
  -- articles naming the entity (each once), and its mentions across them
  articles INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (name, type)
);
CREATE INDEX IF NOT EXISTS entity_stats_rank ON entity_stats (articles DESC, mentions DESC, name);

-- Articles are never removed, so totals only grow. greatest() skips NULLs: a total keeps the largest
-- KB id, country and code seen, as max() over all rows would.
CREATE OR REPLACE FUNCTION dateline_entity_stats() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO entity_stats AS t (name, type, kb, country, code, articles, mentions)
    SELECT f.name, f.type, max(f.kb COLLATE "C"), max(f.country COLLATE "C"), max(f.code COLLATE "C"),
      count(DISTINCT f.article), sum(f.mentions)
    FROM fresh f GROUP BY f.name, f.type
  ON CONFLICT (name, type) DO UPDATE SET
    articles = t.articles + excluded.articles,
    mentions = t.mentions + excluded.mentions,
    kb = greatest(t.kb, excluded.kb),
    country = greatest(t.country, excluded.country),
    code = greatest(t.code, excluded.code);
  RETURN NULL;
END
$fn$;
DROP TRIGGER IF EXISTS entity_stats_add ON entities;
CREATE TRIGGER entity_stats_add AFTER INSERT ON entities REFERENCING NEW TABLE AS fresh
  FOR EACH STATEMENT EXECUTE FUNCTION dateline_entity_stats();

-- Totals for the articles already stored, under the writers' lock (WRITE_LOCK) so that no article is stored between the rebuild and the trigger. Rebuilt, not added
-- to: applying this again gives the same totals.
SELECT pg_advisory_xact_lock(${WRITE_LOCK});
DELETE FROM entity_stats;
INSERT INTO entity_stats (name, type, kb, country, code, articles, mentions)
  SELECT name, type, max(kb COLLATE "C"), max(country COLLATE "C"), max(code COLLATE "C"), count(DISTINCT article), sum(mentions)
  FROM entities GROUP BY name, type;
`,
  },
  {
    version: 5,
    name: 'search vectors from words only, as FTS5 reads text',
    sql: `
-- The vectors are now made from the text's runs of letters and digits (src/store/postgres/ts-query.ts
-- searchWords): "U.S." is the words "u" "s", as in the SQLite store. The stored ones are rebuilt by
-- the migration's run step.
SELECT 1;
`,
    run: revectorize,
  },
];

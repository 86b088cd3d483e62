/**
 * The PostgreSQL schema, as numbered migrations (the same tables as SQLite's, in PostgreSQL's terms).
 * Append new ones; never edit one that has shipped: a database records which numbers it has applied
 * in `schema_migrations`.
 *
 * Articles are addressed inside the database by a bigint key (`article` columns), as SQLite's rowid;
 * `articles.id` is the public, text-derived id. Text columns that are compared byte-wise (ids, codes)
 * use the "C" collation so that ordering and prefix ranges do not depend on the server's locale.
 */
import type { Migration } from '../sqlite/migrations.js';

export type { Migration } from '../sqlite/migrations.js';

export const PG_MIGRATIONS: readonly Migration[] = [
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
  IF EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'unaccent') THEN
    ALTER TEXT SEARCH CONFIGURATION dateline
      ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple;
    -- Vectors stored before this migration were made without folding.
    UPDATE articles SET search = setweight(to_tsvector('dateline', headline), 'A')
      || setweight(to_tsvector('dateline', substr(text, body_start + 1)), 'D');
  END IF;
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
];

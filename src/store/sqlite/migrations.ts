/**
 * The SQLite schema, as numbered migrations. Append new ones; never edit one that has shipped (a
 * database records which numbers it has applied in `schema_migrations`).
 *
 * Articles are addressed inside the database by their integer rowid (`article` columns), which keeps
 * the derived tables and indexes small; `articles.id` is the public, text-derived id.
 */
import type Database from 'better-sqlite3';
import { clusterStoredEvents } from './event-clusters.js';
import { rebuildEntityStats } from './entity-stats.js';
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Data work after the schema change, in the same transaction (filling a new table from stored records). */
  run?: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, derived records, sources, search index, near-duplicate bands',
    sql: `
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  headline TEXT NOT NULL,
  section TEXT,
  published TEXT,
  -- the publication instant in ms since the epoch, for ordering across offsets
  published_ms INTEGER,
  language TEXT,
  dateline_place TEXT,
  dateline_date TEXT,
  dateline_agency TEXT,
  source_format TEXT NOT NULL,
  source_path TEXT,
  source_url TEXT,
  source_id TEXT,
  text TEXT NOT NULL,
  -- where the body starts after the headline, in characters (code points, as SQLite's substr counts)
  body_start INTEGER NOT NULL DEFAULT 0,
  -- the whole AnalyzedArticle as JSON, with "text" left empty (it is kept once, in the column above)
  record TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published_ms);

-- Every place a story was found: the first copy, identical copies, near-duplicates.
CREATE TABLE article_sources (
  article INTEGER NOT NULL REFERENCES articles(rowid),
  source_key TEXT NOT NULL,
  variant_id TEXT NOT NULL,
  format TEXT NOT NULL,
  path TEXT,
  url TEXT,
  source_id TEXT,
  headline TEXT NOT NULL,
  similarity REAL NOT NULL,
  ingested_at TEXT NOT NULL,
  PRIMARY KEY (article, source_key)
) WITHOUT ROWID;
CREATE INDEX article_sources_variant ON article_sources(variant_id);

CREATE TABLE entities (
  article INTEGER NOT NULL REFERENCES articles(rowid),
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
) WITHOUT ROWID;
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX entities_country ON entities(country);

CREATE TABLE mentions (
  article INTEGER NOT NULL REFERENCES articles(rowid),
  entity_idx INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  form TEXT,
  resolved INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article, entity_idx, idx)
) WITHOUT ROWID;

CREATE TABLE times (
  article INTEGER NOT NULL REFERENCES articles(rowid),
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  inferred INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;
CREATE INDEX times_value ON times(value);

CREATE TABLE quotes (
  article INTEGER NOT NULL REFERENCES articles(rowid),
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  speaker_entity TEXT,
  -- the speaker's entity name when resolved, otherwise the text naming the speaker
  speaker TEXT,
  addressee_entity TEXT,
  cue TEXT,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);

CREATE TABLE events (
  article INTEGER NOT NULL REFERENCES articles(rowid),
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  cameo TEXT,
  status TEXT NOT NULL,
  date TEXT,
  -- YYYY-MM-DD used for time ranges: the event's own date when complete, else the article's
  day TEXT,
  location TEXT,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  reported INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;
CREATE INDEX events_type_day ON events(type, day);
CREATE INDEX events_day ON events(day);

CREATE TABLE event_participants (
  article INTEGER NOT NULL REFERENCES articles(rowid),
  event_idx INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
  pos INTEGER NOT NULL,
  entity_id TEXT,
  text TEXT NOT NULL,
  name TEXT,
  code TEXT,
  country TEXT,
  PRIMARY KEY (article, event_idx, role, pos)
) WITHOUT ROWID;
CREATE INDEX event_participants_country ON event_participants(country);

-- LSH bands of each stored article's MinHash signature (src/store/minhash.ts); a key hashes the
-- band's number with its values, so one column serves all bands.
CREATE TABLE lsh_bands (
  key INTEGER NOT NULL,
  article INTEGER NOT NULL REFERENCES articles(rowid),
  PRIMARY KEY (key, article)
) WITHOUT ROWID;

-- Full-text index over headline and body (external content: the text is stored once, in articles;
-- the view gives the index the body without the headline, so a headline match is counted once and
-- snippets come from the body).
CREATE VIEW articles_fts_content AS
  SELECT rowid AS article, headline, substr(text, body_start + 1) AS body FROM articles;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  headline, body,
  content='articles_fts_content', content_rowid='article',
  tokenize='unicode61 remove_diacritics 2'
);
-- Each article is its own transaction, so FTS5 writes one small segment per article; merging
-- segments in larger groups (16 rather than 4) is most of the difference between ~1,300 and
-- ~3,500 articles/s, at the price of a few more segments to read per query.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);
`,
  },
  {
    version: 2,
    name: 'event clusters: one event, many reports',
    sql: `
-- One real-world event, however many articles report it (src/store/events-merge.ts says when two
-- reports are one event). The cluster keeps what new reports are matched on: its lookup key (type,
-- status family, participants), its date and the days that date covers, and its place.
CREATE TABLE event_clusters (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  date TEXT,
  day_lo TEXT,
  day_hi TEXT,
  inferred INTEGER NOT NULL DEFAULT 0,
  location TEXT
);
CREATE INDEX event_clusters_key ON event_clusters(key, day_lo);

-- Each stored event's cluster, and why it joined it ('first report', 'same date', ...).
CREATE TABLE event_cluster_members (
  article INTEGER NOT NULL REFERENCES articles(rowid),
  event_idx INTEGER NOT NULL,
  cluster INTEGER NOT NULL REFERENCES event_clusters(id),
  why TEXT NOT NULL,
  PRIMARY KEY (article, event_idx)
) WITHOUT ROWID;
CREATE INDEX event_cluster_members_cluster ON event_cluster_members(cluster, article);
`,
  },
  {
    version: 3,
    name: 'event clusters matched by CAMEO codes for reports that name no one',
    sql: `
-- The cluster's participants by CAMEO code, and whether none of its reports names them: a report
-- naming no one ("the two defence ministers met") joins a cluster by codes (src/store/events-merge.ts).
ALTER TABLE event_clusters ADD COLUMN codes TEXT;
ALTER TABLE event_clusters ADD COLUMN vague INTEGER NOT NULL DEFAULT 0;
CREATE INDEX event_clusters_codes ON event_clusters(codes, day_lo);
`,
    // Events stored before clusters existed are clustered now, in ingest order, as if ingested today.
    run: clusterStoredEvents,
  },
  {
    version: 4,
    name: 'entity totals per name and type, kept as articles are stored',
    sql: `
-- Listing entities by how many articles name them was a GROUP BY over every entity row (about 80 ms
-- at 10,000 articles, growing with the store). These totals are kept by the article write instead
-- (src/store/sqlite/entity-stats.ts), so the top of the list is an index scan. IF NOT EXISTS: the
-- backfill below rebuilds the totals, so applying the migration again is harmless.
CREATE TABLE IF NOT EXISTS entity_stats (
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  kb TEXT,
  country TEXT,
  code TEXT,
  -- articles naming the entity (each once), and its mentions across them
  articles INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (name, type)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_stats_rank ON entity_stats(articles DESC, mentions DESC, name);
-- The code filter reads entity rows (it counts only the rows with that code): index it as country is.
CREATE INDEX IF NOT EXISTS entities_code ON entities(code);
`,
    // Totals for the articles already stored.
    run: rebuildEntityStats,
  },
];

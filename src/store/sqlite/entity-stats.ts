/**
 * Entity totals (`entity_stats`, migration 4): per name and type, the articles naming the entity and
 * its mentions, with the largest KB id, country and code seen — what the entity listing shows, kept
 * as each article is stored instead of grouped from every entity row on each request. Articles are
 * never removed from the store, so totals only grow.
 */
import type Database from 'better-sqlite3';

/** The totals of the entity rows of one article, or of all articles, grouped as the listing groups them. */
const TOTALS = `SELECT name, type, max(kb), max(country), max(code), count(DISTINCT article), sum(mentions)
  FROM entities`;

/** Recompute every total from the entity rows (the migration's backfill; safe to run again). */
export function rebuildEntityStats(db: Database.Database): void {
  db.exec(`DELETE FROM entity_stats;
    INSERT INTO entity_stats (name, type, kb, country, code, articles, mentions) ${TOTALS} GROUP BY name, type;`);
}

/** Adds a stored article's entities to the totals, inside the article's transaction. */
export class EntityStatsWriter {
  private readonly add: Database.Statement;

  constructor(db: Database.Database) {
    // Grouped in SQL, so an article naming the same entity twice counts once, and max() compares
    // text as the backfill does. Scalar max() is NULL when either side is NULL: coalesce keeps the other.
    this.add = db.prepare(`INSERT INTO entity_stats (name, type, kb, country, code, articles, mentions)
      ${TOTALS} WHERE article = ? GROUP BY name, type
      ON CONFLICT (name, type) DO UPDATE SET
        articles = articles + excluded.articles,
        mentions = mentions + excluded.mentions,
        kb = coalesce(max(kb, excluded.kb), kb, excluded.kb),
        country = coalesce(max(country, excluded.country), country, excluded.country),
        code = coalesce(max(code, excluded.code), code, excluded.code)`);
  }

  /** Count the entity rows already written for `article`. */
  addArticle(article: number): void {
    this.add.run(article);
  }
}

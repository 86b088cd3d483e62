/**
 * Assigning each stored event to its event cluster, inside the article's transaction: the stored
 * clusters with the same lookup key whose days may overlap are candidates; the first that agrees
 * (src/store/events-merge.ts) takes the event, and is refined by it; otherwise a new cluster is made.
 */
import type Database from 'better-sqlite3';
import type { AnalyzedArticle, PoliticalEvent } from '../../model.js';
import { agreement, refine, searchWindow, signature, type ClusterSignature } from '../events-merge.js';

interface ClusterRow {
  id: number;
  key: string;
  codes: string | null;
  vague: number;
  date: string | null;
  day_lo: string | null;
  day_hi: string | null;
  inferred: number;
  location: string | null;
}

function fromRow(r: ClusterRow): ClusterSignature {
  const sig: ClusterSignature = { key: r.key };
  if (r.codes !== null) sig.codes = r.codes;
  if (r.vague === 1) sig.vague = true;
  if (r.date !== null) sig.date = r.date;
  if (r.day_lo !== null && r.day_hi !== null) sig.range = { lo: r.day_lo, hi: r.day_hi, inferred: r.inferred === 1 };
  if (r.location !== null) sig.location = r.location;
  return sig;
}

const n = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export class ClusterWriter {
  private readonly dated: Database.Statement;
  private readonly byCodes: Database.Statement;
  private readonly insCluster: Database.Statement;
  private readonly updCluster: Database.Statement;
  private readonly insMember: Database.Statement;

  /** `step` is the writer's fault-injection hook, called before every statement. */
  constructor(db: Database.Database, private readonly step: () => void) {
    // Oldest first, so a report joins the cluster that the first report of the event made.
    // A cluster covers at most a year (a date stated as a year), so its first day is within a year
    // before the window: that bound keeps the index scan to the key's last year, not its whole history.
    const columns = 'id, key, codes, vague, date, day_lo, day_hi, inferred, location';
    this.dated = db.prepare(`SELECT ${columns} FROM event_clusters
      WHERE key = ? AND day_lo BETWEEN date(?, '-366 days') AND ? AND day_hi >= ? ORDER BY id`);
    // By codes: any cluster for a report naming no one, only a cluster naming no one for the others.
    this.byCodes = db.prepare(`SELECT ${columns} FROM event_clusters
      WHERE codes = ? AND day_lo BETWEEN date(?, '-366 days') AND ? AND day_hi >= ? AND (vague = 1 OR ? = 1) ORDER BY id`);
    this.insCluster = db.prepare(`INSERT INTO event_clusters (key, codes, vague, date, day_lo, day_hi, inferred, location)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.updCluster = db.prepare(`UPDATE event_clusters SET key = ?, vague = ?, date = ?, day_lo = ?, day_hi = ?, inferred = ?, location = ?
      WHERE id = ?`);
    this.insMember = db.prepare('INSERT INTO event_cluster_members (article, event_idx, cluster, why) VALUES (?, ?, ?, ?)');
  }

  assign(rowid: number, idx: number, event: PoliticalEvent, record: AnalyzedArticle): number {
    const sig = signature(event, record);
    if (sig?.range) {
      this.step();
      const window = searchWindow(sig.range);
      const rows = this.dated.all(sig.key, window.lo, window.hi, window.lo) as ClusterRow[];
      if (sig.codes !== undefined) {
        this.step();
        const seen = new Set(rows.map((r) => r.id));
        const more = this.byCodes.all(sig.codes, window.lo, window.hi, window.lo, sig.vague ? 1 : 0) as ClusterRow[];
        rows.push(...more.filter((r) => !seen.has(r.id)));
      }
      for (const row of rows) {
        const stored = fromRow(row);
        const why = agreement(stored, sig);
        if (!why) continue;
        const next = refine(stored, sig);
        if (next.date !== stored.date || next.location !== stored.location || next.range?.inferred !== stored.range?.inferred ||
          next.key !== stored.key) {
          this.step();
          this.updCluster.run(next.key, next.vague ? 1 : 0, n(next.date), n(next.range?.lo), n(next.range?.hi), next.range?.inferred ? 1 : 0,
            n(next.location), row.id);
        }
        this.step();
        this.insMember.run(rowid, idx, row.id, why);
        return row.id;
      }
    }
    // No participants or no date (never merged), or no agreeing cluster: a new event. An event without
    // participants gets a key of its own; an undated cluster is never a candidate (day_lo is NULL).
    this.step();
    const key = sig?.key ?? `-|${rowid}|${idx}`;
    const info = this.insCluster.run(key, n(sig?.codes), sig?.vague ? 1 : 0, n(sig?.date), n(sig?.range?.lo), n(sig?.range?.hi), sig?.range?.inferred ? 1 : 0, n(sig?.location));
    const id = Number(info.lastInsertRowid);
    this.step();
    this.insMember.run(rowid, idx, id, 'first report');
    return id;
  }
}

/** Cluster every stored event that has no cluster yet, oldest article first (migration 2 on an older database). */
export function clusterStoredEvents(db: Database.Database): void {
  const writer = new ClusterWriter(db, () => undefined);
  const unclustered = db.prepare(`SELECT DISTINCT v.article FROM events v WHERE NOT EXISTS
    (SELECT 1 FROM event_cluster_members m WHERE m.article = v.article AND m.event_idx = v.idx) ORDER BY v.article`).pluck();
  const recordOf = db.prepare('SELECT record FROM articles WHERE rowid = ?').pluck();
  const has = db.prepare('SELECT 1 FROM event_cluster_members WHERE article = ? AND event_idx = ?');
  for (const rowid of unclustered.all() as number[]) {
    const record = JSON.parse(recordOf.get(rowid) as string) as AnalyzedArticle;
    record.events.forEach((e, i) => {
      if (!has.get(rowid, i)) writer.assign(rowid, i, e, record);
    });
  }
}

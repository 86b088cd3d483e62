/**
 * The rows of new articles, gathered column by column, and the one statement that inserts them all:
 * the articles (with their search vectors), their first sources, entities, mentions, times, quotes,
 * events, participants and LSH bands. Data-modifying CTEs over unnest()ed arrays join the derived rows
 * to the articles by id, so a batch of any size costs one round trip.
 */
import type { AnalyzedArticle, SourceInfo } from '../../model.js';
import { BANDS, type Fingerprint } from '../minhash.js';
import { bodyStartOf, recordJson, sourceKey } from '../sqlite/write.js';
import { FULL_DATE, publishedDay, publishedMs } from '../published.js';
import { searchWords, TS_CONFIG } from './ts-query.js';

type Col = [name: string, type: string];

/** Each table: its columns after `article`, with the PostgreSQL array type of each parameter. */
const TABLES: Record<string, { table: string; cols: Col[] }> = {
  entities: { table: 'entities', cols: [['idx', 'int'], ['entity_id', 'text'], ['type', 'text'], ['name', 'text'], ['kb', 'text'], ['country', 'text'], ['code', 'text'], ['role', 'text'], ['mentions', 'int']] },
  mentions: { table: 'mentions', cols: [['entity_idx', 'int'], ['idx', 'int'], ['start', 'int'], ['"end"', 'int'], ['form', 'text'], ['resolved', 'bool']] },
  times: { table: 'times', cols: [['idx', 'int'], ['start', 'int'], ['"end"', 'int'], ['type', 'text'], ['value', 'text'], ['inferred', 'bool']] },
  quotes: { table: 'quotes', cols: [['idx', 'int'], ['start', 'int'], ['"end"', 'int'], ['kind', 'text'], ['text', 'text'], ['speaker_entity', 'text'], ['speaker', 'text'], ['addressee_entity', 'text'], ['cue', 'text']] },
  events: { table: 'events', cols: [['idx', 'int'], ['type', 'text'], ['mode', 'text'], ['cameo', 'text'], ['status', 'text'], ['date', 'text'], ['day', 'text'], ['location', 'text'], ['evidence_start', 'int'], ['evidence_end', 'int'], ['evidence', 'text'], ['reported', 'bool']] },
  participants: { table: 'event_participants', cols: [['event_idx', 'int'], ['role', 'text'], ['pos', 'int'], ['entity_id', 'text'], ['text', 'text'], ['name', 'text'], ['code', 'text'], ['country', 'text']] },
  bands: { table: 'lsh_bands', cols: [['key', 'bigint']] },
};

const ARTICLE_COLS: Col[] = [
  ['id', 'text'], ['headline', 'text'], ['section', 'text'], ['published', 'text'], ['published_ms', 'bigint'], ['language', 'text'],
  ['dateline_place', 'text'], ['dateline_date', 'text'], ['dateline_agency', 'text'], ['source_format', 'text'], ['source_path', 'text'],
  ['source_url', 'text'], ['source_id', 'text'], ['text', 'text'], ['body_start', 'int'], ['record', 'text'], ['ingested_at', 'text'],
];
/** Columns of the unnest that are not stored as such: the body and headline words for the search vector (searchWords), and the first source. */
const EXTRA_COLS: Col[] = [['body', 'text'], ['s_key', 'text'], ['s_format', 'text'], ['s_path', 'text'], ['s_url', 'text'], ['s_id', 'text'], ['head', 'text']];

/** The statement, built once from the table list (the parameter numbers follow the same order as `values()`). */
function buildSql(): string {
  let p = 0;
  const arrays = (cols: Col[]): string => cols.map(([, t]) => `$${++p}::${t}[]`).join(', ');
  const names = (cols: Col[], prefix = ''): string => cols.map(([c]) => `${prefix}${c}`).join(', ');
  const articleCols = [...ARTICLE_COLS, ...EXTRA_COLS];
  const parts = [`WITH a AS (
  INSERT INTO articles (${ARTICLE_COLS.map(([c]) => c).join(', ')}, search)
  SELECT ${names(ARTICLE_COLS, 'u.')},
    setweight(to_tsvector('${TS_CONFIG}', u.head), 'A') || setweight(to_tsvector('${TS_CONFIG}', u.body), 'D')
  FROM unnest(${arrays(articleCols)}) AS u(${names(articleCols)})
  ON CONFLICT (id) DO NOTHING
  RETURNING pk, id
), s AS (
  INSERT INTO article_sources (article, source_key, variant_id, format, path, url, source_id, headline, similarity, ingested_at)
  SELECT a.pk, u.s_key, a.id, u.s_format, u.s_path, u.s_url, u.s_id, u.headline, 1, u.ingested_at
  FROM a JOIN unnest($1::text[], $2::text[], $17::text[], $19::text[], $20::text[], $21::text[], $22::text[], $23::text[])
    AS u(id, headline, ingested_at, s_key, s_format, s_path, s_url, s_id) ON u.id = a.id
)`];
  for (const [alias, spec] of Object.entries(TABLES)) {
    const cols: Col[] = [['article_id', 'text'], ...spec.cols];
    const conflict = alias === 'bands' ? ' ON CONFLICT DO NOTHING' : '';
    parts.push(`, ${alias} AS (
  INSERT INTO ${spec.table} (article, ${spec.cols.map(([c]) => c).join(', ')})
  SELECT a.pk, ${names(spec.cols, 'u.')} FROM a JOIN unnest(${arrays(cols)}) AS u(${names(cols)}) ON u.article_id = a.id${conflict}
)`);
  }
  parts.push('\nSELECT pk, id FROM a');
  return parts.join('');
}

export const INSERT_NEW = buildSql();

const n = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** Code points in `s`: PostgreSQL's substr() counts characters, JavaScript offsets count UTF-16 units. */
function codePoints(s: string): number {
  let count = 0;
  for (const _ of s) count++;
  return count;
}

/** New articles' rows, column by column, ready to be the parameters of INSERT_NEW. */
export class NewRows {
  private readonly article: unknown[][] = [...ARTICLE_COLS, ...EXTRA_COLS].map(() => []);
  private readonly derived: Record<string, unknown[][]> = Object.fromEntries(
    Object.entries(TABLES).map(([k, spec]) => [k, [[], ...spec.cols.map(() => [])]]),
  );
  count = 0;

  /**
   * Add one article. Every row is computed before anything is added, so a record that cannot be
   * written (a missing span, say) throws here and leaves the batch as it was.
   */
  add(r: AnalyzedArticle, first: SourceInfo, at: string, fp: Fingerprint): void {
    const bodyStart = bodyStartOf(r);
    // Across articles an entity is grouped and shown by its KB name, however this article spells it.
    const names = new Map(r.entities.map((e) => [e.id, e.kbName ?? e.name]));
    const pubDay = publishedDay(r.published);
    const rows: Record<string, unknown[][]> = {
      entities: r.entities.map((e, i) => [i, e.id, e.type, e.kbName ?? e.name, n(e.kb), n(e.country), n(e.code), n(e.role), e.mentions.length]),
      mentions: r.entities.flatMap((e, i) => e.mentions.map((m, j) => [i, j, m.start, m.end, n(m.form), m.resolved === true])),
      times: r.times.map((t, i) => [i, t.start, t.end, t.type, t.value, t.inferred === true]),
      quotes: r.quotes.map((q, i) => [i, q.start, q.end, q.kind, q.text, n(q.speaker),
        n((q.speaker ? names.get(q.speaker) : undefined) ?? q.speakerText), n(q.addressee), n(q.cue)]),
      events: r.events.map((e, i) => [i, e.type, n(e.mode), n(e.cameo), e.status, n(e.date),
        e.date && FULL_DATE.test(e.date) ? e.date : pubDay, n(e.location), e.evidence.start, e.evidence.end, e.evidence.text, e.reported === true]),
      participants: r.events.flatMap((ev, i) => [
        ...ev.actor.map((p, pos) => [i, 'actor', pos, n(p.entity), p.text, n(p.entity ? names.get(p.entity) : undefined), n(p.code), n(p.country)]),
        ...ev.recipient.map((p, pos) => [i, 'recipient', pos, n(p.entity), p.text, n(p.entity ? names.get(p.entity) : undefined), n(p.code), n(p.country)]),
      ]),
      bands: (fp.bands.length === BANDS ? fp.bands : []).map((k) => [k]),
    };
    const src = r.source;
    const article = [
      r.id, r.headline, n(r.section), n(r.published), publishedMs(r.published), n(r.language),
      n(r.dateline?.place), n(r.dateline?.date), n(r.dateline?.agency), src.format, n(src.path), n(src.url), n(src.sourceId),
      r.text, codePoints(r.text.slice(0, bodyStart)), recordJson(r), at,
      searchWords(r.text.slice(bodyStart)), sourceKey(first), first.format, n(first.path), n(first.url), n(first.sourceId),
      searchWords(r.headline),
    ];
    article.forEach((v, i) => this.article[i]!.push(v));
    for (const [k, list] of Object.entries(rows)) {
      const cols = this.derived[k]!;
      for (const row of list) {
        cols[0]!.push(r.id);
        row.forEach((v, i) => cols[i + 1]!.push(v));
      }
    }
    this.count++;
  }

  values(): unknown[] {
    return [...this.article, ...Object.keys(TABLES).flatMap((k) => this.derived[k]!)];
  }
}

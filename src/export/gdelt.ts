/**
 * GDELT 2.0 event-table rows: the 61 columns in GDELT's order, tab-separated, filling those an
 * analyzed article can (dates, actor codes, names and countries, CAMEO codes, quad class, Goldstein
 * scale, action geography, source URL) and leaving the rest empty, as GDELT does for unknowns.
 */
import type { AnalyzedArticle, Participant, PoliticalEvent } from '../model.js';
import { goldstein, quadClass } from './goldstein.js';
import type { Counts } from './merged.js';

export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code',
  'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code',
  'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions',
  'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL',
] as const;

export type GdeltRow = Record<(typeof GDELT_COLUMNS)[number], string>;

/** A GDELT-style numeric id from the article id and the event's index: stable across runs. */
export function gdeltId(articleId: string, index: number): string {
  let h = 0;
  for (const ch of articleId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return String(h * 1000 + (index % 1000));
}

/** The event's day as YYYYMMDD: its own full date, else the article's publication day. */
function day(e: PoliticalEvent, record: AnalyzedArticle): string {
  const d = e.date && /^\d{4}-\d{2}-\d{2}/.test(e.date) ? e.date : record.published?.slice(0, 10) ?? '';
  return d.replace(/-/g, '').slice(0, 8);
}

function fraction(yyyymmdd: string): string {
  if (yyyymmdd.length !== 8) return '';
  const y = Number(yyyymmdd.slice(0, 4));
  const start = Date.UTC(y, 0, 1);
  const at = Date.UTC(y, Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8)));
  return (y + (at - start) / (365 * 86_400_000)).toFixed(4);
}

function actorCols(p: Participant | undefined, record: AnalyzedArticle): [string, string, string, string] {
  if (!p) return ['', '', '', ''];
  const e = p.entity ? record.entities.find((x) => x.id === p.entity) : undefined;
  const code = p.code ?? e?.code ?? '';
  const country = p.country ?? e?.country ?? (/^[A-Z]{3}/.test(code) ? code.slice(0, 3) : '');
  const type1 = code.length >= 6 ? code.slice(3, 6) : '';
  return [code, (e?.name ?? p.text).toUpperCase(), country, type1];
}

function clean(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

/**
 * One row per (first actor, first recipient) of each event; `dateAdded` is the export time (YYYYMMDDhhmmss).
 * `counts` are the event's NumMentions/NumArticles/NumSources; a bare number is one report in one
 * article found that many times.
 */
export function toGdeltRow(record: AnalyzedArticle, e: PoliticalEvent, index: number, dateAdded: string, counts: number | Counts = 1): GdeltRow {
  const n = typeof counts === 'number' ? { mentions: 1, articles: counts, sources: counts } : counts;
  const d = day(e, record);
  const [a1, a1n, a1c, a1t] = actorCols(e.actor[0], record);
  const [a2, a2n, a2c, a2t] = actorCols(e.recipient[0], record);
  const cameo = e.cameo ?? '';
  const loc = e.location ? record.entities.find((x) => x.id === e.location) : undefined;
  const row = Object.fromEntries(GDELT_COLUMNS.map((c) => [c, ''])) as GdeltRow;
  Object.assign(row, {
    GlobalEventID: gdeltId(record.id, index), Day: d, MonthYear: d.slice(0, 6), Year: d.slice(0, 4), FractionDate: fraction(d),
    Actor1Code: a1, Actor1Name: clean(a1n), Actor1CountryCode: a1c, Actor1Type1Code: a1t,
    Actor2Code: a2, Actor2Name: clean(a2n), Actor2CountryCode: a2c, Actor2Type1Code: a2t,
    IsRootEvent: index === 0 ? '1' : '0', EventCode: cameo, EventBaseCode: cameo.slice(0, 3), EventRootCode: cameo.slice(0, 2),
    QuadClass: String(quadClass(cameo) ?? ''), GoldsteinScale: String(goldstein(cameo) ?? ''),
    NumMentions: String(n.mentions), NumSources: String(n.sources), NumArticles: String(n.articles),
    DATEADDED: dateAdded, SOURCEURL: record.source.url ?? record.source.path ?? '',
  });
  if (loc) {
    row.ActionGeo_Type = loc.code !== undefined && loc.code === loc.country ? '1' : '4';
    row.ActionGeo_FullName = clean(loc.name);
    row.ActionGeo_CountryCode = loc.country ?? '';
  }
  return row;
}

export function gdeltLine(row: GdeltRow): string {
  return GDELT_COLUMNS.map((c) => row[c]).join('\t');
}

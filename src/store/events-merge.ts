/**
 * One event, many reports: what makes two coded events (from different articles, or from the headline
 * and body of one) the same real-world event. Pure functions; each store keeps clusters with them.
 *
 * Two events are merged when they have
 * - the same PLOVER type;
 * - the same participants, order-free: actors with actors and recipients with recipients, except for
 *   symmetric types (CONSULT, COOPERATE), where "X met Y", "Y met X" and "X and Y met" are one event;
 * - compatible statuses (occurred, planned and possible are one family: "will meet on Tuesday" and
 *   "met on Tuesday" are the same meeting; negated and demanded events merge only with their kind);
 * - compatible dates: stated dates that overlap (equal, or one more precise than the other and inside
 *   it: "June 2025" holds "2025-06-03"); a date inferred from the reporting day within one day of the
 *   other's (a stated day or week; a stated month or year is too vague to agree with a report day); two meetings a week apart do not overlap and stay two events;
 * - compatible places: the same place, or no place on one side.
 * An event without participants, or without any date (neither its own nor its article's), is never
 * merged: nothing would tell two such reports apart from two different events.
 *
 * Participants are compared by identity: the knowledge-base id, else the entity's name, else the
 * CAMEO code, else the text. A report that names no participant ("Japanese, Australian defence
 * ministers meet") is matched by CAMEO codes instead (JPNGOV, AUSGOV), to a report that names them. (`src/analyze/events/key.ts` joins all this into one exact string with the
 * day; merging needs the parts apart, to compare dates by range, so the same identities are rebuilt here.)
 */
import type { AnalyzedArticle, EventStatus, Participant, PloverType, PoliticalEvent } from '../model.js';

/** Types whose actor/recipient split is an accident of the sentence ("X met Y" = "Y met X"). */
export const SYMMETRIC_TYPES: ReadonlySet<PloverType> = new Set<PloverType>(['CONSULT', 'COOPERATE']);

/** The days an event may have happened on, inclusive YYYY-MM-DD, and whether the date was only inferred. */
export interface DayRange {
  lo: string;
  hi: string;
  inferred: boolean;
}

/** What a cluster is matched on besides its lookup key (type, parties, status family). */
export interface ClusterSignature {
  /** The lookup key: type, status family and participants. */
  key: string;
  /** The same with participants by CAMEO code: how a report naming no one ("the two ministers met") is matched. */
  codes?: string;
  /** True when no participant is a named entity: the report is matched by `codes`. */
  vague?: boolean;
  /** The TIMEX value the event is dated by (its own, else the report day). */
  date?: string;
  range?: DayRange;
  /** Identity of the place (KB id or lowercased name). */
  location?: string;
}

function participantId(p: Participant, record: AnalyzedArticle): string {
  const e = p.entity ? record.entities.find((x) => x.id === p.entity) : undefined;
  if (e?.kb) return e.kb;
  if (e) return `n:${e.name.toLowerCase()}`;
  if (p.code) return `c:${p.code}`;
  return `t:${p.text.toLowerCase().replace(/\s+/gu, ' ').replace(/^the /u, '')}`;
}

/** The participant as its CAMEO code says (JPNGOV), for matching a report that names no one. */
function participantCode(p: Participant, record: AnalyzedArticle): string {
  const e = p.entity ? record.entities.find((x) => x.id === p.entity) : undefined;
  const code = p.code ?? e?.code;
  return code ? `c:${code}` : participantId(p, record);
}

type Identity = (p: Participant, record: AnalyzedArticle) => string;

function side(ps: readonly Participant[], record: AnalyzedArticle, id: Identity = participantId): string[] {
  return [...new Set(ps.map((p) => id(p, record)))].sort();
}

function parties(event: PoliticalEvent, record: AnalyzedArticle, id: Identity): string {
  if (SYMMETRIC_TYPES.has(event.type)) return `~${side([...event.actor, ...event.recipient], record, id).join('+')}`;
  return `${side(event.actor, record, id).join('+')}>${side(event.recipient, record, id).join('+')}`;
}

function statusFamily(s: EventStatus): string {
  return s === 'negated' || s === 'demanded' ? s : 'factual';
}

/**
 * The participants as one order-free string; undefined when the event has none, or one known only by
 * its words ("he", "officials" with no code): such an event is never merged.
 */
export function partiesKey(event: PoliticalEvent, record: AnalyzedArticle): string | undefined {
  const all = [...event.actor, ...event.recipient];
  if (all.length === 0 || all.some((p) => !p.entity && !p.code)) return undefined;
  return parties(event, record, participantId);
}

const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utc(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d);
}

/** Shift a YYYY-MM-DD day by whole days. */
export function addDays(day: string, n: number): string {
  return isoDay(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/u;
const MONTH = /^(\d{4})-(\d{2})$/u;
const WEEK = /^(\d{4})-W(\d{2})$/u;
const YEAR = /^(\d{4})$/u;
const VAGUE_REF = /^(?:PAST|PRESENT|FUTURE)_REF$/u;

/** The days a TIMEX3 date value covers; undefined for values that are not a calendar date (PRESENT_REF, seasons). */
export function daysOf(value: string): { lo: string; hi: string } | undefined {
  let m = DAY.exec(value);
  if (m) return { lo: `${m[1]}-${m[2]}-${m[3]}`, hi: `${m[1]}-${m[2]}-${m[3]}` };
  m = MONTH.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { lo: isoDay(utc(y, mo, 1)), hi: isoDay(utc(y, mo + 1, 0)) };
  }
  m = WEEK.exec(value);
  if (m) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const y = Number(m[1]);
    const jan4 = utc(y, 1, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (Number(m[2]) - 1) * 7 * DAY_MS;
    return { lo: isoDay(monday), hi: isoDay(monday + 6 * DAY_MS) };
  }
  m = YEAR.exec(value);
  if (m) return { lo: `${m[1]}-01-01`, hi: `${m[1]}-12-31` };
  return undefined;
}

/** The event's days: its own date when it is a calendar date, else the article's publication day (inferred). */
export function eventRange(event: PoliticalEvent, record: AnalyzedArticle): { date?: string; range?: DayRange } {
  const own = event.date ? daysOf(event.date) : undefined;
  if (event.date && own) return { date: event.date, range: { ...own, inferred: event.dateInferred === true } };
  // "their last talks" (PAST_REF): the text says the event is not the report day's, so it has no day to agree on.
  if (event.date && VAGUE_REF.test(event.date)) return {};
  const published = record.published?.slice(0, 10);
  const pub = published ? daysOf(published) : undefined;
  if (published && pub) return { date: published, range: { ...pub, inferred: true } };
  return {};
}

function locationId(event: PoliticalEvent, record: AnalyzedArticle): string | undefined {
  if (!event.location) return undefined;
  const e = record.entities.find((x) => x.id === event.location);
  return (e?.kb ?? e?.name ?? event.location).toLowerCase();
}

/** Everything the store needs to find the event's cluster; undefined for an event that is never merged. */
export function signature(event: PoliticalEvent, record: AnalyzedArticle): ClusterSignature | undefined {
  const named = partiesKey(event, record);
  if (named === undefined) return undefined;
  const head = `${event.type}|${statusFamily(event.status)}|`;
  const sig: ClusterSignature = { key: `${head}${named}`, codes: `${head}${parties(event, record, participantCode)}`, ...eventRange(event, record) };
  // Vague: no one named. Matched by codes only when two or more parties are coded ("Japanese,
  // Australian defence ministers meet"); one code alone ("U.S. officials") is too common a party.
  if ([...event.actor, ...event.recipient].every((p) => !p.entity)) {
    sig.vague = true;
    if (new Set([...event.actor, ...event.recipient].map((p) => participantCode(p, record))).size < 2) delete sig.codes;
  }
  const location = locationId(event, record);
  if (location) sig.location = location;
  return sig;
}

/** Why two date ranges are the same event's, or undefined when they are not. */
export function datesAgree(a: DayRange, b: DayRange): string | undefined {
  if (a.inferred && b.inferred) {
    // Both are report days: the same news cycle.
    return a.lo >= addDays(b.lo, -1) && a.lo <= addDays(b.lo, 1) ? 'report days within a day' : undefined;
  }
  if (a.inferred || b.inferred) {
    const [inf, stated] = a.inferred ? [a, b] : [b, a];
    // A report day says nothing against a month or a year ("in 1987"): only a day or a week can agree.
    if (stated.hi > addDays(stated.lo, 6)) return undefined;
    return addDays(inf.lo, -1) <= stated.hi && addDays(inf.hi, 1) >= stated.lo ? 'report day within a day of the stated date' : undefined;
  }
  if (a.lo === b.lo && a.hi === b.hi) return 'same date';
  if ((a.lo <= b.lo && a.hi >= b.hi) || (b.lo <= a.lo && b.hi >= a.hi)) return 'one date inside the other';
  return undefined;
}

/** The days to search stored clusters over for an event with this range (a superset of what can agree). */
export function searchWindow(r: DayRange): { lo: string; hi: string } {
  return { lo: addDays(r.lo, -1), hi: addDays(r.hi, 1) };
}

/** The cluster's state after a new member: the most precise stated date wins; a known place fills a gap. */
export function refine(cluster: ClusterSignature, member: ClusterSignature): ClusterSignature {
  const out = { ...cluster };
  const c = cluster.range;
  const m = member.range;
  if (m && member.date && (!c || (c.inferred && !m.inferred) || (c.inferred === m.inferred && m.lo >= c.lo && m.hi <= c.hi && (m.lo !== c.lo || m.hi !== c.hi)))) {
    out.date = member.date;
    out.range = m;
  }
  if (!out.location && member.location) out.location = member.location;
  // A named report makes the cluster's participants precise: later reports must name the same.
  if (cluster.vague && !member.vague) {
    out.key = member.key;
    delete out.vague;
  }
  return out;
}

/** Why an event joins a cluster, or undefined when it does not. */
export function agreement(cluster: ClusterSignature, member: ClusterSignature): string | undefined {
  // Named participants must be the same; a report naming no one matches by the codes of those named.
  if (cluster.key !== member.key && !((cluster.vague || member.vague) && cluster.codes !== undefined && cluster.codes === member.codes)) return undefined;
  if (cluster.location && member.location && cluster.location !== member.location) return undefined;
  // Without a date (no TIMEX day, no publication day) two reports could be of meetings years apart.
  if (!cluster.range || !member.range) return undefined;
  return datesAgree(cluster.range, member.range);
}

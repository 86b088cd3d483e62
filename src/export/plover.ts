/**
 * PLOVER/POLECAT-style codings of our events. Dateline keeps what a verb states apart from its
 * status ("will visit" is a planned CONSULT); PLOVER codes intentions as events of their own, so
 * the projection follows its codebook: a planned or possible cooperative act is an AGREE, a planned
 * or possible hostile one a THREATEN, a demanded one a REQUEST, a refused cooperative one a REJECT.
 */
import type { AnalyzedArticle, Participant, PloverType, PoliticalEvent } from '../model.js';

const COOPERATIVE: ReadonlySet<PloverType> = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'RETREAT', 'CONCEDE']);
const HOSTILE: ReadonlySet<PloverType> = new Set(['SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'PROTEST', 'ACCUSE']);

/** The PLOVER event type an event is coded as under PLOVER's rules for intentions and demands. */
export function ploverType(e: Pick<PoliticalEvent, 'type' | 'status'>): PloverType {
  if (e.status === 'planned' || e.status === 'possible') {
    if (COOPERATIVE.has(e.type)) return 'AGREE';
    if (HOSTILE.has(e.type)) return 'THREATEN';
  }
  if (e.status === 'demanded') return 'REQUEST';
  if (e.status === 'negated' && COOPERATIVE.has(e.type)) return 'REJECT';
  return e.type;
}

export interface PloverActor {
  actorText: string;
  code?: string;
  country?: string;
  sector?: string;
  entity?: string;
  name?: string;
}

export interface PloverRecord {
  id: string;
  date?: string;
  dateInferred?: boolean;
  event: PloverType;
  mode?: string;
  cameo?: string;
  status: PoliticalEvent['status'];
  source: PloverActor[];
  target: PloverActor[];
  eventText: string;
  text: string;
  eventLoc?: string;
  about?: { event: PloverType; mode?: string; status: PoliticalEvent['status']; date?: string };
  publication?: string;
  url?: string;
  article: string;
}

function actor(p: Participant, record: AnalyzedArticle): PloverActor {
  const a: PloverActor = { actorText: p.text };
  const e = p.entity ? record.entities.find((x) => x.id === p.entity) : undefined;
  const code = p.code ?? e?.code;
  const country = p.country ?? e?.country ?? (code && /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : undefined);
  if (code) a.code = code;
  if (country) a.country = country;
  if (code && code.length > 3) a.sector = code.slice(3, 6);
  if (e) { a.entity = e.id; a.name = e.name; }
  return a;
}

/** One PLOVER record per event of an article; `index` makes the id stable. */
export function toPlover(record: AnalyzedArticle, e: PoliticalEvent, index: number): PloverRecord {
  const sentence = sentenceAround(record.text, e.evidence.start, e.evidence.end);
  const r: PloverRecord = {
    id: `${record.id}-${index + 1}`,
    event: ploverType(e),
    status: e.status,
    source: e.actor.map((p) => actor(p, record)),
    target: e.recipient.map((p) => actor(p, record)),
    eventText: e.evidence.text,
    text: sentence,
    article: record.id,
  };
  if (e.date) r.date = e.date;
  if (e.dateInferred) r.dateInferred = true;
  if (e.mode) r.mode = e.mode;
  if (e.cameo) r.cameo = e.cameo;
  if (e.location) {
    const loc = record.entities.find((x) => x.id === e.location);
    r.eventLoc = loc?.name ?? e.location;
  }
  if (e.about) {
    r.about = { event: ploverType(e.about), status: e.about.status };
    if (e.about.mode) r.about.mode = e.about.mode;
    if (e.about.date) r.about.date = e.about.date;
  }
  if (record.dateline?.agency) r.publication = record.dateline.agency;
  if (record.source.url) r.url = record.source.url;
  return r;
}

/** The sentence holding a span: from the previous sentence end to the next one. */
function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1] ?? '')) a--;
  let b = end;
  while (b < text.length && !/[.!?\n]/.test(text[b] ?? '')) b++;
  if (b < text.length && text[b] !== '\n') b++;
  return text.slice(a, b).trim();
}

/** The API's answers, as the web app reads them (see /openapi.json for the full schemas). */

export interface Span { start: number; end: number; text: string }

export interface Mention extends Span { form?: string; resolved?: boolean }

export interface Entity {
  id: string; type: string; name: string; kb?: string; kbName?: string; country?: string; code?: string; role?: string; titles?: string[];
  mentions: Mention[];
}

/** `name`: the resolved entity's name, in the API's event lists (also when the text says "he"). */
export interface Participant { entity?: string; text: string; name?: string; code?: string; country?: string }

export interface RecordEvent {
  type: string; mode?: string; cameo?: string; status: string; date?: string; location?: string; reported?: boolean;
  actor: Participant[]; recipient: Participant[]; evidence: Span;
  about?: { type: string; status: string; mode?: string; actor: Participant[]; recipient: Participant[] };
}

export interface Quote extends Span {
  kind: string; speaker?: string; speakerText?: string; addressee?: string; addresseeText?: string; cue?: string; cueSpan?: Span;
}

export interface TimeExpr extends Span { type: string; value: string; inferred?: boolean }

export interface ArticleRecord {
  id: string; headline: string; text: string; published?: string; section?: string;
  source: { format: string; path?: string; url?: string };
  parts: Array<{ kind: string; start: number; end: number }>;
  dateline?: { place?: string; date?: string; agency?: string; span?: Span };
  entities: Entity[]; times: TimeExpr[]; quotes: Quote[]; events: RecordEvent[];
}

export interface StoredArticle {
  record: ArticleRecord;
  sources: Array<{ variantId: string; format: string; path?: string; url?: string; headline: string; similarity: number }>;
  ingestedAt: string;
}

export interface Stats {
  articles: number; events: number; quotes: number; entities: number; writable: boolean; readAccess: 'open' | 'token';
  firstPublished?: string; lastPublished?: string;
}

export interface FacetValue { value: string; count: number }

export interface SearchResult {
  total: number; capped: boolean;
  hits: Array<{ id: string; headline: string; published?: string; section?: string; agency?: string; snippet: Array<{ text: string; match?: boolean }> }>;
  facets: Record<'section' | 'agency' | 'type' | 'country' | 'actor' | 'year', FacetValue[]>;
}

export interface EventItem {
  article: string; headline: string; published?: string; agency?: string; index: number; type: string; quad: string;
  mode?: string; status: string; date?: string; day?: string; reported: boolean;
  place?: { name: string; country?: string; kb?: string };
  actor: Participant[]; recipient: Participant[]; evidence: string;
}

export interface KbEntry {
  id: string; kind: string; type: string; name: string; aliases: string[]; country?: string; code?: string; wikidata?: string;
  description?: string; terms?: Array<{ office: string; country: string; start?: string; end?: string }>;
}

export interface Actor {
  name: string; type: string; kb?: string; country?: string; code?: string; articles: number; mentions: number;
  roles: Array<{ role: string; first: string; last: string; articles: number }>;
  timeline: Array<{ period: string; asActor: number; asRecipient: number; cooperation: number; conflict: number }>;
  quotes: { total: number; items: Array<{ article: string; headline: string; published?: string; kind: string; text: string }> };
  partners: Array<{ name: string; country?: string; outgoing: number; incoming: number; cooperation: number; conflict: number }>;
  knowledge?: KbEntry;
}

export interface TimelinePoint { period: string; total: number; cooperation: number; conflict: number; types: Record<string, number> }
export interface DyadPoint { period: string; abCooperation: number; abConflict: number; baCooperation: number; baConflict: number }
export interface Network { nodes: Array<{ id: string; country?: string; events: number }>; edges: Array<{ source: string; target: string; cooperation: number; conflict: number }> }
export interface Places {
  places: Array<{ name: string; kb?: string; country?: string; events: number; cooperation: number; conflict: number; coordinates?: [number, number] }>;
  countries: Array<{ country: string; events: number }>;
}

export interface IngestResult {
  stored: Array<{ id: string; status: string; headline: string; duplicateOf?: string }>;
  failed: Array<{ input: string; reason: string }>;
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

export const STATUSES = ['occurred', 'planned', 'possible', 'negated', 'demanded'] as const;

/**
 * The zod schemas that validate requests and describe responses; /openapi.json is generated from
 * these same objects, so the document cannot drift from what the server checks.
 */
import { z } from '@hono/zod-openapi';
import { PLOVER_TYPES } from '../model.js';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u, 'an ISO 8601 date (YYYY-MM-DD) or date-time');

export const Limit = z.coerce.number().int().min(1).max(500).default(20).openapi({ description: 'rows per page (1-500)' });
export const Offset = z.coerce.number().int().min(0).max(1_000_000).default(0).openapi({ description: 'rows to skip' });
const Since = isoDay.optional().openapi({ description: 'inclusive lower bound', example: '2018-06-01' });
const Until = isoDay.optional().openapi({ description: 'inclusive upper bound (a date includes its whole day)', example: '2018-06-30' });
const Country = z.string().regex(/^[A-Za-z]{3}$/u, 'an ISO 3166-1 alpha-3 code').optional().openapi({ description: 'ISO 3166-1 alpha-3', example: 'RUS' });
export const PloverTypeSchema = z.enum(PLOVER_TYPES).openapi('PloverType');
const EventStatusSchema = z.enum(['occurred', 'planned', 'possible', 'negated', 'demanded']).openapi('EventStatus');
const short = z.string().min(1).max(200);

export const ErrorSchema = z.object({ error: z.string() }).openapi('Error');

export const PageQuery = z.object({ limit: Limit, offset: Offset });

export const ArticleListQuery = PageQuery.extend({ since: Since, until: Until });

export const ArticleSummarySchema = z.object({
  id: z.string(), headline: z.string(), published: z.string().optional(), section: z.string().optional(),
  format: z.string(), path: z.string().optional(), url: z.string().optional(),
  sources: z.number(), entities: z.number(), quotes: z.number(), events: z.number(),
}).openapi('ArticleSummary');

export const IdParam = z.object({
  id: z.string().min(4).max(128).regex(/^[\w-]+$/u, 'an article id (letters, digits, - and _)')
    .openapi({ param: { name: 'id', in: 'path' }, example: '3f2a9c1b' }),
});

const SpanSchema = z.object({ start: z.number(), end: z.number(), text: z.string() });

/** The stored record; see src/model.ts and ../shared/contract for every field. */
export const ArticleRecordSchema = z.object({
  id: z.string(),
  headline: z.string(),
  text: z.string(),
  published: z.string().optional(),
  section: z.string().optional(),
  source: z.object({ format: z.string(), path: z.string().optional(), url: z.string().optional(), sourceId: z.string().optional() }).loose(),
  parts: z.array(z.object({ kind: z.string(), start: z.number(), end: z.number() })),
  dateline: z.object({ place: z.string().optional(), date: z.string().optional(), agency: z.string().optional(), span: SpanSchema.optional() }).optional(),
  entities: z.array(z.object({ id: z.string(), type: z.string(), name: z.string(), mentions: z.array(SpanSchema.loose()) }).loose()),
  times: z.array(SpanSchema.extend({ type: z.string(), value: z.string() }).loose()),
  quotes: z.array(SpanSchema.extend({ kind: z.string() }).loose()),
  events: z.array(z.object({ type: z.string(), status: z.string(), evidence: SpanSchema }).loose()),
}).loose().openapi('ArticleRecord');

export const StoredArticleSchema = z.object({
  record: ArticleRecordSchema,
  sources: z.array(z.object({ variantId: z.string(), format: z.string(), headline: z.string(), similarity: z.number(), ingestedAt: z.string() }).loose()),
  ingestedAt: z.string(),
}).openapi('StoredArticle');

export const PostArticleJson = z.object({
  text: z.string().min(1).openapi({ description: 'the article: plain wire text, HTML, or any format Dateline reads' }),
  name: z.string().max(200).optional().openapi({ description: 'a name for the input, for messages (e.g. a file name)' }),
  format: z.enum(['wire-text', 'html', 'rss', 'atom', 'jsonl', 'csv', 'reuters-sgml']).optional(),
  published: isoDay.optional().openapi({ description: 'publication time when the text carries none' }),
}).openapi('PostArticle');

export const IngestResultSchema = z.object({
  stored: z.array(z.object({ id: z.string(), status: z.enum(['new', 'unchanged', 'duplicate']), headline: z.string(), duplicateOf: z.string().optional() })),
  failed: z.array(z.object({ input: z.string(), reason: z.string() })),
}).openapi('IngestResult');

export const FeedBody = z.object({ url: z.url({ protocol: /^https?$/u }).max(2000) }).openapi('AddFeed');

export const SearchQuery = PageQuery.extend({
  q: z.string().max(500).optional().openapi({ description: 'words; "quoted phrases", OR and NOT are understood', example: 'invitation' }),
  since: Since, until: Until,
  actor: short.optional().openapi({ description: 'an entity named in the article (substring of its name)' }),
  country: Country,
  type: PloverTypeSchema.optional().openapi({ description: 'an event type found in the article' }),
  agency: short.optional().openapi({ example: 'TASS' }),
  section: short.optional(),
});

const FacetSchema = z.array(z.object({ value: z.string(), count: z.number() }));
export const SearchResultSchema = z.object({
  total: z.number(), capped: z.boolean(),
  hits: z.array(z.object({
    id: z.string(), headline: z.string(), published: z.string().optional(), section: z.string().optional(), agency: z.string().optional(),
    snippet: z.array(z.object({ text: z.string(), match: z.boolean().optional() })),
  })),
  facets: z.object({ section: FacetSchema, agency: FacetSchema, type: FacetSchema, country: FacetSchema, actor: FacetSchema, year: FacetSchema }),
}).openapi('SearchResult');

export const EntityQuerySchema = PageQuery.extend({
  name: short.optional(), type: z.enum(['PERSON', 'ORG', 'PLACE', 'EVENT', 'GROUP', 'OTHER']).optional(),
  country: Country, code: z.string().max(20).optional(), article: z.string().max(128).optional(),
});
export const EntityStatSchema = z.object({
  name: z.string(), type: z.string(), kb: z.string().optional(), country: z.string().optional(), code: z.string().optional(),
  articles: z.number(), mentions: z.number(),
}).openapi('EntityStat');

export const QuoteQuerySchema = PageQuery.extend({
  speaker: short.optional().openapi({ description: "substring of the speaker's name", example: 'Putin' }),
  q: short.optional().openapi({ description: 'words the quote must contain (what the speaker said about)', example: 'Korea' }),
  kind: z.enum(['direct', 'partial', 'indirect']).optional(),
  article: z.string().max(128).optional(), since: Since, until: Until,
});
export const QuoteRowSchema = z.object({
  article: z.string(), headline: z.string(), published: z.string().optional(), kind: z.string(), text: z.string(),
  speaker: z.string().optional(),
  addressee: z.string().optional().openapi({ description: 'the entity the quote is said to, when resolved ("he told him")' }),
  cue: z.string().optional(), start: z.number().optional(), end: z.number().optional(),
}).openapi('QuoteRow');

export const EventFilterQuery = z.object({
  since: Since, until: Until,
  actor: short.optional().openapi({ description: "substring of an actor's name or text, or its CAMEO code", example: 'Putin' }),
  recipient: short.optional(),
  party: short.optional().openapi({ description: 'either side of the event' }),
  country: Country.openapi({ description: 'ISO alpha-3 of an actor or recipient' }),
  type: PloverTypeSchema.optional(),
  status: EventStatusSchema.optional(),
  source: short.optional().openapi({ description: 'the agency (TASS), or a substring of the source path or URL' }),
  article: z.string().max(128).optional(),
});
export const EventQuerySchema = EventFilterQuery.extend({ limit: Limit, offset: Offset });

const ParticipantSchema = z.object({
  entity: z.string().optional(),
  text: z.string().openapi({ description: "the entity's name when the participant is one, else the words of the text" }),
  name: z.string().optional().openapi({ description: 'the resolved entity\'s name (also when the text says "he"); absent when the participant is no entity' }),
  code: z.string().optional(), country: z.string().optional(),
});
export const EventItemSchema = z.object({
  article: z.string(), headline: z.string(), published: z.string().optional(), agency: z.string().optional(), index: z.number(),
  type: z.string(), quad: z.string(), mode: z.string().optional(), cameo: z.string().optional(), status: z.string(),
  date: z.string().optional(), day: z.string().optional(), reported: z.boolean(),
  place: z.object({ name: z.string(), country: z.string().optional(), kb: z.string().optional() }).optional(),
  actor: z.array(ParticipantSchema), recipient: z.array(ParticipantSchema),
  evidence: z.string(), evidenceStart: z.number(), evidenceEnd: z.number(),
}).openapi('EventItem');

export const Interval = z.enum(['day', 'month', 'year']).default('month');
export const TimelineQuery = EventFilterQuery.extend({ interval: Interval });
export const TimelineSchema = z.array(z.object({
  period: z.string(), total: z.number(), cooperation: z.number(), conflict: z.number(), types: z.record(z.string(), z.number()),
})).openapi('Timeline');

export const DyadQuery = EventFilterQuery.omit({ country: true }).extend({
  a: z.string().regex(/^[A-Za-z]{3}$/u).openapi({ description: 'first country, ISO alpha-3', example: 'RUS' }),
  b: z.string().regex(/^[A-Za-z]{3}$/u).openapi({ description: 'second country, ISO alpha-3', example: 'PRK' }),
  interval: Interval,
});
export const DyadSchema = z.object({
  a: z.string(), b: z.string(),
  points: z.array(z.object({ period: z.string(), abCooperation: z.number(), abConflict: z.number(), baCooperation: z.number(), baConflict: z.number() })),
}).openapi('Dyad');

export const NetworkQuery = EventFilterQuery.extend({ edges: z.coerce.number().int().min(1).max(2000).default(150) });
export const NetworkSchema = z.object({
  nodes: z.array(z.object({ id: z.string(), country: z.string().optional(), code: z.string().optional(), events: z.number() })),
  edges: z.array(z.object({ source: z.string(), target: z.string(), cooperation: z.number(), conflict: z.number() })),
}).openapi('Network');

export const PlacesQuery = EventFilterQuery.extend({ limit: Limit });
export const PlacesSchema = z.object({
  places: z.array(z.object({
    name: z.string(), kb: z.string().optional(), country: z.string().optional(), events: z.number(), cooperation: z.number(), conflict: z.number(),
    coordinates: z.tuple([z.number(), z.number()]).optional().openapi({ description: '[longitude, latitude] of a city' }),
  })),
  countries: z.array(z.object({ country: z.string(), events: z.number() })),
}).openapi('EventPlaces');

export const ActorParam = z.object({ name: z.string().min(1).max(200).openapi({ param: { name: 'name', in: 'path' }, example: 'Vladimir Putin' }) });
export const ActorSchema = z.object({
  name: z.string(), type: z.string(), kb: z.string().optional(), country: z.string().optional(), code: z.string().optional(),
  articles: z.number(), mentions: z.number(),
  roles: z.array(z.object({ role: z.string(), first: z.string(), last: z.string(), articles: z.number() })),
  timeline: z.array(z.object({ period: z.string(), asActor: z.number(), asRecipient: z.number(), cooperation: z.number(), conflict: z.number() })),
  quotes: z.object({ total: z.number(), items: z.array(z.object({
    article: z.string(), headline: z.string(), published: z.string().optional(), kind: z.string(), text: z.string(), start: z.number(), end: z.number(),
  })) }),
  partners: z.array(z.object({ name: z.string(), country: z.string().optional(), outgoing: z.number(), incoming: z.number(), cooperation: z.number(), conflict: z.number() })),
  knowledge: z.lazy(() => KbEntrySchema).optional(),
}).openapi('Actor');

export const KbParam = z.object({ id: z.string().min(3).max(100).regex(/^[a-z]+:[\w.-]+$/u, 'a KB id such as person:vladimir-putin').openapi({ param: { name: 'id', in: 'path' }, example: 'person:vladimir-putin' }) });
export const KbEntrySchema = z.object({
  id: z.string(), kind: z.string(), type: z.string(), name: z.string(), aliases: z.array(z.string()),
  country: z.string().optional(), code: z.string().optional(), wikidata: z.string().optional(), description: z.string().optional(),
  terms: z.array(z.object({ office: z.string(), country: z.string(), start: z.string().optional(), end: z.string().optional() })).optional(),
}).openapi('KbEntry');

export const ExportParam = z.object({ what: z.enum(['events', 'quotes', 'entities', 'articles']).openapi({ param: { name: 'what', in: 'path' } }) });
export const ExportQuery = EventFilterQuery.extend({
  format: z.enum(['jsonl', 'csv', 'plover', 'gdelt']).default('jsonl')
    .openapi({ description: 'jsonl or csv for any export; plover (PLOVER/POLECAT JSON Lines) or gdelt (GDELT 2.0 event rows, tab-separated) for events' }),
  limit: z.coerce.number().int().min(1).max(100_000).default(10_000),
  speaker: short.optional(), name: short.optional(),
});

export const StatsSchema = z.object({
  articles: z.number(), sources: z.number(), duplicates: z.number(), entities: z.number(), mentions: z.number(),
  times: z.number(), quotes: z.number(), events: z.number(), firstPublished: z.string().optional(), lastPublished: z.string().optional(),
  writable: z.boolean(), readAccess: z.enum(['open', 'token']),
}).openapi('Stats');

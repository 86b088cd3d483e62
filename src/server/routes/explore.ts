/** Read-only routes over what the analysis found: search, entities, quotes, events, timelines, dyads, network, places, actors, KB. */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerDeps } from '../context.js';
import { kbEntry } from '../kb-entry.js';
import { actorProfile } from '../queries/actor.js';
import { dyad } from '../queries/dyad.js';
import { listEvents } from '../queries/events.js';
import { network } from '../queries/network.js';
import { listQuotes } from '../queries/quotes.js';
import { eventPlaces } from '../queries/places.js';
import { facetedSearch, plainSearch } from '../queries/search.js';
import { timeline } from '../queries/timeline.js';
import {
  ActorParam, ActorSchema, DyadQuery, DyadSchema, EntityQuerySchema, EntityStatSchema, ErrorSchema, EventItemSchema, EventQuerySchema,
  KbEntrySchema, KbParam, NetworkQuery, NetworkSchema, PlacesQuery, PlacesSchema, QuoteQuerySchema, QuoteRowSchema, SearchQuery,
  SearchResultSchema, StatsSchema, TimelineQuery, TimelineSchema,
} from '../schemas.js';
import { defined, errors, jsonBody, NoSql } from './common.js';
import type { Db } from '../queries/db.js';

const noSql = { 501: jsonBody(ErrorSchema, 'this store has no SQL engine for analytic queries') };
const route = <P extends string>(path: P, tag: string, summary: string) => ({ method: 'get' as const, path, tags: [tag], summary });

const stats = createRoute({ ...route('/api/stats', 'meta', 'What the database holds'), responses: { 200: jsonBody(StatsSchema, 'counts'), ...errors } });
const search = createRoute({
  ...route('/api/search', 'search', 'Full-text search with facets (date range, actor, country, event type, agency, section) and snippets'),
  request: { query: SearchQuery }, responses: { 200: jsonBody(SearchResultSchema, 'hits and facet counts'), ...errors, ...noSql },
});
const entities = createRoute({
  ...route('/api/entities', 'entities', 'Entities across the store, most mentioned first'),
  request: { query: EntityQuerySchema }, responses: { 200: jsonBody(z.object({ items: z.array(EntityStatSchema) }), 'entities'), ...errors },
});
const quotes = createRoute({
  ...route('/api/quotes', 'quotes', 'Quotes, newest first'),
  request: { query: QuoteQuerySchema }, responses: { 200: jsonBody(z.object({ items: z.array(QuoteRowSchema) }), 'quotes'), ...errors },
});
const events = createRoute({
  ...route('/api/events', 'events', 'Events, newest first; filters: time range, actor, recipient, country, type, status, source'),
  request: { query: EventQuerySchema },
  responses: { 200: jsonBody(z.object({ total: z.number(), items: z.array(EventItemSchema) }), 'a page of events and the total'), ...errors, ...noSql },
});
const timelineRoute = createRoute({
  ...route('/api/timeline', 'events', 'Event counts per day, month or year, by type and cooperation/conflict'),
  request: { query: TimelineQuery }, responses: { 200: jsonBody(TimelineSchema, 'one point per period'), ...errors, ...noSql },
});
const dyadRoute = createRoute({
  ...route('/api/dyad', 'events', 'One pair of countries: cooperation and conflict each way over time'),
  request: { query: DyadQuery }, responses: { 200: jsonBody(DyadSchema, 'one point per period'), ...errors, ...noSql },
});
const networkRoute = createRoute({
  ...route('/api/network', 'events', 'The actor network: actor→recipient edges weighted by cooperative and conflictual events'),
  request: { query: NetworkQuery }, responses: { 200: jsonBody(NetworkSchema, 'nodes and edges'), ...errors, ...noSql },
});
const placesRoute = createRoute({
  ...route('/api/places', 'events', 'Where events happened, per place and per country'),
  request: { query: PlacesQuery }, responses: { 200: jsonBody(PlacesSchema, 'places and countries'), ...errors, ...noSql },
});
const actor = createRoute({
  ...route('/api/actors/{name}', 'entities', 'One actor: roles over time, events as actor and recipient, quotes, partners'),
  request: { params: ActorParam },
  responses: { 200: jsonBody(ActorSchema, 'the actor'), 404: jsonBody(ErrorSchema, 'no entity of that name'), ...errors, ...noSql },
});
const kb = createRoute({
  ...route('/api/kb/{id}', 'entities', 'A knowledge-base entry (what a linked mention refers to)'),
  request: { params: KbParam }, responses: { 200: jsonBody(KbEntrySchema, 'the entry'), 404: jsonBody(ErrorSchema, 'no such entry'), ...errors },
});

export function exploreRoutes(app: OpenAPIHono, deps: ServerDeps): void {
  const { store, db, config } = deps;
  const needDb = (): Db => {
    if (!db) throw new NoSql();
    return db;
  };

  app.openapi(stats, async (c) => c.json({
    ...(await store.stats()), writable: Boolean(config.apiToken), readAccess: config.readAccess,
  }, 200));

  app.openapi(search, async (c) => {
    const { limit, offset, ...f } = c.req.valid('query');
    // A store without SQL underneath gets the store's own search, without facets.
    return c.json(db ? await facetedSearch(db, defined(f), limit, offset) : await plainSearch(store, defined(f), limit, offset), 200);
  });

  app.openapi(entities, async (c) => c.json({ items: await store.entities(defined(c.req.valid('query'))) }, 200));
  app.openapi(quotes, async (c) => {
    const { limit, offset, q, ...rest } = c.req.valid('query');
    // SQL stores answer topic words too; others answer the store's own filters.
    if (db) return c.json({ items: await listQuotes(db, defined({ ...rest, q }), limit, offset) }, 200);
    return c.json({ items: await store.quotes(defined({ ...rest, limit, offset })) }, 200);
  });

  app.openapi(events, async (c) => {
    const { limit, offset, ...f } = c.req.valid('query');
    return c.json(await listEvents(needDb(), defined(f), limit, offset), 200);
  });

  app.openapi(timelineRoute, async (c) => {
    const { interval, ...f } = c.req.valid('query');
    return c.json(await timeline(needDb(), defined(f), interval), 200);
  });

  app.openapi(dyadRoute, async (c) => {
    const { a, b, interval, ...f } = c.req.valid('query');
    const A = a.toUpperCase();
    const B = b.toUpperCase();
    return c.json({ a: A, b: B, points: await dyad(needDb(), A, B, defined(f), interval) }, 200);
  });

  app.openapi(networkRoute, async (c) => {
    const { edges, ...f } = c.req.valid('query');
    return c.json(await network(needDb(), defined(f), edges), 200);
  });

  app.openapi(placesRoute, async (c) => {
    const { limit, ...f } = c.req.valid('query');
    return c.json(await eventPlaces(needDb(), defined(f), limit), 200);
  });

  app.openapi(actor, async (c) => {
    const { name } = c.req.valid('param');
    const p = await actorProfile(needDb(), name, 50);
    if (!p) return c.json({ error: `no entity named "${name}"` }, 404);
    const knowledge = p.kb ? kbEntry(p.kb) : undefined;
    return c.json({ ...p, ...(knowledge ? { knowledge } : {}) }, 200);
  });

  app.openapi(kb, (c) => {
    const { id } = c.req.valid('param');
    const e = kbEntry(id);
    return e ? c.json(e, 200) : c.json({ error: `no knowledge-base entry "${id}"` }, 404);
  });
}

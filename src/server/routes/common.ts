/** Small helpers shared by the route files: response declarations and the 501 for stores without SQL. */
import type { z } from '@hono/zod-openapi';
import { ErrorSchema } from '../schemas.js';

export function jsonBody<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

export const errors = {
  400: jsonBody(ErrorSchema, 'the request is not valid (the message says which parameter)'),
  401: jsonBody(ErrorSchema, 'an API token is needed (writes, or reads when read access is closed)'),
  403: jsonBody(ErrorSchema, 'the API token is wrong'),
  429: jsonBody(ErrorSchema, 'too many requests from this client; see Retry-After'),
};

export const writeErrors = {
  ...errors,
  413: jsonBody(ErrorSchema, 'the request body is larger than the server accepts'),
  415: jsonBody(ErrorSchema, 'the content type is not one this route reads'),
};

/** Drop undefined values (zod leaves optional keys present as undefined). */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Thrown by a route that needs SQL on a store without it; app.ts answers 501. */
export class NoSql extends Error {
  constructor() {
    super('this store answers no analytic queries (it has no SQL engine underneath: use SQLite or PostgreSQL)');
  }
}

/** The OpenAPI document: structurally valid 3.1, complete (every API route is in it), and its refs resolve. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { DEFAULTS } from '../../src/server/config.js';
import { examplesStore, type Fixture } from './fixture.js';

type Json = Record<string, unknown>;

let fx: Fixture;
let doc: Json;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  fx = await examplesStore(false);
  app = createApp({ store: fx.store, config: { ...DEFAULTS, apiToken: 't' } });
  const r = await app.request('/openapi.json');
  expect(r.status).toBe(200);
  doc = await r.json() as Json;
});
afterAll(async () => fx.cleanup());

/** Every problem found in the document: a structural check after the OpenAPI 3.1 rules we rely on. */
export function problemsOf(d: Json): string[] {
  const out: string[] = [];
  if (d.openapi !== '3.1.0') out.push(`openapi is ${String(d.openapi)}`);
  const info = d.info as Json | undefined;
  if (!info || typeof info.title !== 'string' || typeof info.version !== 'string') out.push('info.title/version missing');
  const paths = d.paths as Record<string, Record<string, Json>> | undefined;
  if (!paths || Object.keys(paths).length === 0) out.push('no paths');
  const schemas = ((d.components as Json | undefined)?.schemas ?? {}) as Json;
  const refs: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === '$ref' && typeof x === 'string') refs.push(x);
        else walk(x);
      }
    }
  };
  walk(d);
  for (const ref of refs) {
    const m = /^#\/components\/(schemas|securitySchemes)\/(.+)$/u.exec(ref);
    const bag = m?.[1] === 'schemas' ? schemas : ((d.components as Json | undefined)?.securitySchemes ?? {}) as Json;
    if (!m?.[2] || !(m[2] in bag)) out.push(`unresolved $ref ${ref}`);
  }
  const opIds = new Set<string>();
  for (const [path, item] of Object.entries(paths ?? {})) {
    if (!path.startsWith('/')) out.push(`path ${path} does not start with /`);
    const templated = [...path.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]);
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'delete', 'patch', 'head', 'options'].includes(method)) out.push(`${path}: unknown method ${method}`);
      const responses = op.responses as Record<string, Json> | undefined;
      if (!responses || Object.keys(responses).length === 0) out.push(`${method} ${path}: no responses`);
      for (const [code, r] of Object.entries(responses ?? {})) {
        if (!/^[1-5]\d\d$/u.test(code)) out.push(`${method} ${path}: bad status ${code}`);
        if (typeof r.description !== 'string') out.push(`${method} ${path} ${code}: no description`);
      }
      const params = (op.parameters ?? []) as Json[];
      for (const p of params) {
        if (!['query', 'path', 'header', 'cookie'].includes(String(p.in))) out.push(`${method} ${path}: parameter ${String(p.name)} in ${String(p.in)}`);
        if (p.in === 'path' && p.required !== true) out.push(`${method} ${path}: path parameter ${String(p.name)} not required`);
        if (!p.schema) out.push(`${method} ${path}: parameter ${String(p.name)} has no schema`);
      }
      for (const t of templated) {
        if (!params.some((p) => p.in === 'path' && p.name === t)) out.push(`${method} ${path}: {${t}} not declared`);
      }
      const id = op.operationId;
      if (typeof id === 'string') {
        if (opIds.has(id)) out.push(`duplicate operationId ${id}`);
        opIds.add(id);
      }
      for (const s of (op.security ?? []) as Json[]) {
        for (const name of Object.keys(s)) {
          if (!(name in (((d.components as Json | undefined)?.securitySchemes ?? {}) as Json))) out.push(`${method} ${path}: unknown security ${name}`);
        }
      }
    }
  }
  return out;
}

describe('OpenAPI document', () => {
  it('is structurally valid OpenAPI 3.1', () => {
    expect(problemsOf(doc)).toEqual([]);
  });

  it('the check catches a broken document', () => {
    const broken = structuredClone(doc);
    (broken.paths as Record<string, Record<string, Json>>)['/api/articles/{id}']!.get!.parameters = [];
    (broken as Json).openapi = '3.0.0';
    const p = problemsOf(broken);
    expect(p).toContain('openapi is 3.0.0');
    expect(p.some((x) => x.includes('{id} not declared'))).toBe(true);
  });

  it('lists every API route the app answers', () => {
    const documented = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
      for (const m of Object.keys(item)) documented.add(`${m.toUpperCase()} ${path.replace(/\{(\w+)\}/gu, ':$1')}`);
    }
    const served = app.routes
      .filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path}`);
    expect(served.length).toBeGreaterThan(10);
    for (const s of served) expect(documented, s).toContain(s);
  });

  it('describes the filters the events route validates', () => {
    const op = (doc.paths as Record<string, Record<string, Json>>)['/api/events']!.get!;
    const names = (op.parameters as Json[]).map((p) => p.name);
    for (const f of ['since', 'until', 'actor', 'country', 'type', 'status', 'source', 'limit']) expect(names).toContain(f);
    const type = (op.parameters as Json[]).find((p) => p.name === 'type')?.schema as Json;
    const ref = String(type.$ref ?? '').replace('#/components/schemas/', '');
    const schema = (ref ? ((doc.components as Json).schemas as Json)[ref] : type) as Json;
    expect(schema.enum).toContain('ASSAULT');
  });

  it('marks writes as needing the token', () => {
    const post = (doc.paths as Record<string, Record<string, Json>>)['/api/articles']!.post!;
    expect(post.security).toEqual([{ token: [] }]);
  });

  it('has a docs page with every path, and no script', async () => {
    const r = await app.request('/docs');
    expect(r.status).toBe(200);
    const html = await r.text();
    for (const p of Object.keys(doc.paths as Json)) expect(html).toContain(p.replaceAll('{', '{'));
    expect(html).not.toMatch(/<script/iu);
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/u);
  });
});

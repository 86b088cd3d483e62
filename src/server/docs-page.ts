/**
 * The API docs page: plain HTML rendered on the server from the OpenAPI document itself, so it needs
 * no script and nothing from the internet. Every string is escaped.
 */

interface Param {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}

interface Schema {
  type?: unknown;
  enum?: unknown[];
  default?: unknown;
  example?: unknown;
  $ref?: string;
}

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: Param[];
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, { description?: string }>;
  security?: unknown[];
}

export interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

function paramRow(p: Param, doc: OpenApiDoc): string {
  let s = p.schema ?? {};
  if (s.$ref) s = doc.components?.schemas?.[s.$ref.replace('#/components/schemas/', '')] ?? s;
  const type = s.enum ? s.enum.map(String).join(' | ') : s.type === undefined ? '' : String(s.type);
  const extra = [s.default !== undefined ? `default ${String(s.default)}` : '', s.example !== undefined ? `e.g. ${String(s.example)}` : '']
    .filter(Boolean).join(', ');
  return `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}${p.required ? ', required' : ''}</td>`
    + `<td>${escapeHtml(type)}</td><td>${escapeHtml([p.description ?? '', extra].filter(Boolean).join(' — '))}</td></tr>`;
}

export function docsPage(doc: OpenApiDoc): string {
  const ops: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = op.parameters ?? [];
      const body = op.requestBody?.content ? Object.keys(op.requestBody.content) : [];
      const responses = Object.entries(op.responses ?? {}).map(([code, r]) => `<li><b>${escapeHtml(code)}</b> ${escapeHtml(r.description ?? '')}</li>`);
      ops.push(`<section id="${escapeHtml(`${method}-${path}`)}">
<h3><span class="method ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code>${op.security ? ' <span class="lock">token</span>' : ''}</h3>
<p>${escapeHtml(op.summary ?? '')}</p>
${params.length ? `<table><thead><tr><th>parameter</th><th>in</th><th>type</th><th>notes</th></tr></thead><tbody>${params.map((p) => paramRow(p, doc)).join('')}</tbody></table>` : ''}
${body.length ? `<p>Body: ${body.map((b) => `<code>${escapeHtml(b)}</code>`).join(', ')}</p>` : ''}
<ul class="responses">${responses.join('')}</ul>
</section>`);
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} — API</title><link rel="stylesheet" href="/docs.css"></head>
<body><header><h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description ?? '')}</p>
<p>The machine-readable document: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). The web app: <a href="/">/</a>.</p></header>
<main>${ops.join('\n')}</main></body></html>`;
}

export const DOCS_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 2rem;color:#1d2330}
h1 small{font-size:.55em;color:#667}section{border-top:1px solid #dde;padding:.5rem 0}
h3{font-size:1rem;margin:.6rem 0}.method{display:inline-block;min-width:3.5rem;text-align:center;border-radius:4px;color:#fff;padding:0 .3rem;font-size:.8rem}
.get{background:#2f6fb5}.post{background:#2b8a4b}.lock{font-size:.75rem;background:#f3e3b5;border-radius:4px;padding:0 .3rem}
table{border-collapse:collapse;font-size:.9rem;width:100%}td,th{border-bottom:1px solid #eef;text-align:left;padding:.2rem .4rem;vertical-align:top}
code{font-family:ui-monospace,monospace}.responses{font-size:.85rem;color:#445}`;

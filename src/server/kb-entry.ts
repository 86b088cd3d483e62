/** Knowledge-base entries by id, for "what is this mention?" — the KB is loaded on first use. */
import { loadKb, type KbEntry, type KnowledgeBase } from '../kb/index.js';

export interface KbView {
  id: string;
  kind: string;
  type: string;
  name: string;
  aliases: string[];
  country?: string;
  code?: string;
  wikidata?: string;
  description?: string;
  terms?: Array<{ office: string; country: string; start?: string; end?: string }>;
}

let byId: Map<string, KbEntry> | undefined;

function index(): Map<string, KbEntry> {
  if (!byId) {
    const kb: KnowledgeBase = loadKb();
    byId = new Map(kb.names.entries.map((e) => [e.id, e]));
  }
  return byId;
}

function describe(e: KbEntry): string | undefined {
  if (e.kind === 'country') return e.capital ? `Country; capital ${e.capital}` : 'Country';
  if (e.kind === 'place') return e.placeKind;
  if (e.kind === 'org') return e.orgKind?.replaceAll('-', ' ');
  return undefined;
}

export function kbEntry(id: string): KbView | undefined {
  const e = index().get(id);
  if (!e) return undefined;
  const description = describe(e);
  return {
    id: e.id, kind: e.kind, type: e.type, name: e.name, aliases: e.aliases.slice(0, 12),
    ...(e.country ? { country: e.country } : {}), ...(e.code ? { code: e.code } : {}),
    ...(e.wikidata ? { wikidata: e.wikidata } : {}), ...(description ? { description } : {}),
    ...(e.kind === 'person' ? {
      terms: e.terms.map((t) => ({ office: t.office, country: t.country, ...(t.start ? { start: t.start } : {}), ...(t.end ? { end: t.end } : {}) })),
    } : {}),
  };
}

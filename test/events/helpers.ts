/**
 * Docs built by hand for the event coder: our own sentences, tokens from the tokens stage, and
 * entities, times and quotes we give, so the coder is pinned independent of the link, times and
 * quotes stages.
 */
import { newDoc, type Doc } from '../../src/analyze/doc.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import { codeEvents } from '../../src/analyze/events/index.js';
import type { Entity, EntityType, PoliticalEvent, Quote, TimeExpression } from '../../src/model.js';

export interface HandEntity {
  name: string;
  type: EntityType;
  code?: string;
  country?: string;
  /** The KB's name when the record goes by the name as printed. */
  kbName?: string;
  /** Every occurrence of each string becomes a mention. */
  at: string[];
}

export interface HandOptions {
  published?: string;
  times?: Array<{ text: string; value: string }>;
  quotes?: Array<{ text: string; kind: Quote['kind']; speaker?: string; addressee?: string }>;
  headline?: string;
}

export function handDoc(text: string, entities: HandEntity[], opts: HandOptions = {}): Doc {
  const parts = opts.headline
    ? [{ kind: 'headline' as const, start: 0, end: opts.headline.length }, { kind: 'paragraph' as const, start: opts.headline.length + 2, end: opts.headline.length + 2 + text.length }]
    : [{ kind: 'paragraph' as const, start: 0, end: text.length }];
  const full = opts.headline ? `${opts.headline}\n\n${text}` : text;
  const doc = newDoc({ id: 'hand', source: { format: 'wire-text' }, text: full, parts, headline: opts.headline ?? '', ...(opts.published ? { published: opts.published } : {}) });
  tokensStage.run(doc, {});
  doc.entities = entities.map((h, i): Entity => {
    const e: Entity = { id: `e${i + 1}`, type: h.type, name: h.name, mentions: [] };
    if (h.code) e.code = h.code;
    if (h.country) e.country = h.country;
    if (h.kbName) e.kbName = h.kbName;
    for (const s of h.at) {
      for (let k = full.indexOf(s); k >= 0; k = full.indexOf(s, k + 1)) {
        const before = full[k - 1] ?? ' ';
        const after = full[k + s.length] ?? ' ';
        if (/\w/.test(before) || /\w/.test(after)) continue;
        e.mentions.push({ start: k, end: k + s.length, text: s, form: 'name' });
      }
    }
    e.mentions.sort((a, b) => a.start - b.start);
    return e;
  });
  doc.times = (opts.times ?? []).map((t): TimeExpression => {
    const k = full.indexOf(t.text);
    return { start: k, end: k + t.text.length, text: t.text, type: 'DATE', value: t.value };
  });
  doc.quotes = (opts.quotes ?? []).map((q): Quote => {
    const k = full.indexOf(q.text);
    const out: Quote = { start: k, end: k + q.text.length, text: q.text, kind: q.kind };
    if (q.speaker) out.speaker = q.speaker;
    if (q.addressee) out.addressee = q.addressee;
    return out;
  });
  return doc;
}

export function eventsOf(text: string, entities: HandEntity[], opts: HandOptions = {}): { doc: Doc; events: PoliticalEvent[] } {
  const doc = handDoc(text, entities, opts);
  const events = codeEvents(doc, opts.published ? { reference: opts.published } : {});
  doc.events = events;
  return { doc, events };
}

/** "TYPE actor-names -> recipient-names status" for compact assertions. */
export function brief(doc: Doc, e: PoliticalEvent): string {
  const n = (p: PoliticalEvent['actor'][number]): string => (p.entity ? doc.entities.find((x) => x.id === p.entity)?.name : undefined) ?? p.code ?? p.text;
  return `${e.type} ${e.actor.map(n).join('+')} -> ${e.recipient.map(n).join('+') || '-'} ${e.status}`;
}

export const RUSSIA: HandEntity = { name: 'Russia', type: 'PLACE', code: 'RUS', country: 'RUS', at: ['Russia', 'Russian'] };
export const CHINA: HandEntity = { name: 'China', type: 'PLACE', code: 'CHN', country: 'CHN', at: ['China', 'Chinese', 'Beijing'] };
export const FRANCE: HandEntity = { name: 'France', type: 'PLACE', code: 'FRA', country: 'FRA', at: ['France', 'French'] };
export const IRAN: HandEntity = { name: 'Iran', type: 'PLACE', code: 'IRN', country: 'IRN', at: ['Iran', 'Iranian'] };
export const PARIS: HandEntity = { name: 'Paris', type: 'PLACE', code: 'FRAGOV', country: 'FRA', at: ['Paris'] };
export const LAVROV: HandEntity = { name: 'Sergei Lavrov', type: 'PERSON', code: 'RUSGOV', country: 'RUS', at: ['Sergei Lavrov', 'Lavrov'] };
export const WANG: HandEntity = { name: 'Wang Yi', type: 'PERSON', code: 'CHNGOV', country: 'CHN', at: ['Wang Yi', 'Wang'] };

/**
 * Internal consistency of a held-out set (test/fixtures/heldout3, heldout4, ...): every reference
 * annotation must be checkable against its own article. The format has no offsets, so every string
 * the scorer looks for (mentions, time texts, quote openings, event evidence, headline, lead,
 * subheadings, boilerplate) must occur in the article, every type, kind and status must be one the
 * contract allows, and every speaker, actor and recipient must name an entity of the same
 * annotation. Shared by the sets' annotation tests so that every set is checked the same way; it
 * never runs the system: it checks the measuring stick, not what it measures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENTITY_TYPES = new Set(['PERSON', 'ORG', 'PLACE', 'EVENT', 'GROUP', 'OTHER']);
const QUOTE_KINDS = new Set(['direct', 'partial', 'indirect']);
const EVENT_TYPES = new Set([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);
const STATUSES = new Set(['occurred', 'planned', 'possible', 'negated', 'demanded']);
// TIMEX3-style values: dates and date-times (with optional day part), weeks, decades,
// durations, and the vague references.
const TIME_VALUE =
  /^(?:\d{3,4}(?:-\d{2}(?:-\d{2}(?:T(?:\d{2}:\d{2}(?::\d{2})?|MO|AF|EV|NI))?)?)?|\d{4}-W\d{2}|P(?:\d+|X)[YMWD]|PT(?:\d+|X)[HMS]|PAST_REF|PRESENT_REF|FUTURE_REF)$/u;

type Obj = Record<string, unknown>;

export interface Pair {
  name: string;
  text: string;
  x: Obj;
}

/** Every article of a held-out folder with its parsed annotation, by file name. */
export function pairs(dir: string): Pair[] {
  const files = readdirSync(dir);
  return files
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/u, '');
      return {
        name,
        text: readFileSync(join(dir, f), 'utf8'),
        x: JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Obj,
      };
    });
}

export const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
export const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The item, then the item with each alsoAccept override applied (as the scorer reads them). */
function alternatives(item: Obj): Obj[] {
  const rest = { ...item };
  delete rest.alsoAccept;
  return [item, ...list(item.alsoAccept).map((ov) => {
    const alt: Obj = { ...rest };
    if ('startsWith' in ov || 'contains' in ov) {
      delete alt.startsWith;
      delete alt.contains;
    }
    return { ...alt, ...ov };
  })];
}

/** required + bonus items of one section. */
const items = (x: Obj, section: string): Obj[] => [...list(obj(x[section]).required), ...list(obj(x[section]).bonus)];

/** Problems found in one annotation; empty when it is consistent with its article. */
export function problems({ text, x }: Pair): string[] {
  const out: string[] = [];
  const inText = (s: string, what: string): void => {
    if (!s || !text.includes(s)) out.push(`${what} not in the article: ${JSON.stringify(s)}`);
  };
  const article = obj(x.article);
  if (text.split('\n')[0] !== str(article.headline)) out.push('headline is not the first line');
  if (article.lead !== undefined) inText(str(article.lead), 'lead');
  for (const s of strings(article.subheadings)) {
    if (!text.split('\n').includes(s)) out.push(`subheading is not a line of its own: ${s}`);
  }
  for (const b of strings(article.boilerplate)) inText(b, 'boilerplate');
  // A page that names its source nowhere (no dateline, byline or credit line) has no `dateline`;
  // when there is one, its agency must be given and be printed in the article.
  const dl = obj(article.dateline);
  if (dl.place !== undefined && !text.toLowerCase().includes(str(dl.place).toLowerCase())) out.push('dateline place not in the article');
  if (article.dateline !== undefined && (!str(dl.agency) || !text.replace(/\W/gu, '').toLowerCase().includes(str(dl.agency).replace(/\W/gu, '').toLowerCase()))) {
    out.push('dateline agency not in the article');
  }
  if (article.published !== undefined && Number.isNaN(Date.parse(str(article.published)))) out.push('published is not an instant');

  // entities: names unique, types valid, countries ISO alpha-3, every mention in the text
  const entities = items(x, 'entities');
  const names = new Set<string>();
  for (const e of entities) {
    const name = str(e.name);
    if (names.has(name)) out.push(`entity listed twice: ${name}`);
    names.add(name);
    for (const alt of alternatives(e)) {
      if (!ENTITY_TYPES.has(str(alt.type))) out.push(`entity ${name}: bad type ${str(alt.type)}`);
      if (alt.country !== undefined && !/^[A-Z]{3}$/u.test(str(alt.country))) out.push(`entity ${name}: bad country ${str(alt.country)}`);
    }
    for (const m of strings(e.mentions)) inText(m, `mention of ${name}`);
    if (!text.includes(name) && !strings(e.mentions).some((m) => text.includes(m))) out.push(`entity ${name}: neither its name nor a mention occurs`);
  }
  // A forbidden string must not be something the annotation itself accepts: the scorer counts a
  // system mention equal to it as a violation, so it may not equal a listed mention, nor be a
  // title followed by a full name (a fair mention span); a fused title is caught by its fragment.
  const norm = (s: string): string => s.toLowerCase().replace(/^the /u, '');
  const accepted = new Set(entities.flatMap((e) => [str(e.name), ...strings(e.mentions)]).map(norm));
  const fullNames = entities.filter((e) => e.type === 'PERSON').map((e) => ` ${norm(str(e.name))}`);
  for (const m of list(obj(x.entities).mustNotAppear)) {
    const t = str(m.text);
    if (!text.toLowerCase().includes(t.toLowerCase())) out.push(`mustNotAppear text not in the article: ${t}`);
    if (accepted.has(norm(t))) out.push(`mustNotAppear text is an accepted mention: ${t}`);
    if (fullNames.some((n) => norm(t).endsWith(n))) out.push(`mustNotAppear text is a title with a full name: ${t}`);
  }

  for (const t of items(x, 'times')) {
    for (const alt of alternatives(t)) {
      inText(str(alt.text), 'time text');
      if (!TIME_VALUE.test(str(alt.value))) out.push(`time ${str(alt.text)}: bad value ${str(alt.value)}`);
    }
  }

  for (const q of items(x, 'quotes')) {
    for (const alt of alternatives(q)) {
      inText(str(alt.startsWith ?? alt.contains), 'quote words');
      if (!QUOTE_KINDS.has(str(alt.kind))) out.push(`quote: bad kind ${str(alt.kind)}`);
      if (alt.speaker !== undefined && !names.has(str(alt.speaker))) out.push(`quote speaker is no entity: ${str(alt.speaker)}`);
    }
  }

  for (const v of items(x, 'events')) {
    inText(str(v.evidence), 'event evidence');
    for (const alt of alternatives(v)) {
      if (!EVENT_TYPES.has(str(alt.type))) out.push(`event: bad type ${str(alt.type)}`);
      if (alt.status !== undefined && !STATUSES.has(str(alt.status))) out.push(`event: bad status ${str(alt.status)}`);
      for (const p of [...strings(alt.actor), ...strings(alt.recipient)]) {
        if (!names.has(p)) out.push(`event participant is no entity: ${p}`);
      }
      if (alt.date !== undefined && !TIME_VALUE.test(str(alt.date))) out.push(`event: bad date ${str(alt.date)}`);
    }
    for (const d of strings(v.wrongDates)) {
      if (!/^\d{4}(?:-\d{2}){0,2}$/u.test(d)) out.push(`event: bad wrongDates prefix ${d}`);
      if (v.date !== undefined && str(v.date).startsWith(d)) out.push(`event: its own date ${str(v.date)} is listed as wrong`);
    }
  }
  return out;
}

/** Words of an article, as the length bounds count them. */
export const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/**
 * The consistency suite of one held-out folder: at least `minArticles` articles, each of
 * `minWords`-`maxWords` words with an annotation, every annotation consistent with its article,
 * and a check that the checks themselves catch a broken annotation.
 */
export function describeHeldoutAnnotations(
  title: string,
  dir: string,
  { minArticles, minWords, maxWords }: { minArticles: number; minWords: number; maxWords: number },
): void {
  describe(title, () => {
    const all = pairs(dir);

    it(`holds at least ${minArticles} articles, each ${minWords}-${maxWords} words, each with an annotation`, () => {
      expect(all.length).toBeGreaterThanOrEqual(minArticles);
      for (const p of all) {
        const words = wordCount(p.text);
        expect(words, p.name).toBeGreaterThanOrEqual(minWords);
        expect(words, p.name).toBeLessThanOrEqual(maxWords);
      }
    });

    for (const p of all) {
      it(`${p.name}: every string occurs, every type is valid, every participant is an entity`, () => {
        expect(problems(p)).toEqual([]);
      });
    }

    it('the checks catch a broken annotation', () => {
      const p = all[0];
      if (!p) throw new Error('no article');
      const broken = structuredClone(p.x);
      const ents = obj(broken.entities);
      ents.required = [...list(ents.required), { name: 'Nowhere Land', type: 'COUNTRY', mentions: ['Nowhere'] }];
      const evs = obj(broken.events);
      evs.required = [...list(evs.required), { type: 'DANCE', actor: ['Nobody'], evidence: 'not in the text at all', status: 'maybe' }];
      expect(problems({ ...p, x: broken }).length).toBeGreaterThanOrEqual(6);
    });
  });
}

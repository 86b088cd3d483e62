/**
 * Event-coding evaluation.
 *
 * 1. PLOVER gold records (../shared/data/events/plover/gold_standard_records/): each record is one
 *    sentence with one coded event. Every record there is dated 2000-01-01 whatever its sentence
 *    says, so the sentences are analyzed WITHOUT a date (date-bounded roles would misfire).
 *    Our events are projected to PLOVER codings (src/export/plover.ts: intentions and demands as
 *    PLOVER codes them). Reports: event type right (some event of the sentence has the gold type),
 *    mode right (of those with a gold mode), actor and recipient countries right (of the type-right
 *    ones: every gold country found on its side; an empty gold side accepts anything), and extra
 *    events (of another type) per record. The gold file uses earlier PLOVER names, mapped to the
 *    2021 table: DEMAND REQUEST, DISAPPROVE and INVESTIGATE ACCUSE, FIGHT ASSAULT.
 * 2. PETRARCH unit-test records (../shared/data/events/petrarch/PETR.UnitTest.records.xml), the
 *    same selection as ../shared/tools/score/events.py, analyzed with the validation actor and
 *    agent dictionaries imported (src/kb/import/petrarch.ts): share of expected (source, target,
 *    CAMEO) triples found (CAMEO exactly, and by PLOVER type), extra events per record, no-event
 *    records left empty. `--petrarch-out FILE` writes the JSON Lines records for
 *    `events.py --from-output FILE`.
 *
 *   npm run eval:events [-- --verbose] [-- --petrarch-out FILE] [-- --no-dictionaries] [-- --no-verbs]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../src/analyze/pipeline.js';
import type { AnalysisContext } from '../src/analyze/doc.js';
import { contextFromFiles } from '../src/analyze/events/dictionaries.js';
import type { AnalyzedArticle, Article, Participant, PloverType } from '../src/model.js';
import { ploverType } from '../src/export/plover.js';

const SHARED = '../shared/data/events';
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const outAt = args.indexOf('--petrarch-out');
const petrarchOut = outAt >= 0 ? args[outAt + 1] : undefined;

function article(id: string, text: string, published?: string): Article {
  const a: Article = { id, source: { format: 'jsonl' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '' };
  if (published) a.published = published;
  return a;
}

function countryOf(p: Participant, rec: AnalyzedArticle): string | undefined {
  const e = p.entity ? rec.entities.find((x) => x.id === p.entity) : undefined;
  const c = p.country ?? p.code ?? e?.country ?? e?.code;
  return c ? c.slice(0, 3) : undefined;
}

const pct = (a: number, b: number): string => `${(b ? (100 * a) / b : 0).toFixed(1)}% (${a}/${b})`;

// ---------------------------------------------------------------- PLOVER gold
interface GoldActor { actorText?: string; code?: string }
interface GoldRecord { id: string; event: string; mode?: string; text?: string; source?: GoldActor[] | string; target?: GoldActor[] | string }

const OLD_NAMES: Record<string, PloverType> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };
const MODE_NAMES: Record<string, string> = {
  host: 'visit', 'demo-org': 'demo', 'demo-spon': 'demo', 'strike-hun': 'hunger', 'strike-gen': 'boycott',
  'riot-spon': 'riot', detain: 'arrest', confiscate: 'seize', destroy: 'seize', censor: 'restrict',
};

function goldCountries(side: GoldActor[] | string | undefined): string[] {
  if (!Array.isArray(side)) return [];
  return [...new Set(side.map((a) => (a.code ?? '').slice(0, 3).toUpperCase()).filter((c) => /^[A-Z]{3}$/.test(c)))];
}

function ploverGold(): void {
  const raw = JSON.parse(readFileSync(`${SHARED}/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt`, 'utf8')) as GoldRecord[];
  const gold = raw.filter((r) => r.text && r.event !== 'DOCUMENT');
  let typeOk = 0; let modeN = 0; let modeOk = 0; let actorOk = 0; let recipOk = 0; let bothOk = 0; let extra = 0; let none = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const want = OLD_NAMES[g.event] ?? (g.event as PloverType);
    const rec = analyze(article(g.id, g.text!));
    if (rec.events.length === 0) none++;
    const cands = rec.events.filter((e) => ploverType(e) === want);
    extra += rec.events.length - Math.min(1, cands.length);
    if (cands.length === 0) {
      misses.push(`✗ ${g.id} want ${want}; got ${rec.events.map((e) => `${ploverType(e)}(${e.type}/${e.status})`).join(' ') || 'nothing'} | ${g.text!.slice(0, 100)}`);
      continue;
    }
    typeOk++;
    const gs = goldCountries(g.source);
    const gt = goldCountries(g.target);
    let best = { a: false, r: false, e: cands[0]! };
    for (const e of cands) {
      const as = new Set(e.actor.map((p) => countryOf(p, rec)));
      const rs = new Set(e.recipient.map((p) => countryOf(p, rec)));
      const a = gs.every((c) => as.has(c));
      const r = gt.every((c) => rs.has(c));
      if (Number(a) + Number(r) > Number(best.a) + Number(best.r)) best = { a, r, e };
    }
    if (best.a) actorOk++;
    if (best.r) recipOk++;
    if (best.a && best.r) bothOk++;
    else {
      const side = (ps: Participant[]): string => ps.map((p) => `${p.text}=${countryOf(p, rec) ?? '?'}`).join('+') || '-';
      misses.push(`~ ${g.id} ${want}: gold ${gs.join('+') || '-'} -> ${gt.join('+') || '-'}; got ${side(best.e.actor)} -> ${side(best.e.recipient)} | ${g.text!.slice(0, 100)}`);
    }
    if (g.mode) {
      modeN++;
      const gm = MODE_NAMES[g.mode] ?? g.mode;
      if (cands.some((e) => e.mode === gm)) modeOk++;
    }
  }
  if (verbose) for (const m of misses) console.log(m);
  console.log(`PLOVER gold: ${gold.length} records (no dates)`);
  console.log(`  event type right        ${pct(typeOk, gold.length)}`);
  console.log(`  mode right              ${pct(modeOk, modeN)} of type-right records with a gold mode`);
  console.log(`  actor country right     ${pct(actorOk, typeOk)} of type-right`);
  console.log(`  recipient country right ${pct(recipOk, typeOk)} of type-right`);
  console.log(`  both right              ${pct(bothOk, typeOk)} of type-right`);
  console.log(`  records with no event   ${pct(none, gold.length)}; extra events per record ${(extra / gold.length).toFixed(2)}`);
}

// ---------------------------------------------------------------- PETRARCH unit tests
interface Coding { event: string; src: string; tgt: string }
interface UnitRecord { id: string; text: string; published?: string; codings: Coding[]; noevents: boolean }

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = m[2] ?? m[3] ?? '';
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The records events.py scores, in its order (see its docstring for the selection). */
function unitRecords(): UnitRecord[] {
  let s = readFileSync(`${SHARED}/petrarch/PETR.UnitTest.records.xml`, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const inc = /<Include>([\s\S]*?)<\/Include>/.exec(s);
  const include = inc ? new Set(inc[1]!.split(/\s+/).filter((w) => w && w !== 'valid')) : undefined;
  const end = s.indexOf('</Sentences>');
  if (end >= 0) s = s.slice(0, end);
  const stop = /<Stop\b/.exec(s);
  if (stop) s = s.slice(0, stop.index);
  const heads = [...s.matchAll(/<Sentence\b([^>]*)>/g)];
  const out: UnitRecord[] = [];
  heads.forEach((h, i) => {
    const body = s.slice(h.index + h[0].length, heads[i + 1]?.index ?? s.length);
    const a = attrs(h[1] ?? '');
    if ((a.evaluate ?? 'true').toLowerCase() === 'false') return;
    if (include && !include.has(a.category ?? '')) return;
    const tm = /<Text>([\s\S]*?)<\/Text>/.exec(body);
    if (!tm || !tm[1]!.trim()) return;
    const codings: Coding[] = [];
    let noevents = false; let error = false;
    for (const em of body.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const ea = attrs(em[1] ?? '');
      if ('error' in ea) error = true;
      else if ((ea.noevents ?? '').toLowerCase() === 'true') noevents = true;
      else if (ea.eventcode) codings.push({ event: ea.eventcode.trim(), src: ea.sourcecode ?? '', tgt: ea.targetcode ?? '' });
    }
    if (error) return;
    const date = (a.date ?? '').trim();
    const r: UnitRecord = { id: a.id ?? `s${i}`, text: unescapeXml(tm[1]!).split(/\s+/).filter(Boolean).join(' '), codings, noevents: noevents && codings.length === 0 };
    if (/^\d{8}$/.test(date)) r.published = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
    out.push(r);
  });
  return out;
}

function cameoToPlover(): (code: string) => PloverType | undefined {
  const table = new Map<string, PloverType>();
  for (const line of readFileSync(`${SHARED}/plover/CAMEO2PLOVER-2021.txt`, 'utf8').split('\n')) {
    const m = /^\s*(\d{2,4})\s*:\s*([A-Z]+)/.exec(line);
    if (m && !table.has(m[1]!)) table.set(m[1]!, m[2] as PloverType);
  }
  return (code) => {
    const c = code.replace(/\D/g, '');
    for (let k = c.length; k > 1; k--) { const t = table.get(c.slice(0, k)); if (t) return t; }
    return undefined;
  };
}

function petrarch(withDictionaries: boolean): void {
  const errors: string[] = [];
  const D = `${SHARED}/petrarch/dictionaries`;
  const files = withDictionaries ? [`${D}/PETR.Validate.actors.txt`, `${D}/PETR.Validate.agents.txt`, ...(args.includes('--no-verbs') ? [] : [`${D}/PETR.Validate.verbs.txt`])] : [];
  const ctxBase: AnalysisContext = contextFromFiles(files, errors);
  const toPlover = cameoToPlover();
  const recs = unitRecords();
  let triples = 0; let exact = 0; let byType = 0; let extra = 0; let noev = 0; let noevEmpty = 0;
  const lines: string[] = [];
  for (const r of recs) {
    const rec = analyze(article(r.id, r.text, r.published), { ...ctxBase });
    lines.push(JSON.stringify(rec));
    const code3 = (p: Participant): string => (p.code ?? countryOf(p, rec) ?? '').slice(0, 3);
    const dyads = rec.events.flatMap((e) => {
      const as = e.actor.length ? e.actor.map(code3) : [''];
      const rs = e.recipient.length ? e.recipient.map(code3) : [''];
      return as.flatMap((a) => rs.map((t) => ({ e, a, t })));
    });
    const used = new Set<unknown>();
    for (const g of r.codings) {
      triples++;
      const gs = g.src.replace(/['"]/g, '').slice(0, 3); const gt = g.tgt.replace(/['"]/g, '').slice(0, 3);
      const sideOk = (x: string, want: string): boolean => want === '' || want === '---' || x === want;
      const hit = dyads.find((d) => !used.has(d) && d.e.cameo === g.event && sideOk(d.a, gs) && sideOk(d.t, gt));
      if (hit) { exact++; used.add(hit); }
      const want = toPlover(g.event);
      if (want && dyads.some((d) => d.e.type === want && sideOk(d.a, gs) && sideOk(d.t, gt))) byType++;
    }
    if (r.noevents) { noev++; if (rec.events.length === 0) noevEmpty++; }
    extra += Math.max(0, rec.events.length - r.codings.length);
  }
  if (petrarchOut) writeFileSync(petrarchOut, `${lines.join('\n')}\n`);
  console.log(`PETRARCH unit tests${withDictionaries ? ` (loaded: ${files.map((f) => f.split('/').pop()).join(', ')})` : ' (no dictionaries)'}: ${recs.length} records, ${triples} codings`);
  console.log(`  triples found, CAMEO exact     ${pct(exact, triples)}`);
  console.log(`  triples found, by PLOVER type  ${pct(byType, triples)}`);
  console.log(`  extra events per record        ${(extra / recs.length).toFixed(2)}`);
  console.log(`  no-event records left empty    ${pct(noevEmpty, noev)}`);
  for (const e of errors) console.log(`  note: ${e}`);
}

ploverGold();
petrarch(!args.includes('--no-dictionaries'));

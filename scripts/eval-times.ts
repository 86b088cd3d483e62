/**
 * npm run eval:times — score the times stage on TimeBank + AQUAINT (../shared/data/time/tbaq) with
 * the TempEval-3 measures, beside chrono-node alone in the same run, and report the share of the
 * Recognizers-Text date/time spec cases whose value we match.
 *
 * Documents are fed as the official scorer feeds them: the <TEXT> content with tags removed and
 * entities unescaped, published = the DCT's date at 00:00Z.
 *
 *   npx tsx scripts/eval-times.ts [-v] [--cv] [--only ours|chrono] [TML_DIR]
 *   npx tsx scripts/eval-times.ts --meantime [-v] [--only ours|chrono] [MEANTIME_DIR]
 *
 * --cv adds the rules alone and the learned ranker cross-validated by document (see train-times.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { analyzeDoc } from '../src/analyze/pipeline.js';
import { tokensStage } from '../src/analyze/tokens/index.js';
import { timesStage } from '../src/analyze/times/index.js';
import { findTimes } from '../src/analyze/times/find.js';
import type { Article, TimeExpression } from '../src/model.js';
import { unescapeXml as unescape, xmlAttrs as attrs } from './xml-attrs.js';

const SHARED = new URL('../../shared/data/time/', import.meta.url).pathname;
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const onlyAt = args.indexOf('--only');
const tbaqDir = args.find((a, i) => !a.startsWith('-') && (onlyAt < 0 || i !== onlyAt + 1)) ?? join(SHARED, 'tbaq/TBAQ-cleaned');

export interface Timex { start: number; end: number; text: string; type: string; value: string }
export interface GoldDoc { name: string; raw: string; dct?: string; gold: Timex[] }

// ---------------------------------------------------------------- TimeML reading


export function readTml(path: string): GoldDoc {
  const doc = readFileSync(path, 'utf8');
  const dct = /<DCT>\s*<TIMEX3\b([^>]*)>/u.exec(doc);
  const body = (/<TEXT>([\s\S]*?)<\/TEXT>/u.exec(doc)?.[1] ?? '').replace(/<!--[\s\S]*?-->/gu, '');
  let raw = '';
  let last = 0;
  const stack: Array<{ start: number; a: Record<string, string> }> = [];
  const spans: Array<{ start: number; end: number; a: Record<string, string> }> = [];
  for (const t of body.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)((?:\s[^>]*)?)>/gu)) {
    raw += unescape(body.slice(last, t.index));
    last = t.index + t[0].length;
    if (t[2] !== 'TIMEX3' || (t[3] ?? '').endsWith('/')) continue;
    if (!t[1]) stack.push({ start: raw.length, a: attrs(t[3] ?? '') });
    else {
      const open = stack.pop();
      if (open) spans.push({ start: open.start, end: raw.length, a: open.a });
    }
  }
  raw += unescape(body.slice(last));
  const gold: Timex[] = [];
  for (const { start, end, a } of spans) {
    if (a.tid === 't0' || a.functionInDocument === 'CREATION_TIME') continue;
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(raw[s] ?? '')) s++;
    while (e > s && /\s/u.test(raw[e - 1] ?? '')) e--;
    if (e <= s) continue;
    gold.push({ start: s, end: e, text: raw.slice(s, e), type: a.type ?? '', value: a.value ?? '' });
  }
  gold.sort((x, y) => x.start - y.start || x.end - y.end);
  const dctValue = dct ? attrs(dct[1] ?? '').value : undefined;
  return { name: basename(path), raw, ...(dctValue ? { dct: dctValue } : {}), gold };
}

export function tmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...tmlFiles(p));
    else if (n.endsWith('.tml')) out.push(p);
  }
  return out.sort((a, b) => basename(a).localeCompare(basename(b)));
}

// ---------------------------------------------------------------- systems

export function published(d: GoldDoc): string | undefined {
  return d.dct && /^\d{4}-\d{2}-\d{2}/u.test(d.dct) ? `${d.dct.slice(0, 10)}T00:00:00Z` : undefined;
}

let timesMs = 0;

/** Our stage as the pipeline runs it: tokens first (for sentences), then times, timed alone. */
function ours(d: GoldDoc): TimeExpression[] {
  const article: Article = { id: d.name, source: { format: 'jsonl' }, text: d.raw, parts: [], headline: '' };
  const pub = published(d);
  const doc = analyzeDoc(article, {}, [tokensStage]);
  const t0 = performance.now();
  timesStage.run(doc, pub ? { reference: pub } : {});
  timesMs += performance.now() - t0;
  return doc.times;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** chrono alone: its casual parser, its own resolution, certainty flags choosing the precision. */
export function chronoAloneValue(r: ParsedResult): { type: string; value: string } {
  const c = r.start;
  const y = pad(c.get('year') ?? 0, 4);
  const mo = pad(c.get('month') ?? 1);
  const day = pad(c.get('day') ?? 1);
  if (c.isCertain('hour')) return { type: 'TIME', value: `${y}-${mo}-${day}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}` };
  if (c.isCertain('day') || c.isCertain('weekday')) return { type: 'DATE', value: `${y}-${mo}-${day}` };
  if (c.isCertain('month')) return { type: 'DATE', value: `${y}-${mo}` };
  return { type: 'DATE', value: y };
}

function chronoAlone(d: GoldDoc): Timex[] {
  const pub = published(d);
  const ref = pub ? new Date(pub) : new Date(Date.UTC(2000, 0, 1));
  return chrono.en.casual.parse(d.raw, { instant: ref, timezone: 0 }).map((r) => ({
    start: r.index, end: r.index + r.text.length, text: r.text, ...chronoAloneValue(r),
  }));
}

// ---------------------------------------------------------------- TempEval-3 measures

/** Strict matches, and a maximum one-to-one matching of overlapping extents (gold → system). */
export function matchDoc(gold: Timex[], sys: Timex[]): { strict: number; pairs: Array<[number, number]> } {
  const key = (t: Timex) => `${t.start}:${t.end}`;
  const gs = new Map<string, number>();
  for (const g of gold) gs.set(key(g), (gs.get(key(g)) ?? 0) + 1);
  let strict = 0;
  for (const s of sys) {
    const n = gs.get(key(s)) ?? 0;
    if (n > 0) { strict++; gs.set(key(s), n - 1); }
  }
  const cand = gold.map((g) => sys
    .map((x, si) => ({ si, ov: Math.min(g.end, x.end) - Math.max(g.start, x.start), exact: g.start === x.start && g.end === x.end, edge: Math.abs(g.start - x.start) + Math.abs(g.end - x.end) }))
    .filter((c) => c.ov > 0)
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.ov - a.ov || a.edge - b.edge)
    .map((c) => c.si));
  const owner = new Map<number, number>();
  const augment = (gi: number, seen: Set<number>): boolean => {
    for (const si of cand[gi] ?? []) {
      if (seen.has(si)) continue;
      seen.add(si);
      const o = owner.get(si);
      if (o === undefined || augment(o, seen)) { owner.set(si, gi); return true; }
    }
    return false;
  };
  for (let gi = 0; gi < gold.length; gi++) augment(gi, new Set());
  return { strict, pairs: [...owner.entries()].map(([si, gi]) => [gi, si] as [number, number]) };
}

export interface Score { gold: number; sys: number; strict: number; relaxed: number; type: number; value: number }

export function score(docs: GoldDoc[], run: (d: GoldDoc) => Timex[], label: string): Score {
  const s: Score = { gold: 0, sys: 0, strict: 0, relaxed: 0, type: 0, value: 0 };
  const log: string[] = [];
  for (const d of docs) {
    const sys = run(d);
    const { strict, pairs } = matchDoc(d.gold, sys);
    s.gold += d.gold.length;
    s.sys += sys.length;
    s.strict += strict;
    s.relaxed += pairs.length;
    const hitG = new Set<number>();
    const hitS = new Set<number>();
    for (const [gi, si] of pairs) {
      const g = d.gold[gi];
      const x = sys[si];
      if (!g || !x) continue;
      hitG.add(gi);
      hitS.add(si);
      s.type += Number(g.type === x.type);
      s.value += Number(g.value === x.value);
      if (verbose && g.value !== x.value) log.push(`${d.name}\t${d.dct ?? ''}\tWRONG\t${JSON.stringify(g.text)} ${g.type} ${g.value}\t→ ${JSON.stringify(x.text)} ${x.type} ${x.value}`);
    }
    if (verbose) {
      d.gold.forEach((g, i) => { if (!hitG.has(i)) log.push(`${d.name}\t${d.dct ?? ''}\tMISSED\t${JSON.stringify(g.text)} ${g.type} ${g.value}\t${JSON.stringify(d.raw.slice(Math.max(0, g.start - 40), g.end + 30).replace(/\s+/gu, ' '))}`); });
      sys.forEach((x, i) => { if (!hitS.has(i)) log.push(`${d.name}\t${d.dct ?? ''}\tSPURIOUS\t${JSON.stringify(x.text)} ${x.type} ${x.value}\t${JSON.stringify(d.raw.slice(Math.max(0, x.start - 40), x.end + 30).replace(/\s+/gu, ' '))}`); });
    }
  }
  if (verbose) console.log(`--- ${label}\n${log.join('\n')}`);
  return s;
}

function prf(c: number, sys: number, gold: number): [number, number, number] {
  const p = sys ? c / sys : 0;
  const r = gold ? c / gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

export function report(label: string, s: Score): void {
  const [sp, sr, sf] = prf(s.strict, s.sys, s.gold);
  const [rp, rr, rf] = prf(s.relaxed, s.sys, s.gold);
  const ta = s.relaxed ? s.type / s.relaxed : 0;
  const va = s.relaxed ? s.value / s.relaxed : 0;
  const f = (x: number) => x.toFixed(4);
  console.log(`${label.padEnd(12)} gold ${s.gold} sys ${s.sys} | strict P ${f(sp)} R ${f(sr)} F1 ${f(sf)} | relaxed P ${f(rp)} R ${f(rr)} F1 ${f(rf)} | type acc ${f(ta)} | value acc ${f(va)} | value F1 ${f(rf * va)}`);
}

// ---------------------------------------------------------------- Recognizers-Text spec cases

interface SpecResult { Text: string; Start?: number; Length?: number; End?: number; Value?: { Timex?: string; FutureResolution?: Record<string, string>; PastResolution?: Record<string, string> }; Resolution?: { values?: Array<{ timex?: string; value?: string }> } }
interface SpecCase { Input: string; Context?: { ReferenceDateTime?: string }; Results?: SpecResult[]; NotSupported?: string; NotSupportedByDesign?: string }

function specShare(): void {
  const dir = join(SHARED, 'recognizers_datetime_specs');
  let total = 0;
  let matched = 0;
  const byFile: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const cases = JSON.parse(readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/u, '')) as SpecCase[];
    let ok = 0;
    for (const c of cases) {
      const refIso = c.Context?.ReferenceDateTime;
      const times = findTimes(c.Input, refIso ? { reference: refIso } : {});
      const results = c.Results ?? [];
      const good = results.length === 0 ? times.length === 0 : results.every((r) => {
        const start = r.Start ?? c.Input.toLowerCase().indexOf(r.Text.toLowerCase());
        const end = r.End !== undefined ? r.End + 1 : start + (r.Length ?? r.Text.length);
        const accepted = new Set<string>();
        if (r.Value?.Timex) accepted.add(r.Value.Timex);
        for (const res of [r.Value?.FutureResolution, r.Value?.PastResolution]) {
          const date = res?.date;
          if (date && /^\d{4}-\d\d-\d\d$/u.test(date)) accepted.add(date);
        }
        for (const v of r.Resolution?.values ?? []) {
          if (v.timex) accepted.add(v.timex);
          if (v.value && /^\d{4}-\d\d-\d\d$/u.test(v.value)) accepted.add(v.value);
        }
        return times.some((t) => t.start < end && start < t.end && accepted.has(t.value));
      });
      ok += Number(good);
      if (verbose && !good) console.log(`SPEC\t${f}\t${JSON.stringify(c.Input)}\t${refIso ?? ''}\twant ${results.map((r) => `${r.Text}=${r.Value?.Timex ?? r.Resolution?.values?.map((v) => v.timex).join('|')}`).join('; ')}\tgot ${times.map((t) => `${t.text}=${t.value}`).join('; ')}`);
    }
    byFile.push(`${f} ${ok}/${cases.length}`);
    total += cases.length;
    matched += ok;
  }
  console.log(`spec cases: ${matched}/${total} = ${(matched / total).toFixed(4)} (${byFile.join(', ')})`);
  console.log('  a case matches when every expected result is overlapped by one of our times with its TIMEX value (or, for a date, its resolved date); a case expecting nothing matches when we find nothing');
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  if (args.includes('--meantime')) return meantime();
  const docs = tmlFiles(tbaqDir).map(readTml);
  console.log(`TimeBank+AQUAINT: ${docs.length} documents from ${tbaqDir}`);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  if (only !== 'chrono') {
    const s = score(docs, ours, 'ours');
    report('dateline', s);
    const chars = docs.reduce((n, d) => n + d.raw.length, 0);
    console.log(`  (times stage alone: ${(timesMs / docs.length).toFixed(2)} ms/doc, ${(chars / timesMs / 1000).toFixed(1)} MB/s)`);
    if (args.includes('--cv')) {
      // The learned ranker (npm run train:times) scored honestly: trained on four fifths of the
      // documents, scored on the fifth it never saw, summed over the five folds.
      const { prepare, ranked, crossValidate } = await import('./train-times.js');
      const prepared = docs.map(prepare);
      const byName = new Map(prepared.map((p) => [p.doc.name, p]));
      report('rules alone', score(docs, (d) => { const p = byName.get(d.name); return p ? ranked(p, null) : []; }, 'rules'));
      report('ranker 5-CV', crossValidate(prepared, 5, 'cv'));
    }
  }
  if (only !== 'ours') report('chrono alone', score(docs, chronoAlone, 'chrono'));
  if (!only) specShare();
}

/** --meantime: the same measures on MEANTIME's English WikiNews (scripts/meantime.ts), [DIR] its folder. */
async function meantime(): Promise<void> {
  const m = await import('./meantime.js');
  const dir = args.find((a, i) => !a.startsWith('-') && (onlyAt < 0 || i !== onlyAt + 1)) ?? m.MEANTIME_DIR;
  const docs = m.meantimeFiles(dir).map(m.readMeantime);
  console.log(`MEANTIME (English): ${docs.length} documents from ${dir}`);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  if (only !== 'chrono') report('dateline', score(docs, (d) => m.scoredTimes(d, ours(d)), 'ours'));
  if (only !== 'ours') report('chrono alone', score(docs, (d) => m.scoredTimes(d, chronoAlone(d)), 'chrono'));
}

// Not awaited at the top level: train-times.ts imports this module, and --cv imports it back.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => { console.error(e); process.exitCode = 1; });
}

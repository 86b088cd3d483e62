/**
 * npm run eval:quotes [-- --verbose] [--limit N] [--data DIR] [--dump FILE]
 *
 * Scores the quote stage on the PolNeAR development set (../shared/data/quotes/polnear/dev, brat
 * standoff with Source / Cue / Content roles). Each article's raw .txt becomes an Article whose
 * text is the raw text itself (paragraphs at blank lines, the first one the headline), so gold
 * offsets need no alignment; the whole pipeline runs on it.
 *
 * Measures, as ../shared/tools/score/quotes.py defines them:
 *   content P/R/F1: word-token overlap F1 >= 0.5 between a gold content and a system quote,
 *     matched one-to-one, best first; an unmatched system quote lying mostly inside a matched gold
 *     content (a piece of an interrupted quote) is not counted;
 *   the same split into direct (gold content holds a double quotation mark) and indirect;
 *   speaker accuracy over matched pairs whose gold has a Source: the speaker entity's mention
 *     overlaps the Source, or speakerText and Source are one inside the other (word tokens), or
 *     they share a capitalised non-pronoun surname.
 * Also prints the quote stage's share of the analysis time. --verbose lists per article the extra
 * system quotes (with their cue), the missed gold contents (with the gold Source, Cue and offset,
 * and the system quote that overlaps each best, if any: a wrong extent rather than a miss) and
 * the wrong or missing speakers. --dump FILE writes the missed gold contents as JSON lines (with
 * their Source and Cue spans and the text around them) for breaking the misses down.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { newDoc, type Doc } from '../src/analyze/doc.js';
import { STAGES } from '../src/analyze/pipeline.js';
import type { Article, Part, Quote } from '../src/model.js';

interface Gold {
  content: Array<[number, number]>;
  source: Array<[number, number]>;
  cue: Array<[number, number]>;
  contentText: string;
  sourceText: string;
  cueText: string;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const limitArg = args.indexOf('--limit');
const dumpArg = args.indexOf('--dump');
const dump = dumpArg >= 0 ? (args[dumpArg + 1] as string) : undefined;
const dumped: string[] = [];
const limit = limitArg >= 0 ? Number(args[limitArg + 1]) : Infinity;
const dataArg = args.indexOf('--data');
const DATA = dataArg >= 0 ? (args[dataArg + 1] as string) : join(import.meta.dirname, '../../shared/data/quotes/polnear/dev');

const DQUOTES = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02';
const PRONOUNS = new Set([
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'hers', 'it', 'its',
  'they', 'them', 'their', 'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those', 'one',
  'someone', 'some', 'many', 'others', 'all', 'both', 'each', 'mr', 'mrs', 'ms',
]);

/** Code point offset -> UTF-16 offset, for the brat files (Python indices). */
function codePointMap(text: string): Int32Array {
  const map = new Int32Array([...text].length + 1);
  let u = 0;
  let c = 0;
  for (const ch of text) {
    map[c++] = u;
    u += ch.length;
  }
  map[c] = u;
  return map;
}

function parseAnn(path: string, cp: Int32Array, text: string): Gold[] {
  const tb = new Map<string, Array<[number, number]>>();
  const events: Array<Array<[string, string]>> = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (id.startsWith('T')) {
      const [, spans = ''] = (cols[1] ?? '').split(/ (.*)/su);
      tb.set(id, spans.split(';').map((fr) => {
        const [s, e] = fr.trim().split(/\s+/u).map(Number);
        return [cp[s ?? 0] ?? 0, cp[e ?? 0] ?? 0] as [number, number];
      }));
    } else if (id.startsWith('E')) {
      events.push((cols[1] ?? '').split(/\s+/u).filter(Boolean).map((item) => {
        const [role = '', tid = ''] = item.split(':');
        return [role.replace(/\d+$/u, ''), tid];
      }));
    }
  }
  const out: Gold[] = [];
  for (const roles of events) {
    const content: Array<[number, number]> = [];
    const source: Array<[number, number]> = [];
    const cue: Array<[number, number]> = [];
    for (const [role, tid] of roles) {
      const spans = tb.get(tid);
      if (!spans) continue;
      if (role === 'Content') content.push(...spans);
      else if (role === 'Source') source.push(...spans);
      else if (role === 'Cue') cue.push(...spans);
    }
    if (content.length === 0) continue;
    content.sort((a, b) => a[0] - b[0]);
    source.sort((a, b) => a[0] - b[0]);
    cue.sort((a, b) => a[0] - b[0]);
    out.push({
      content, source, cue,
      contentText: content.map(([s, e]) => text.slice(s, e)).join(' '),
      sourceText: source.map(([s, e]) => text.slice(s, e)).join(' '),
      cueText: cue.map(([s, e]) => text.slice(s, e)).join(' '),
    });
  }
  return out;
}

/** Paragraphs at blank lines; the first is the headline. Offsets are into the raw text. */
function articleOf(id: string, text: string, published: string | undefined): Article {
  const parts: Part[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/gu;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    let end = start + m[0].length;
    while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
    if (end > start) parts.push({ kind: parts.length === 0 ? 'headline' : 'paragraph', start, end });
  }
  const a: Article = { id, source: { format: 'polnear' }, text, parts, headline: parts[0] ? text.slice(parts[0].start, parts[0].end) : '' };
  if (published) a.published = `${published}T12:00:00Z`;
  return a;
}

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;
function words(text: string): Array<[number, number, string]> {
  return [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length, m[0].normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()]);
}

/** Indices of word tokens overlapping [lo, hi). */
function tokensIn(toks: Array<[number, number, string]>, lo: number, hi: number): Set<number> {
  const out = new Set<number>();
  let a = 0;
  let b = toks.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if ((toks[m]?.[1] ?? 0) <= lo) a = m + 1;
    else b = m;
  }
  for (let i = a; i < toks.length && (toks[i]?.[0] ?? 0) < hi; i++) out.add(i);
  return out;
}

function surname(s: string, requireCapital: boolean): string | undefined {
  let t = s.normalize('NFKC').replace(/[\u2018\u2019]/gu, "'").replace(/\([^)]*\)/gu, ' ').split(',')[0] ?? '';
  t = t.trim();
  const ws = [...t.matchAll(/[^\W\d_][\w.'-]*/gu)].map((m) => m[0]);
  while (ws.length && ['jr', 'sr', 'ii', 'iii', 'iv'].includes((ws[ws.length - 1] ?? '').replace(/\./gu, '').toLowerCase())) ws.pop();
  const last = ws[ws.length - 1];
  if (!last) return undefined;
  const w = last.replace(/'s?$/u, '').replace(/^[.'-]+|[.'-]+$/gu, '');
  if (!w) return undefined;
  if (requireCapital && !/^\p{Lu}/u.test(w)) return undefined;
  const f = w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return PRONOUNS.has(f) ? undefined : f;
}

function contiguousIn(small: string[], big: string[]): boolean {
  if (small.length === 0) return false;
  for (let i = 0; i + small.length <= big.length; i++) {
    if (small.every((w, k) => big[i + k] === w)) return true;
  }
  return false;
}

function speakerOk(q: Quote, doc: Doc, g: Gold, toks: Array<[number, number, string]>): string | undefined {
  const src = new Set<number>();
  for (const [s, e] of g.source) for (const i of tokensIn(toks, s, e)) src.add(i);
  const ent = q.speaker ? doc.entities.find((e) => e.id === q.speaker) : undefined;
  if (ent) {
    for (const m of ent.mentions) for (const i of tokensIn(toks, m.start, m.end)) if (src.has(i)) return 'overlap';
  }
  if (q.speakerText?.trim()) {
    const a = words(q.speakerText).map((w) => w[2]);
    const b = words(g.sourceText).map((w) => w[2]);
    if (a.length && b.length && (a.join(' ') === b.join(' ') || contiguousIn(a, b) || contiguousIn(b, a))) return 'speakerText';
  }
  const gs = surname(g.sourceText, true);
  if (gs) {
    for (const c of [ent?.name, q.speakerText]) if (c && surname(c, false) === gs) return 'surname';
  }
  return undefined;
}

function prf(tp: number, pred: number, gold: number): [number, number, number] {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}
const f3 = (x: number): string => x.toFixed(3);

function main(): void {
  const meta = new Map<string, string>();
  try {
    const rows = readFileSync(join(DATA, '../metadata.tsv'), 'utf8').split('\n');
    const head = (rows[0] ?? '').split('\t');
    const fi = head.indexOf('filename');
    const di = head.indexOf('publication_date');
    for (const r of rows.slice(1)) {
      const c = r.split('\t');
      if (c[fi]) meta.set(c[fi] as string, c[di] ?? '');
    }
  } catch {
    // No metadata: articles go without a publication date.
  }
  const annFiles = readdirSync(join(DATA, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const stems = readdirSync(join(DATA, 'text')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  const tot = { gold: 0, pred: 0, tp: 0, absorbed: 0, dG: 0, dP: 0, dT: 0, iG: 0, iP: 0, iT: 0, spkEval: 0, spkOk: 0, spkNone: 0 };
  const stageMs = new Map<string, number>();
  let n = 0;
  for (const stem of stems) {
    if (n >= limit) break;
    const ann = annFiles.find((f) => f.startsWith(`${stem}_`));
    if (!ann) continue;
    n++;
    const text = readFileSync(join(DATA, 'text', `${stem}.txt`), 'utf8');
    const cp = codePointMap(text);
    const golds = parseAnn(join(DATA, 'attributions', ann), cp, text);
    const doc = newDoc(articleOf(stem, text, meta.get(stem)));
    const ctx = doc.article.published ? { reference: doc.article.published } : {};
    for (const stage of STAGES) {
      const t0 = performance.now();
      stage.run(doc, ctx);
      stageMs.set(stage.name, (stageMs.get(stage.name) ?? 0) + performance.now() - t0);
    }
    const toks = words(text);
    const gTok = golds.map((g) => {
      const s = new Set<number>();
      for (const [a, b] of g.content) for (const i of tokensIn(toks, a, b)) s.add(i);
      return s;
    });
    const sTok = doc.quotes.map((q) => tokensIn(toks, q.start, q.end));
    const pairs: Array<[number, number, number]> = [];
    gTok.forEach((g, gi) => sTok.forEach((s, sj) => {
      let ov = 0;
      for (const i of s) if (g.has(i)) ov++;
      if (ov > 0) pairs.push([(2 * ov) / (s.size + g.size), gi, sj]);
    }));
    pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
    const match = new Map<number, number>();
    const used = new Set<number>();
    for (const [sc, gi, sj] of pairs) {
      if (sc < 0.5 || match.has(gi) || used.has(sj)) continue;
      match.set(gi, sj);
      used.add(sj);
    }
    const isDirectGold = golds.map((g) => [...g.contentText].some((c) => DQUOTES.includes(c)));
    const sysDirect = (q: Quote): boolean => {
      if ([...q.text].some((c) => DQUOTES.includes(c))) return true;
      let i = q.start - 1;
      while (i >= 0 && ' \t\u00a0'.includes(text[i] ?? '')) i--;
      let j = q.end;
      while (j < text.length && ' \t\u00a0'.includes(text[j] ?? '')) j++;
      return (i >= 0 && DQUOTES.includes(text[i] ?? 'x')) || (j < text.length && DQUOTES.includes(text[j] ?? 'x'));
    };
    tot.gold += golds.length;
    tot.pred += doc.quotes.length;
    tot.tp += match.size;
    golds.forEach((_, gi) => {
      if (isDirectGold[gi]) {
        tot.dG++;
        if (match.has(gi)) { tot.dP++; tot.dT++; }
      } else {
        tot.iG++;
        if (match.has(gi)) { tot.iP++; tot.iT++; }
      }
    });
    const lines: string[] = [];
    doc.quotes.forEach((q, sj) => {
      if (used.has(sj)) return;
      const s = sTok[sj] as Set<number>;
      const absorbed = [...match.keys()].some((gi) => {
        let ov = 0;
        for (const i of s) if (gTok[gi]?.has(i)) ov++;
        return s.size > 0 && ov * 2 >= s.size;
      });
      if (absorbed) tot.absorbed++;
      else if (sysDirect(q)) tot.dP++;
      else tot.iP++;
      if (!absorbed) lines.push(`    extra   ${sysDirect(q) ? 'D' : 'I'} ${q.kind} ${JSON.stringify(q.text.slice(0, 100))} [${q.cue ?? ''}]`);
    });
    golds.forEach((g, gi) => {
      if (match.has(gi)) return;
      if (dump) {
        const lo = Math.min(g.content[0]?.[0] ?? 0, g.cue[0]?.[0] ?? Infinity, g.source[0]?.[0] ?? Infinity);
        const hi = Math.max(g.content[g.content.length - 1]?.[1] ?? 0, g.cue[g.cue.length - 1]?.[1] ?? 0, g.source[g.source.length - 1]?.[1] ?? 0);
        dumped.push(JSON.stringify({
          article: stem, direct: isDirectGold[gi], content: g.content, source: g.source, cue: g.cue,
          contentText: g.contentText, sourceText: g.sourceText, cueText: g.cueText,
          context: text.slice(Math.max(0, lo - 150), hi + 150), nearest: pairs.filter(([, pg]) => pg === gi).sort((a, b) => b[0] - a[0])[0]?.[0] ?? 0,
        }));
      }
      lines.push(`    missed  ${isDirectGold[gi] ? 'D' : 'I'} ${JSON.stringify(g.contentText.slice(0, 100))} <${g.sourceText}> [${g.cueText}] @${g.content[0]?.[0] ?? 0}`);
      // The system quote overlapping it best, if any: a wrong extent rather than a miss.
      const best = pairs.filter(([, pg]) => pg === gi).sort((a, b) => b[0] - a[0])[0];
      if (best) lines.push(`      nearest ${f3(best[0])} ${JSON.stringify(doc.quotes[best[2]]?.text.slice(0, 100))}`);
    });
    for (const [gi, sj] of match) {
      const g = golds[gi] as Gold;
      if (g.source.length === 0) continue;
      tot.spkEval++;
      const q = doc.quotes[sj] as Quote;
      if (!q.speaker && !q.speakerText?.trim()) {
        tot.spkNone++;
        lines.push(`    speaker none: gold ${JSON.stringify(g.sourceText)} for ${q.kind} ${JSON.stringify(q.text.slice(0, 60))} [${q.cue ?? ""}]`);
        continue;
      }
      if (speakerOk(q, doc, g, toks)) tot.spkOk++;
      else lines.push(`    speaker ✗ gold ${JSON.stringify(g.sourceText)} system ${JSON.stringify(q.speakerText)} for ${JSON.stringify(q.text.slice(0, 60))}`);
    }
    if (verbose) {
      console.log(`  ${stem} gold=${golds.length} pred=${doc.quotes.length} matched=${match.size}`);
      for (const l of lines) console.log(l);
    }
  }
  if (dump) writeFileSync(dump, `${dumped.join('\n')}\n`);
  const [p, r, f] = prf(tot.tp, tot.pred - tot.absorbed, tot.gold);
  const [dp, dr, df] = prf(tot.dT, tot.dP, tot.dG);
  const [ip, ir, iF] = prf(tot.iT, tot.iP, tot.iG);
  const sacc = tot.spkEval ? tot.spkOk / tot.spkEval : 0;
  const total = [...stageMs.values()].reduce((a, b) => a + b, 0);
  const qms = stageMs.get('quotes') ?? 0;
  console.log(`PolNeAR ${DATA}: ${n} articles`);
  console.log(`content   P=${f3(p)} R=${f3(r)} F1=${f3(f)}  (matched ${tot.tp}; gold ${tot.gold}, system ${tot.pred}, split pieces not counted ${tot.absorbed})`);
  console.log(`direct    P=${f3(dp)} R=${f3(dr)} F1=${f3(df)}  (matched ${tot.dT}; gold ${tot.dG}, system ${tot.dP})`);
  console.log(`indirect  P=${f3(ip)} R=${f3(ir)} F1=${f3(iF)}  (matched ${tot.iT}; gold ${tot.iG}, system ${tot.iP})`);
  console.log(`speaker   acc=${f3(sacc)} (${tot.spkOk}/${tot.spkEval} matched pairs with a gold Source; none given ${tot.spkNone})`);
  console.log(`time      quotes ${qms.toFixed(0)} ms of ${total.toFixed(0)} ms analysis (${((100 * qms) / (total || 1)).toFixed(1)}%); `
    + [...stageMs].map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(', '));
}

main();

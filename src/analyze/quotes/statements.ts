/**
 * Step 2, unit by unit: the subject that opens each unit (kept for focus), headline and transcript
 * lines ("NAME: words"), and indirect statements — unless their content is a direct quote already
 * found ('"…," X said' read as 'CLAUSE, X said').
 */
import type { Token } from '../doc.js';
import type { Candidate, QuoteContext } from './context.js';
import { cueBefore } from './direct.js';
import { headlineQuote } from './headline.js';
import { statementsIn } from './indirect.js';
import { isQuoteMark, type QuoteSegment } from './marks.js';
import { isComma, phraseStartingAt, tok, type TokenRange, type View } from './phrases.js';
import type { Unit } from './units.js';

/** The subject that opens a unit ("Kim Yong-nam handed …", "On Friday, she said …"). */
function unitSubject(v: View): TokenRange | undefined {
  let i = v.lo;
  while (i < v.hi) {
    const t = v.tokens[i];
    if (!t || (v.inQuote[i] ?? -1) >= 0) return undefined;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || (t.pos === 'ADV' && /^\p{Lu}/u.test(t.text))) {
      i++;
      continue;
    }
    break;
  }
  const t = tok(v, i);
  if (t && (t.pos === 'ADP' || t.text.toLowerCase() === 'according')) {
    // Skip an opening phrase up to its comma.
    let k = i;
    while (k < v.hi && k < i + 10 && !isComma(tok(v, k))) k++;
    if (!isComma(tok(v, k))) return undefined;
    i = k + 1;
  }
  const np = phraseStartingAt(v, i);
  if (!np) return undefined;
  let j = np.to;
  // "Biden, who flew to Vilnius from London, hailed …": past the relative clause to the verb;
  // "Olav Berg, the host, was less upbeat": past an apposition with no verb of its own.
  const app = isComma(tok(v, j)) ? phraseStartingAt(v, j + 1, 12) : undefined;
  if (isComma(tok(v, j)) && /^(?:who|which)$/iu.test(tok(v, j + 1)?.text ?? '')) {
    let k = j + 2;
    while (k < v.hi && k < j + 30 && !isComma(tok(v, k)) && (v.inQuote[k] ?? -1) < 0) k++;
    if (isComma(tok(v, k))) j = k + 1;
  } else if (app && isComma(tok(v, app.to))) {
    j = app.to + 1;
  }
  if (tok(v, j)?.pos === 'ADV') j++;
  const verb = tok(v, j);
  return verb && (verb.pos === 'VERB' || verb.pos === 'AUX') ? np : undefined;
}

/**
 * "The governor added:" closing a paragraph, and the next paragraph his words with their marks
 * lost (a block quotation in the page): that paragraph is what he said.
 */
function blockAfterColon(ctx: QuoteContext, k: number): Candidate | undefined {
  const { text, units, views } = ctx;
  const u = units[k] as Unit;
  const v = views[k] as View;
  const next = units[k + 1];
  const parts = ctx.doc.article.parts;
  const part = parts[u.part];
  const nextPart = next ? parts[next.part] : undefined;
  if (!next || !part || !nextPart || next.part !== u.part + 1 || u.end < part.end - 1 || nextPart.kind !== 'paragraph') return undefined;
  if (ctx.tokens[u.tokenEnd - 1]?.text !== ':') return undefined;
  // Marks of its own make it a quoted passage, which the passages step reads.
  if (isQuoteMark(ctx.tokens[next.tokenStart]?.text ?? '')) return undefined;
  const before = cueBefore(v, v.lo, v.hi);
  if (!before?.cue.subject || before.cue.inverted) return undefined;
  let end = nextPart.end;
  while (end > nextPart.start && /\s/u.test(text[end - 1] ?? '')) end--;
  return end > nextPart.start ? { kind: 'direct', start: nextPart.start, end, unit: k, cue: before.cue } : undefined;
}

function overlapShare(a0: number, a1: number, b0: number, b1: number): number {
  const o = Math.min(a1, b1) - Math.max(a0, b0);
  return o > 0 && a1 > a0 ? o / (a1 - a0) : 0;
}

export interface UnitFindings {
  candidates: Candidate[];
  /** The subject opening each unit, by unit index. */
  subjects: Array<TokenRange | undefined>;
}

export function unitCandidates(ctx: QuoteContext): UnitFindings {
  const { text, tokens, segments, units, views } = ctx;
  const parts = ctx.doc.article.parts;
  const candidates: Candidate[] = [];
  const subjects: Array<TokenRange | undefined> = [];
  // Passages are in text order and do not overlap: binary search on their ends.
  const firstSegmentEndingAfter = (pos: number): number => {
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((segments[mid]?.closeEnd ?? 0) <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  units.forEach((u, k) => {
    const v = views[k] as View;
    subjects.push(unitSubject(v));
    const block = blockAfterColon(ctx, k);
    if (block) candidates.push(block);
    const part = parts[u.part];
    const headline = !!part && (part.kind === 'headline' || part.kind === 'subheading') && (k === 0 || units[k - 1]?.part !== u.part);
    const lineStart = u.start === 0 || text[u.start - 1] === '\n' || u.start === part?.start;
    if (part && lineStart) {
      let lineEnd = text.indexOf('\n', u.start);
      if (lineEnd < 0 || lineEnd > part.end) lineEnd = part.end;
      // A transcript line may sit inside a quote running over several paragraphs: '"WALLACE: …'.
      const lo = isQuoteMark(tokens[u.tokenStart]?.text ?? '') ? u.tokenStart + 1 : u.tokenStart;
      const hq = headlineQuote(tokens, lo, u.tokenEnd, lineEnd, text, !headline);
      if (hq) {
        const first = tokens[hq.speaker.from] as Token;
        const colon = tokens[hq.colon] as Token;
        candidates.push({
          kind: 'direct', start: hq.start, end: hq.end, unit: k, transcript: true,
          cue: { verb: hq.colon, lemma: ':', subject: hq.speaker, start: first.start, end: colon.end },
        });
      }
    }
    for (const st of statementsIn(v)) {
      const a = tokens[st.content.from];
      const b = tokens[st.content.to - 1];
      if (!a || !b || b.end <= a.start) continue;
      let inDirect = 0;
      for (let s = firstSegmentEndingAfter(a.start); s < segments.length; s++) {
        const g = segments[s] as QuoteSegment;
        if (g.open >= b.end) break;
        if (ctx.segKind[s] === 'direct') inDirect += overlapShare(a.start, b.end, g.open, g.closeEnd);
      }
      if (inDirect >= 0.5) continue;
      // The cue of a quoted passage before it ('"…?" Qatar's prime minister, NAME, wrote').
      if (ctx.passageCueVerbs.has(st.cue.verb) && st.content.to <= st.cue.verb) continue;
      candidates.push({ kind: 'indirect', start: a.start, end: b.end, unit: k, cue: st.cue });
    }
  });
  return { candidates, subjects };
}

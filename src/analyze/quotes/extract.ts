/**
 * The quote stage's plan: find the quoted passages and the indirect statements, find each one's
 * cue, then walk the article in text order resolving speakers (so a pronoun meets the speakers and
 * subjects before it), and last give cue-less quotes the speaker in focus.
 */
import type { Quote, QuoteKind } from '../../model.js';
import { spanOf, type Doc, type Sentence, type Token } from '../doc.js';
import { clauseSubject, type Cue } from './cue.js';
import { cueAfter, cueBefore, cueFramingPartial, opensAsDirect } from './direct.js';
import { headlineQuote } from './headline.js';
import { statementsIn } from './indirect.js';
import { findQuoteSegments, isQuoteMark, type QuoteSegment } from './marks.js';
import { isComma, phraseStartingAt, tok, type TokenRange, type View } from './phrases.js';
import { Focus, MentionIndex } from './resolve.js';
import { remember, resolvePhrase, type Speaker, type SpeakerEnv } from './speakers.js';
import { buildUnits, quoteIndexOfTokens, type Unit } from './units.js';

interface Candidate {
  kind: QuoteKind;
  start: number;
  end: number;
  unit: number;
  cue?: Cue;
  /** Index of the quoted passage, for direct and partial quotes. */
  segment?: number;
  speaker?: Speaker;
  addressee?: Speaker;
  /** The speaker was carried over from another cue or from focus (no cue of its own). */
  inherited?: boolean;
  /** A headline or transcript line: "NAME: what they said". */
  transcript?: boolean;
}

/** First token whose end lies after `offset` (the token holding or following it). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

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
  if (tok(v, j)?.pos === 'ADV') j++;
  const verb = tok(v, j);
  return verb && (verb.pos === 'VERB' || verb.pos === 'AUX') ? np : undefined;
}

/**
 * The tokens without whitespace tokens, and the sentences cut at line breaks (a line break is a
 * paragraph end in feeds and transcripts; the tokenizer runs over it).
 */
function wordsAndLines(all: readonly Token[], allSentences: readonly Sentence[]): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const s of allSentences) {
    let open: Sentence | undefined;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = all[i];
      if (!t) continue;
      if (t.pos === 'SPACE' || t.text.charCodeAt(0) <= 32) {
        if (t.text.includes('\n')) open = undefined;
        continue;
      }
      if (!open) {
        open = { start: t.start, end: t.end, tokenStart: tokens.length, tokenEnd: tokens.length, part: s.part };
        sentences.push(open);
      }
      tokens.push(t);
      open.end = t.end;
      open.tokenEnd = tokens.length;
    }
  }
  return { tokens, sentences };
}

/**
 * The statement a framing verb makes about words quoted after it: from the token after the verb
 * (or after its inverted subject) to the end of the clause that holds the quote (`close` is the
 * quote's closing mark).
 */
function objectStatement(v: View, cue: Cue, close: number): { start: number; end: number } | undefined {
  if (cue.verb >= close || !/^[a-z]/u.test(cue.lemma)) return undefined;
  const from = cue.inverted && cue.subject ? cue.subject.to : cue.verb + 1;
  let to = close + 1;
  while (to < v.hi) {
    const t = v.tokens[to];
    if (!t) break;
    if ((v.inQuote[to] ?? -1) < 0 && t.pos === 'PUNCT' && /^[.,;:!?—–()]$/u.test(t.text)) break;
    to++;
  }
  const a = v.tokens[from];
  const b = v.tokens[to - 1];
  if (!a || !b || b.end <= a.start || to - from < 2) return undefined;
  return { start: a.start, end: b.end };
}

const SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'at', 'with', 'by', 'from', 'or', 'vs', 'de']);

/** Words quoted as a name ("Fox News Sunday", "The Apprentice"): every word capitalised. */
function titleCase(s: string): boolean {
  const ws = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (ws.length === 0 || ws.length > 10) return false;
  return ws.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

function overlapShare(a0: number, a1: number, b0: number, b1: number): number {
  const o = Math.min(a1, b1) - Math.max(a0, b0);
  return o > 0 && a1 > a0 ? o / (a1 - a0) : 0;
}

export function extractQuotes(doc: Doc): Quote[] {
  const { text, parts } = doc.article;
  const { tokens, sentences } = wordsAndLines(doc.tokens, doc.sentences);
  if (tokens.length === 0) return [];
  const segments = findQuoteSegments(text, parts);
  const units = buildUnits(sentences, segments);
  const inQuote = quoteIndexOfTokens(tokens, segments);
  const env: SpeakerEnv = {
    text, mentions: new MentionIndex(doc.entities, doc.names), focus: new Focus(), haveNames: doc.names.length > 0,
  };
  const views: View[] = units.map((u) => ({ tokens, inQuote, lo: u.tokenStart, hi: u.tokenEnd }));
  const unitOfToken = new Int32Array(tokens.length).fill(-1);
  units.forEach((u, k) => unitOfToken.fill(k, u.tokenStart, u.tokenEnd));

  const candidates: Candidate[] = [];
  const segKind: Array<QuoteKind | undefined> = [];

  // 1. Quoted passages: kind and cue.
  const segTokens = segments.map((g) => ({
    open: tokenAt(tokens, g.open),
    close: g.closed ? tokenAt(tokens, g.closeEnd - 1) : tokenAt(tokens, g.close) - 1,
  }));
  segments.forEach((g, k) => {
    const st = segTokens[k];
    if (!st) return;
    const ou = unitOfToken[st.open] ?? -1;
    const cu = unitOfToken[Math.max(st.open, st.close)] ?? -1;
    const ov = views[ou];
    const cv = views[cu];
    if (!ov || !cv) return;
    const prevTok = segTokens[k - 1];
    const nextTok = segTokens[k + 1];
    const beforeFrom = prevTok && (unitOfToken[prevTok.close] ?? -1) === ou ? prevTok.close + 1 : ov.lo;
    const afterTo = nextTok && (unitOfToken[nextTok.open] ?? -1) === cu ? nextTok.open : cv.hi;
    let after = g.closed ? cueAfter(cv, st.close + 1, afterTo) : undefined;
    const nv = views[cu + 1];
    if (!after && g.closed && afterTo === cv.hi && st.close + 1 >= cv.hi && nv && units[cu + 1]?.part === units[cu]?.part) {
      // The tokenizer ended the sentence inside the quote: '…shame.” ― Sonya Herridge'.
      const first = tokens[nv.lo];
      if (first && /^[―—–-]/u.test(first.text)) after = cueAfter(nv, nv.lo, nv.hi);
    }
    let before = cueBefore(ov, beforeFrom, st.open);
    const unit = units[ou] as Unit;
    if (!before && st.open === ov.lo && ou > 0 && units[ou - 1]?.part === unit.part - 1) {
      // 'Caddell continued:' closing the previous paragraph.
      const pv = views[ou - 1] as View;
      const lastTok = tok(pv, pv.hi - 1);
      if (lastTok?.text === ':') before = cueBefore(pv, pv.lo, pv.hi);
    }
    const direct = (before?.framed ?? false) || opensAsDirect(ov, beforeFrom, st.open, text[g.start] ?? '');
    const c: Candidate = { kind: direct ? 'direct' : 'partial', start: g.start, end: g.end, unit: direct ? cu : ou, segment: k };
    if (direct) {
      const cue = after ?? before?.cue;
      if (cue) c.cue = cue;
      if (!after && before) c.unit = ou;
    } else {
      const cue = cueFramingPartial(ov, ov.lo, st.open) ?? after;
      if (cue) c.cue = cue;
    }
    segKind[k] = c.kind;
    candidates.push(c);
  });

  // Segments are in text order and do not overlap: binary search on their ends.
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

  // 2. Indirect statements and headline quotes, unit by unit.
  const subjects: Array<TokenRange | undefined> = [];
  units.forEach((u, k) => {
    const v = views[k] as View;
    subjects.push(unitSubject(v));
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
      // Not when the content is a direct quote already found ('CLAUSE, X said' around a quote).
      let inDirect = 0;
      for (let s = firstSegmentEndingAfter(a.start); s < segments.length; s++) {
        const g = segments[s] as QuoteSegment;
        if (g.open >= b.end) break;
        if (segKind[s] === 'direct') inDirect += overlapShare(a.start, b.end, g.open, g.closeEnd);
      }
      if (inDirect >= 0.5) continue;
      candidates.push({ kind: 'indirect', start: a.start, end: b.end, unit: k, cue: st.cue });
    }
  });

  // 3. Speakers in text order: subjects and cues feed the focus that pronouns resolve against.
  type Ev = { pos: number; unit: number; subject?: TokenRange; cand?: Candidate };
  const events: Ev[] = [];
  subjects.forEach((s, k) => {
    if (s) events.push({ pos: (tokens[s.from] as Token).start, unit: k, subject: s });
  });
  for (const c of candidates) if (c.cue) events.push({ pos: c.cue.start, unit: c.unit, cand: c });
  events.sort((x, y) => x.pos - y.pos || (x.subject ? -1 : 1));
  const lastInUnit: Array<Speaker | undefined> = [];
  for (const ev of events) {
    const v = views[ev.unit] as View;
    const part = (units[ev.unit] as Unit).part;
    if (ev.subject) {
      const sp = resolvePhrase(env, v, ev.subject, part);
      remember(env, sp, part);
      lastInUnit[ev.unit] = sp;
      continue;
    }
    const c = ev.cand as Candidate;
    const cue = c.cue as Cue;
    let sp: Speaker | undefined;
    if (cue.subject) sp = resolvePhrase(env, v, cue.subject, part);
    else if (cue.borrowsSubject) {
      const from = lastInUnit[ev.unit];
      const subj = from ? undefined : clauseSubject(v, cue.verb);
      if (from) sp = { ...from, inFocus: false };
      else if (subj) sp = resolvePhrase(env, v, subj, part);
    }
    if (sp) {
      c.speaker = sp;
      if (!cue.borrowsSubject) {
        remember(env, { ...sp, inFocus: true }, part, true);
        lastInUnit[ev.unit] = sp;
      }
    }
    if (cue.addressee) c.addressee = resolvePhrase(env, v, cue.addressee, part);
  }

  // 4. Partial quotes take the speaker of the statement around them; direct quotes without a cue
  // take the speaker of the next quote they run into, or the speaker in focus.
  const indirect = candidates.filter((c) => c.kind === 'indirect' && c.speaker);
  const bySegment = new Map<number, Candidate>();
  for (const c of candidates) if (c.segment !== undefined) bySegment.set(c.segment, c);
  // A programme or book named after "on", "in", "of" or a possessive: 'on “Fox News Sunday”'.
  const looksLikeTitle = (a: number, b: number): boolean => {
    const before = /(?:\b(?:on|in|at|of|from)|['’]s?)\s*$/iu.test(text.slice(Math.max(0, a - 8), a - 1));
    return before && titleCase(text.slice(a, b));
  };
  const kept: Candidate[] = [];
  // A transcript has at least two lines by the same speaker; a lone "LABEL:" line is no quote.
  const speakerLines = new Map<string, number>();
  for (const c of candidates) if (c.transcript && c.speaker) speakerLines.set(c.speaker.text, (speakerLines.get(c.speaker.text) ?? 0) + 1);
  const transcripts = candidates.filter((c) => c.transcript && (c.unit === 0 || (speakerLines.get(c.speaker?.text ?? '') ?? 0) >= 2));
  for (const c of candidates) {
    if (c.transcript && !transcripts.includes(c)) continue;
    if (c.kind === 'partial' && looksLikeTitle(c.start, c.end)) continue;
    if (c.kind === 'partial') {
      const around = indirect.find((s) => s.start <= c.start && s.end >= c.end);
      if (around) {
        c.speaker = around.speaker as Speaker;
        if (around.cue) c.cue = around.cue;
        if (around.addressee) c.addressee = around.addressee;
      }
      if (!c.speaker) continue;
      if (!around && c.cue && c.segment !== undefined) {
        // 'described Trump as a "con artist"': the statement is the verb's object with the quote.
        const st = segTokens[c.segment];
        const v = views[c.unit];
        if (st && v) {
          const stmt = objectStatement(v, c.cue, st.close);
          if (stmt) kept.push({ ...c, kind: 'indirect', start: stmt.start, end: stmt.end, segment: undefined } as Candidate);
        }
      }
    }
    if (c.kind === 'direct' && !c.cue && c.segment !== undefined && transcripts.some((t) => t.start >= c.start && t.end <= c.end + 2)) {
      // The quote marks only wrap a transcript; its lines are the quotes.
      continue;
    }
    if (c.kind === 'direct' && !c.speaker && c.segment !== undefined) {
      const g = segments[c.segment] as QuoteSegment;
      const next = bySegment.get(c.segment + 1);
      const ng = segments[c.segment + 1];
      const gap = ng ? text.slice(g.closeEnd, ng.open) : '';
      if (next?.speaker && next.kind === 'direct' && ng && ng.firstPart === g.lastPart && !/[\p{L}\p{N}]/u.test(gap)) {
        c.speaker = { ...next.speaker, resolved: true };
      } else {
        const part = (units[c.unit] as Unit).part;
        const item = env.focus.lastSpeaker(g.open, part) ?? env.focus.last(g.open, part - 1);
        if (item) {
          c.speaker = { text: item.text, start: item.start, end: item.start + item.text.length, resolved: true, inFocus: false };
          if (item.entity) c.speaker.entity = item.entity;
        }
      }
      c.inherited = true;
    }
    // Reported speech is defined by who reports it: with no speaker phrase at all it is narrative.
    if (c.kind === 'indirect' && !c.speaker) continue;
    kept.push(c);
  }

  // 5. Records, in text order, one per content span.
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Quote[] = [];
  let prevKey = '';
  for (const c of kept) {
    const key = `${c.start}:${c.end}`;
    if (key === prevKey) continue;
    prevKey = key;
    const q: Quote = { ...spanOf(text, c.start, c.end), kind: c.kind };
    if (c.speaker) {
      if (c.speaker.entity) q.speaker = c.speaker.entity.id;
      q.speakerText = c.speaker.text;
      q.speakerResolved = c.speaker.resolved || !!c.inherited;
    }
    if (c.addressee) {
      if (c.addressee.entity) q.addressee = c.addressee.entity.id;
      q.addresseeText = c.addressee.text;
    }
    if (c.cue && !c.inherited) {
      const cueSpan = spanOf(text, c.cue.start, c.cue.end);
      q.cue = cueSpan.text;
      q.cueSpan = cueSpan;
    }
    out.push(q);
  }
  return out;
}

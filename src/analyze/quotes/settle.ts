/**
 * Step 4: settle the candidates. A partial quote takes the speaker of the statement around it (or
 * makes one from its framing verb: 'described Trump as a "con artist"'); a title in quotation
 * marks is no quote; quote marks that only wrap a transcript give way to its lines; a direct
 * quote with no cue takes the speaker of the quote it runs into, or the speaker in focus; reported
 * speech with no speaker at all is narrative.
 */
import type { Candidate, QuoteContext } from './context.js';
import type { Cue } from './cue.js';
import { anotherStatement } from './extent.js';
import { SPEECH_VERBS } from './lexicon.js';
import type { QuoteSegment } from './marks.js';
import type { View } from './phrases.js';
import type { Speaker } from './speakers.js';
import type { Unit } from './units.js';

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
    // 'called it "outrageous" and called for …': the cue's next verb begins another statement.
    if ((v.inQuote[to] ?? -1) < 0 && t.pos === 'CCONJ' && anotherStatement(v, to + 1)) break;
    to++;
  }
  const a = v.tokens[from];
  const b = v.tokens[to - 1];
  if (!a || !b || b.end <= a.start || to - from < 2) return undefined;
  return { start: a.start, end: b.end };
}

/** Lemmas of the verbs of saying: a statement inside another's content with one of these is its own. */
const SAYING_LEMMAS: ReadonlySet<string> = new Set(SPEECH_VERBS.values());

const SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'at', 'with', 'by', 'from', 'or', 'vs', 'de']);

/** Words quoted as a name ("Fox News Sunday", "The Apprentice"): every word capitalised. */
function titleCase(s: string): boolean {
  const ws = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (ws.length === 0 || ws.length > 10) return false;
  return ws.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

export function settle(ctx: QuoteContext, candidates: readonly Candidate[]): Candidate[] {
  const { text, segments, segTokens, units, views, env } = ctx;
  const indirect = candidates.filter((c) => c.kind === 'indirect' && c.speaker);
  const bySegment = new Map<number, Candidate>();
  for (const c of candidates) if (c.segment !== undefined) bySegment.set(c.segment, c);
  // A programme or book named after "on", "in", "of" or a possessive: 'on “Fox News Sunday”'.
  const looksLikeTitle = (a: number, b: number): boolean => {
    const before = /(?:\b(?:on|in|at|of|from)|['’]s?)\s*$/iu.test(text.slice(Math.max(0, a - 8), a - 1));
    return before && titleCase(text.slice(a, b));
  };
  // A transcript has at least two lines by the same speaker; a lone "LABEL:" line is no quote.
  const speakerLines = new Map<string, number>();
  for (const c of candidates) if (c.transcript && c.speaker) speakerLines.set(c.speaker.text, (speakerLines.get(c.speaker.text) ?? 0) + 1);
  const transcripts = candidates.filter((c) => c.transcript && (c.unit === 0 || (speakerLines.get(c.speaker?.text ?? '') ?? 0) >= 2));
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (c.transcript && !transcripts.includes(c)) continue;
    // A programme or book: a partial, or a short "direct" quote with no sentence end ('told
    // MSNBC's "Morning Joe" that …').
    const unended = c.kind === 'direct' && !/[.!?,]$/u.test(text.slice(c.start, c.end));
    if ((c.kind === 'partial' || unended) && looksLikeTitle(c.start, c.end)) continue;
    if (c.kind === 'partial') {
      // The statement round it; of two, the inner one when its cue is a verb of saying:
      // 'X said …, hours after Y warned that … "fire and fury."' is Y's words, but in 'X said Iran
      // would defend … and make the "occupiers" regret' Iran's "defend" is only what X said.
      const enclosing = indirect.filter((s) => s.start <= c.start && s.end >= c.end);
      let around = enclosing[0];
      for (const s of enclosing) {
        if (SAYING_LEMMAS.has(s.cue?.lemma ?? '') && (!SAYING_LEMMAS.has(around?.cue?.lemma ?? '') || s.end - s.start < (around?.end ?? 0) - (around?.start ?? 0))) around = s;
      }
      if (around) {
        c.speaker = around.speaker as Speaker;
        if (around.cue) c.cue = around.cue;
        if (around.addressee) c.addressee = around.addressee;
      }
      if (!c.speaker) continue;
      if (!around && c.cue && c.segment !== undefined) {
        const st = segTokens[c.segment];
        const v = views[c.unit];
        const stmt = st && v ? objectStatement(v, c.cue, st.close) : undefined;
        if (stmt) kept.push({ ...c, kind: 'indirect', start: stmt.start, end: stmt.end, segment: undefined } as Candidate);
      }
    }
    if (c.kind === 'direct' && !c.cue && c.segment !== undefined && transcripts.some((t) => t.start >= c.start && t.end <= c.end + 2)) {
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
    if (c.kind === 'indirect' && !c.speaker) continue;
    kept.push(c);
  }
  return kept;
}

/**
 * What the quote stage's steps share: the word tokens (no whitespace tokens), the statement units,
 * the quoted passages with their token positions, and the speaker resolution environment.
 */
import type { QuoteKind, Span } from '../../model.js';
import type { Doc, Sentence, Token } from '../doc.js';
import { Bodies } from './bodies.js';
import type { Cue } from './cue.js';
import { findQuoteSegments, type QuoteSegment } from './marks.js';
import { TITLE_ABBREVIATIONS, type View } from './phrases.js';
import { Focus, MentionIndex } from './resolve.js';
import type { Speaker, SpeakerEnv } from './speakers.js';
import { buildUnits, quoteIndexOfTokens, type Unit } from './units.js';

/** A quote in the making: content span, cue, and (once resolved) speaker and addressee. */
export interface Candidate {
  kind: QuoteKind;
  start: number;
  end: number;
  /** The unit whose view the cue's token ranges refer to. */
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

export interface QuoteContext {
  doc: Doc;
  text: string;
  tokens: Token[];
  segments: QuoteSegment[];
  /** Token index of each passage's opening mark and of the last token of its closing mark. */
  segTokens: Array<{ open: number; close: number }>;
  /** What each passage turned out to be (set by the passages step). */
  segKind: Array<QuoteKind | undefined>;
  /** Token indices of the cue verbs the passages took ('"…?" the minister wrote'): no other cue. */
  passageCueVerbs: Set<number>;
  units: Unit[];
  views: View[];
  unitOfToken: Int32Array;
  env: SpeakerEnv;
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

/** Does the sentence end on a title's full stop ("Navy spokesman Adm." | "Karl Lindqvist said …")? */
function endsWithTitle(tokens: readonly Token[], s: Sentence): boolean {
  const stop = tokens[s.tokenEnd - 1];
  const word = tokens[s.tokenEnd - 2];
  if (!stop || !word) return false;
  if (stop.text === '.' && word.end === stop.start) return TITLE_ABBREVIATIONS.test(word.text);
  return stop.text.endsWith('.') && TITLE_ABBREVIATIONS.test(stop.text.slice(0, -1));
}

/**
 * The tokens without whitespace tokens, and the sentences cut at line breaks (a line break is a
 * paragraph end in feeds and transcripts; the tokenizer runs over it).
 */
function wordsAndLines(all: readonly Token[], allSentences: readonly Sentence[]): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let lineBroken = true;
  let parens = 0;
  for (const s of allSentences) {
    let open: Sentence | undefined;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = all[i];
      if (!t) continue;
      if (t.pos === 'SPACE' || t.text.charCodeAt(0) <= 32) {
        if (t.text.includes('\n')) {
          open = undefined;
          lineBroken = true;
        }
        continue;
      }
      if (!open) {
        const prev = sentences[sentences.length - 1];
        // A sentence that starts in lower case, or inside parentheses, goes on the one before: the
        // tokenizer cut after an abbreviation ("Sen. Perdue (R-Ga.) said …", "(R-S.C.) said").
        if (prev && !lineBroken && prev.part === s.part && (/^\p{Ll}/u.test(t.text) || parens > 0 || endsWithTitle(tokens, prev))) open = prev;
        else {
          open = { start: t.start, end: t.end, tokenStart: tokens.length, tokenEnd: tokens.length, part: s.part };
          sentences.push(open);
          parens = 0;
        }
      }
      if (t.text === '(') parens++;
      else if (t.text === ')' && parens > 0) parens--;
      lineBroken = false;
      tokens.push(t);
      open.end = t.end;
      open.tokenEnd = tokens.length;
    }
  }
  return { tokens, sentences };
}

/**
 * Where a unit's own words begin: after the dateline ("ISLAMABAD, July 26 (Reuters) -") when the
 * unit starts with it, so no statement or subject takes the dateline in.
 */
function afterDateline(tokens: readonly Token[], u: Unit, span: Span | undefined): number {
  let k = u.tokenStart;
  if (!span || (tokens[k]?.start ?? Infinity) >= span.end || (tokens[u.tokenEnd - 1]?.end ?? 0) <= span.start) return k;
  while (k < u.tokenEnd && (tokens[k]?.start ?? 0) < span.end) k++;
  while (k < u.tokenEnd && /^(?:[-–—]+|\/\p{Lu}+\/\.?)$/u.test(tokens[k]?.text ?? '')) k++;
  return k;
}

export function buildContext(doc: Doc): QuoteContext | undefined {
  const { text, parts } = doc.article;
  const { tokens, sentences } = wordsAndLines(doc.tokens, doc.sentences);
  if (tokens.length === 0) return undefined;
  const segments = findQuoteSegments(text, parts);
  const units = buildUnits(sentences, segments);
  const inQuote = quoteIndexOfTokens(tokens, segments);
  const unitOfToken = new Int32Array(tokens.length).fill(-1);
  // Names with a comma inside, so a speaker phrase is not cut at it ("Ministry of Economy, Trade
  // and Industry"); not a title the linker ran over a comma ("agriculture, Mr. Obama").
  const commaNames: Array<[number, number]> = [];
  for (const e of doc.entities) for (const m of e.mentions) if (m.text.includes(',') && (m.form === undefined || m.form === 'name')) commaNames.push([m.start, m.end]);
  units.forEach((u, k) => unitOfToken.fill(k, u.tokenStart, u.tokenEnd));
  const mentions = new MentionIndex(doc.entities, doc.names);
  return {
    doc, text, tokens, segments, units, unitOfToken,
    segTokens: segments.map((g) => ({
      open: tokenAt(tokens, g.open),
      close: g.closed ? tokenAt(tokens, g.closeEnd - 1) : tokenAt(tokens, g.close) - 1,
    })),
    segKind: [],
    passageCueVerbs: new Set(),
    views: units.map((u) => ({ tokens, inQuote, lo: afterDateline(tokens, u, doc.article.dateline?.span), hi: u.tokenEnd, commaNames })),
    env: {
      text, mentions, focus: new Focus(), haveNames: doc.names.length > 0,
      people: doc.entities.filter((e) => e.type === 'PERSON'), parts, bodies: new Bodies(doc, mentions),
    },
  };
}

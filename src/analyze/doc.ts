/**
 * The working document the analysis stages share. It carries the article and its record fields
 * (entities, times, quotes, events) plus the internal layers the stages build on (tokens, sentences,
 * name mentions). Only the record fields leave the pipeline.
 */
import type {
  Article, Entity, EntityType, PoliticalEvent, Quote, Span, TimeExpression,
} from '../model.js';
import type { KbExtras } from '../kb/types.js';
import type { EventPattern } from './events/dictionary.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal part-of-speech tag from wink-nlp (NOUN, PROPN, VERB, AUX, ADP, PUNCT ...). */
  pos: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** True when whitespace precedes the token. */
  spaceBefore: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token; `tokenEnd` is exclusive. */
  tokenStart: number;
  tokenEnd: number;
  /** Index into `article.parts` of the part holding the sentence. */
  part: number;
}

/** A name the tagger found: the span of the name itself, its type and any title printed before it. */
export interface NameMention extends Span {
  type: EntityType;
  /** "Russian President" in "Russian President Vladimir Putin"; kept apart from the name. */
  title?: Span;
  /** Tagger confidence or rule origin, for later stages that weigh evidence. */
  source?: 'tagger' | 'gazetteer' | 'rule';
}

/** What every stage may read but never changes. Pass the reference time in; never read the clock. */
export interface AnalysisContext {
  /** The article's publication time (ISO 8601 with offset), the reference for relative dates. */
  reference?: string;
  /** IANA zone of the reference, when known. */
  referenceZone?: string;
  /** Extra dictionaries for the link stage (imported PETRARCH actors/agents, Wikidata people). */
  dictionaries?: KbExtras;
  /** Extra verb patterns for the events stage (an imported PETRARCH verb dictionary). */
  eventPatterns?: readonly EventPattern[];
}

export interface Doc {
  article: Article;
  tokens: Token[];
  sentences: Sentence[];
  names: NameMention[];
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
  events: PoliticalEvent[];
}

export interface Stage {
  name: string;
  run(doc: Doc, ctx: AnalysisContext): void;
}

export function newDoc(article: Article): Doc {
  return { article, tokens: [], sentences: [], names: [], entities: [], times: [], quotes: [], events: [] };
}

/** A span over `text` from offsets; the one way stages make spans, so they always round-trip. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

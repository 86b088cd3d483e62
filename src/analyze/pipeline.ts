/**
 * The analysis pipeline: the ordered list of stages, and the only place that knows the order.
 * Each stage reads what earlier stages wrote into the Doc and adds its own layer.
 */
import type { AnalyzedArticle, Article } from '../model.js';
import { configuredContext } from './configured.js';
import { newDoc, type AnalysisContext, type Doc, type Stage } from './doc.js';
import { tokensStage } from './tokens/index.js';
import { entitiesStage } from './entities/index.js';
import { linkStage } from './link/index.js';
import { timesStage } from './times/index.js';
import { quotesStage } from './quotes/index.js';
import { eventsStage } from './events/index.js';

export const STAGES: readonly Stage[] = [
  tokensStage,
  entitiesStage,
  linkStage,
  timesStage,
  quotesStage,
  eventsStage,
];

/** Run `stages` over an article. The reference time defaults to the article's publication time. */
export function analyzeDoc(article: Article, ctx: AnalysisContext = {}, stages: readonly Stage[] = STAGES): Doc {
  const context: AnalysisContext = { ...ctx };
  if (!context.reference && article.published) context.reference = article.published;
  if (!context.referenceZone && article.publishedZone) context.referenceZone = article.publishedZone;
  const doc = newDoc(article);
  for (const stage of stages) stage.run(doc, context);
  return doc;
}

/** The record the contract describes. */
export function toRecord(doc: Doc): AnalyzedArticle {
  return {
    ...doc.article,
    entities: doc.entities,
    times: doc.times,
    quotes: doc.quotes,
    events: doc.events,
  };
}

/** Analyze one article with the user's configured dictionaries (DATELINE_DICTIONARIES) under `ctx`. */
export function analyze(article: Article, ctx: AnalysisContext = {}): AnalyzedArticle {
  return toRecord(analyzeDoc(article, { ...configuredContext(), ...ctx }));
}

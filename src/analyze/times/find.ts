/**
 * Find and normalize every time expression in a text: run the rules, then the refiners, and turn
 * the surviving candidates into TimeExpressions whose spans round-trip.
 */
import type { TimeExpression } from '../../model.js';
import { spanOf } from '../doc.js';
import type { Candidate, Refiner, Rule, RuleInput } from './candidate.js';
import { REFINERS, RULES } from './config.js';
import { defaultTimesModel } from './learn/model.js';
import { applyRanker, type RankerModel } from './learn/rank.js';
import { referenceOf } from './reference.js';
import { fallbackSentence, tenseIn } from './tense.js';

export interface FindOptions {
  /** Publication time, ISO 8601 with offset. */
  reference?: string;
  referenceZone?: string;
  /** Sentence bounds as [start, end); without them the text is split at line breaks. */
  sentences?: ReadonlyArray<readonly [number, number]>;
  /** The dateline's [start, end): times there date the filing, so no story time counts from them. */
  datelineSpan?: readonly [number, number];
  rules?: readonly Rule[];
  refiners?: readonly Refiner[];
  /** The learned value-form ranker run last; null for the rules alone. Default: the shipped model. */
  model?: RankerModel | null;
}

/** Lines (or paragraphs) as chunks when no sentence layer is given. */
function lineChunks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  return out;
}

export function ruleInput(text: string, opts: FindOptions = {}): RuleInput {
  const sentences = opts.sentences && opts.sentences.length > 0 ? opts.sentences : lineChunks(text);
  const starts = sentences.map(([s]) => s);
  return {
    text,
    ref: referenceOf(opts.reference, opts.referenceZone),
    sentences,
    ...(opts.datelineSpan ? { datelineSpan: opts.datelineSpan } : {}),
    tenseAt(start, end) {
      // Binary search for the sentence holding `start`.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= start) lo = mid;
        else hi = mid - 1;
      }
      const sent = sentences[lo];
      const [s, e] = sent && sent[0] <= start && start < sent[1] ? sent : fallbackSentence(text, start);
      return tenseIn(text, s, e, start, end);
    },
  };
}

export function findCandidates(text: string, opts: FindOptions = {}): Candidate[] {
  const input = ruleInput(text, opts);
  let cands: Candidate[] = [];
  for (const rule of opts.rules ?? RULES) cands.push(...rule.find(input));
  for (const refiner of opts.refiners ?? REFINERS) cands = refiner.refine(cands, input);
  const model = opts.model === undefined ? defaultTimesModel() : opts.model;
  return model ? applyRanker(model, cands, input) : cands;
}

export function findTimes(text: string, opts: FindOptions = {}): TimeExpression[] {
  return findCandidates(text, opts).map((c) => {
    const t: TimeExpression = { ...spanOf(text, c.start, c.end), type: c.type, value: c.value };
    if (c.inferred) t.inferred = true;
    if (c.mod) t.mod = c.mod;
    return t;
  });
}

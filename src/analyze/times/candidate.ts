/**
 * What the rules propose and the refiners weigh: a time expression found at some offsets, with its
 * TIMEX3 value already resolved, the rule that found it, and a priority for ties.
 */
import type { TimeType } from '../../model.js';
import type { Reference } from './reference.js';
import type { Tense } from './tense.js';

export interface Candidate {
  start: number;
  end: number;
  type: TimeType;
  value: string;
  /** True when part of the value (the year, the week) came from the reference, not the text. */
  inferred?: boolean;
  mod?: string;
  /** The rule that proposed it, for debugging and for refiners that treat some rules apart. */
  rule: string;
  /** Among overlapping candidates the longer wins; on equal length, the higher priority. */
  priority: number;
}

/** What every rule reads. */
export interface RuleInput {
  text: string;
  /** The publication time as local wall time; absent when unknown. */
  ref: Reference | undefined;
  /** Sentences (or other chunks) as [start, end) offsets, in order; rules may scan chunk by chunk. */
  sentences: ReadonlyArray<readonly [number, number]>;
  /** The dateline's offsets, when the article has one: its date is the publication's, no event's. */
  datelineSpan?: readonly [number, number];
  /** The tense of the clause around [start, end) ("will visit" → future, "was held" → past). */
  tenseAt(start: number, end: number): Tense;
}

/** A candidate generator: one concern each (years, seasons, durations ...). */
export interface Rule {
  name: string;
  find(input: RuleInput): Candidate[];
}

/** A pass over all candidates: merges, drops, or re-resolves them. */
export interface Refiner {
  name: string;
  refine(cands: Candidate[], input: RuleInput): Candidate[];
}

/** Shorthand for rules: a candidate over `text` at [start, end). */
export function cand(
  rule: string, start: number, end: number, type: TimeType, value: string,
  extra: { inferred?: boolean; mod?: string; priority?: number } = {},
): Candidate {
  const c: Candidate = { start, end, type, value, rule, priority: extra.priority ?? 1 };
  if (extra.inferred) c.inferred = true;
  if (extra.mod) c.mod = extra.mod;
  return c;
}

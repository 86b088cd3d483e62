/**
 * Apply the learned ranker: for each candidate the rules kept, choose among its value forms
 * (keep, coarser, vaguer, a year over) or unmark it. Runs after every refiner, so it sees the same
 * candidates at training and at run time.
 *
 * The decision is the one value F1 rewards: take the form most likely right, unless even that one
 * is less likely right than `threshold`. Value F1 is 2·right / (gold + found), so a found time
 * right with probability p is worth keeping when p exceeds half the value F1 (about 0.4 here).
 */
import type { Candidate, RuleInput } from '../candidate.js';
import { docFacts, featuresOf } from './features.js';
import { DROP, formsOf, KEEP, typeFor, WRONG } from './forms.js';
import { probabilities, type SoftmaxModel } from './softmax.js';

export interface RankerModel extends SoftmaxModel {
  /** Below this probability of being right, an expression is unmarked. */
  threshold: number;
  /** The rules whose candidates it weighs (others pass as they are); all when absent. */
  scope?: string[];
  /** The form labels it may choose besides keep; all when absent. */
  forms?: string[];
}

export interface RankInput { cand: Candidate; features: string[]; forms: Map<string, string> }

/** Each candidate with its features and the forms it may take: what training and ranking share. */
export function rankInputs(cands: readonly Candidate[], input: RuleInput): RankInput[] {
  const facts = docFacts(input.text);
  return cands.map((c) => ({ cand: c, features: featuresOf(c, input, facts), forms: formsOf(c, input.text, input.ref) }));
}

/** Whether a model weighs this candidate at all. */
export function inScope(model: Pick<RankerModel, 'scope'>, cand: Candidate): boolean {
  return !model.scope || model.scope.includes(cand.rule.split('+')[0] ?? '');
}

/** The forms a model may choose among: keep, and those it was allowed to learn. */
export function scopedForms(model: Pick<RankerModel, 'forms'>, forms: Map<string, string>): Map<string, string> {
  const allowed = model.forms;
  return allowed ? new Map([...forms].filter(([l]) => l === KEEP || allowed.includes(l))) : forms;
}

/** The labels a model weighs for one candidate: its forms, and the two ways of being no time. */
export function allowedLabels(forms: Map<string, string>): string[] {
  return [...forms.keys(), DROP, WRONG];
}

/** The form label to emit, or DROP. */
export function choose(model: RankerModel, cand: Candidate, features: readonly string[], all: Map<string, string>): string {
  if (!inScope(model, cand)) return KEEP;
  const forms = scopedForms(model, all);
  const allowed = allowedLabels(forms);
  const p = probabilities(model, features, allowed);
  let best = KEEP;
  let bestP = -1;
  allowed.forEach((l, i) => {
    if (l === DROP || l === WRONG) return;
    if ((p[i] ?? 0) > bestP) { best = l; bestP = p[i] ?? 0; }
  });
  return bestP < model.threshold ? DROP : best;
}

/** The candidate as `label` makes it, or undefined when it is unmarked. */
export function relabel(cand: Candidate, forms: Map<string, string>, label: string): Candidate | undefined {
  if (label === DROP) return undefined;
  const value = forms.get(label);
  if (label === KEEP || value === undefined) return cand;
  return { ...cand, value, type: typeFor(value, cand.type), rule: `${cand.rule}+${label}` };
}

export function applyRanker(model: RankerModel, cands: readonly Candidate[], input: RuleInput): Candidate[] {
  const out: Candidate[] = [];
  for (const { cand, features, forms } of rankInputs(cands, input)) {
    const c = relabel(cand, forms, choose(model, cand, features, forms));
    if (c) out.push(c);
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import { findCandidates, findTimes, ruleInput } from '../../src/analyze/times/find.js';
import { docFacts, featuresOf } from '../../src/analyze/times/learn/features.js';
import { formsOf } from '../../src/analyze/times/learn/forms.js';
import { parseTimesModel } from '../../src/analyze/times/learn/model.js';
import { choose, type RankerModel } from '../../src/analyze/times/learn/rank.js';
import { probabilities, train } from '../../src/analyze/times/learn/softmax.js';
import { referenceOf } from '../../src/analyze/times/reference.js';
import { REF } from './helpers.js';

const ref = referenceOf(REF);

describe('times ranker: value forms', () => {
  it('offers a week as unspecified week, a duration and the month', () => {
    const f = formsOf({ value: '2018-W23', start: 0, end: 9 }, 'last week', ref);
    expect(f.get('keep')).toBe('2018-W23');
    expect(f.get('week:XX')).toBe('2018-WXX');
    expect(f.get('dur:P1W')).toBe('P1W');
    expect(f.get('month')).toBe('2018-06');
  });
  it('offers "a year earlier" as the last ended quarter, the same day, or a year over', () => {
    const f = formsOf({ value: '2017', start: 0, end: 14 }, 'a year earlier', ref);
    expect(f.get('quarter:last')).toBe('2017-Q1');
    expect(f.get('same:day')).toBe('2017-06-14');
    expect(f.get('year-1')).toBe('2016');
  });
  it('offers a named weekday in both directions', () => {
    const f = formsOf({ value: '2018-06-11', start: 0, end: 6 }, 'Monday', ref);
    expect(f.get('weekday:ahead')).toBe('2018-06-18');
    expect(f.has('weekday:back')).toBe(false); // the same value as keep
  });
});

describe('times ranker: features', () => {
  it('never carry the reference year, digits, or anything but words and tense', () => {
    const text = 'In 2018 the company said on Monday that profit rose in the quarter.';
    const input = ruleInput(text, { reference: REF });
    const cands = findCandidates(text, { reference: REF, model: null });
    expect(cands.length).toBeGreaterThan(0);
    for (const c of cands) {
      const f = featuresOf(c, input, docFacts(text));
      // Feature names hold digits ("w-1"); their values never do.
      expect(f.map((x) => x.slice(x.indexOf('=') + 1)).join(' ')).not.toMatch(/\d/u);
      expect(f).toContain('fiscal=true');
    }
  });
});

describe('times ranker: training and choosing', () => {
  const ex = (w: string, gold: string) => ({ features: ['bias', `w=${w}`], allowed: ['keep', 'drop', 'wrong'], gold });
  const data = [...Array.from({ length: 20 }, () => ex('is', 'drop')), ...Array.from({ length: 20 }, () => ex('right', 'keep'))];

  it('learns a separable markability decision, deterministically', () => {
    const a = train(data, ['keep', 'drop', 'wrong']);
    const b = train(data, ['keep', 'drop', 'wrong']);
    expect(a.weights).toEqual(b.weights);
    const [pKeep, pDrop] = probabilities(a, ['bias', 'w=is'], ['keep', 'drop', 'wrong']);
    expect(pDrop).toBeGreaterThan(0.8);
    expect(pKeep).toBeLessThan(0.2);
  });
  it('unmarks an expression whose best form is less likely right than the threshold', () => {
    const model: RankerModel = { ...train(data, ['keep', 'drop', 'wrong']), threshold: 0.4 };
    const forms = new Map([['keep', 'PRESENT_REF']]);
    const c = { start: 0, end: 3, type: 'DATE' as const, value: 'PRESENT_REF', rule: 'vague', priority: 0 };
    expect(choose(model, c, ['bias', 'w=is'], forms)).toBe('drop');
    expect(choose(model, c, ['bias', 'w=right'], forms)).toBe('keep');
    // Outside the model's scope the rules' value stands whatever the weights say.
    expect(choose({ ...model, scope: ['chrono'] }, c, ['bias', 'w=is'], forms)).toBe('keep');
  });
  it('runs last in findTimes when given, and not at all with model: null', () => {
    const model: RankerModel = { labels: ['keep', 'drop', 'wrong'], weights: { bias: { keep: 5 }, 'pat=now': { drop: 12 } }, threshold: 0.4 };
    const text = 'Prices are now higher than on Monday.';
    expect(findTimes(text, { reference: REF, model: null }).map((t) => t.text)).toEqual(['now', 'Monday']);
    expect(findTimes(text, { reference: REF, model }).map((t) => t.text)).toEqual(['Monday']);
  });
  it('rejects a file that is not a model, naming it', () => {
    expect(() => parseTimesModel('{"labels": []}', 'models/times.json')).toThrow(/models\/times\.json: not a times model/u);
  });
});

/**
 * Sessions, meetings and summits still to come ("will hold an emergency session", "is due to
 * meet", "are scheduled to hold talks", "a summit planned for next month") are consultations with
 * a planned status; the same told as done took place. Sentences we wrote.
 */
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, RUSSIA, type HandEntity } from './helpers.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';
import { toRecord } from '../../src/analyze/pipeline.js';

const UNSC: HandEntity = { name: 'United Nations Security Council', type: 'ORG', code: 'IGOUNO', at: ['UN Security Council', 'Security Council'] };
const EU: HandEntity = { name: 'European Union', type: 'ORG', code: 'IGOEUR', at: ['EU'] };
const UKRAINE: HandEntity = { name: 'Ukraine', type: 'PLACE', code: 'UKR', country: 'UKR', at: ['Ukraine'] };
const ISTANBUL: HandEntity = { name: 'Istanbul', type: 'PLACE', code: 'TUR', country: 'TUR', at: ['Istanbul'] };
const BRUSSELS: HandEntity = { name: 'Brussels', type: 'PLACE', code: 'BELGOV', country: 'BEL', at: ['Brussels'] };
const VARGA: HandEntity = { name: 'Ivan Varga', type: 'PERSON', code: 'RUSGOV', country: 'RUS', at: ['Ivan Varga', 'Varga'] };
const LIN: HandEntity = { name: 'Lin Hao', type: 'PERSON', code: 'CHNGOV', country: 'CHN', at: ['Lin Hao', 'Lin'] };
const ALL = [UNSC, EU, UKRAINE, ISTANBUL, BRUSSELS, VARGA, LIN, RUSSIA];
const published = '2024-03-05T10:00:00Z';

function run(text: string, times: Array<{ text: string; value: string }> = []): { out: string[]; events: ReturnType<typeof eventsOf>['events'] } {
  const { doc, events } = eventsOf(text, ALL, { published, times });
  expectSpansRoundTrip(toRecord(doc));
  return { out: events.map((e) => brief(doc, e)), events };
}

describe('a body\'s session or meeting to come is planned', () => {
  it('"will hold an emergency session on Friday"', () => {
    const { out, events } = run('The UN Security Council will hold an emergency session on Friday.', [{ text: 'Friday', value: '2024-03-08' }]);
    expect(out).toEqual(['CONSULT United Nations Security Council -> - planned']);
    expect(events[0]!.date).toBe('2024-03-08');
  });
  it('"held an emergency session" took place', () => {
    expect(run('The Security Council held an emergency session on Friday.').out).toEqual(['CONSULT United Nations Security Council -> - occurred']);
  });
  it('"will convene an emergency meeting"', () => {
    expect(run('The Security Council will convene an emergency meeting on Monday.').out).toEqual(['CONSULT United Nations Security Council -> - planned']);
  });
  it('"is due to meet", "are scheduled to hold talks", "are expected to meet"', () => {
    expect(run('The Security Council is due to meet on Friday.').out).toEqual(['CONSULT United Nations Security Council -> - planned']);
    expect(run('Ivan Varga and Lin Hao are scheduled to hold talks in Istanbul.').out).toEqual(['CONSULT Ivan Varga+Lin Hao -> - planned']);
    expect(run('Ivan Varga and Lin Hao are expected to meet next week.', [{ text: 'next week', value: '2024-W11' }]).out).toEqual(['CONSULT Ivan Varga+Lin Hao -> - planned']);
  });
  it('"will not hold a session" is negated', () => {
    expect(run('The Security Council will not hold a session on the crisis.').out).toEqual(['CONSULT United Nations Security Council -> - negated']);
  });
});

describe('an event noun a verb of planning or weighing governs', () => {
  it('"X is considering a visit to Y": possible, X\'s', () => {
    expect(run('Ivan Varga is considering a visit to Ukraine.').out).toEqual(['CONSULT Ivan Varga -> Ukraine possible']);
  });
  it('"X is planning a trip to Y": planned; "is not planning" negated', () => {
    expect(run('Ivan Varga is planning a trip to Istanbul.').out).toEqual(['CONSULT Ivan Varga -> Istanbul planned']);
    expect(run('Ivan Varga is not planning a trip to Istanbul.').out).toEqual(['CONSULT Ivan Varga -> Istanbul negated']);
  });
});

describe('an event noun whose clause plans it', () => {
  it('"Talks between X and Y are scheduled for next week in Istanbul": planned, dated and placed by its clause', () => {
    const { out, events } = run('Talks between Russia and Ukraine are scheduled for next week in Istanbul.', [{ text: 'next week', value: '2024-W11' }]);
    expect(out).toEqual(['CONSULT Russia+Ukraine -> - planned']);
    expect(events[0]!.date).toBe('2024-W11');
    expect(events[0]!.location).toBe('e4');
  });
  it('"The summit between X and Y is due to take place in November"', () => {
    const { out, events } = run('The summit between Ivan Varga and Lin Hao is due to take place in November.', [{ text: 'November', value: '2024-11' }]);
    expect(out).toEqual(['CONSULT Ivan Varga+Lin Hao -> - planned']);
    expect(events[0]!.date).toBe('2024-11');
  });
  it('"A summit planned for next month … will bring together EU leaders": those brought together meet, the city no party', () => {
    expect(run('A summit planned for next month in Brussels will bring together EU leaders.').out).toEqual(['CONSULT European Union -> - planned']);
  });
  it('"EU leaders will gather in Brussels for a summit": the city is the place', () => {
    const { out, events } = run('EU leaders will gather in Brussels for a summit on Thursday.');
    expect(out).toEqual(['CONSULT European Union -> - planned']);
    expect(events[0]!.location).toBe('e5');
  });
  it('an event noun dated by the report\'s own or last week is no plan; one dated next week is', () => {
    const at = (value: string): string[] => eventsOf('The talks between Ivan Varga and Lin Hao last week were tense.', ALL, { published: '2014-07-10T10:00:00Z', times: [{ text: 'last week', value }] }).events.map((e) => e.status);
    expect(at('2014-W27')).toEqual(['occurred']);
    expect(at('2014-W28')).toEqual(['occurred']);
    expect(at('2014-W29')).toEqual(['planned']);
  });
  it('a summit that took place is no plan', () => {
    expect(run('The summit between Ivan Varga and Lin Hao took place in Istanbul.').out).toEqual(['CONSULT Ivan Varga+Lin Hao -> - occurred']);
  });
});

import { describe, expect, it } from 'vitest';
import { brief, CHINA, eventsOf, FRANCE, IRAN, LAVROV, PARIS, RUSSIA, WANG } from './helpers.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';
import { toRecord } from '../../src/analyze/pipeline.js';

function briefs(text: string, ents = [LAVROV, WANG, RUSSIA, CHINA, FRANCE, IRAN, PARIS], opts = {}): string[] {
  const { doc, events } = eventsOf(text, ents, opts);
  expectSpansRoundTrip(toRecord(doc));
  return events.map((e) => brief(doc, e));
}

describe('pattern families', () => {
  const cases: Array<[string, string]> = [
    ['Lavrov praised Wang Yi for his efforts.', 'SUPPORT Sergei Lavrov -> Wang Yi occurred'],
    ['Lavrov met with Wang Yi on the sidelines.', 'CONSULT Sergei Lavrov -> Wang Yi occurred'],
    ['Lavrov held talks with Wang Yi.', 'CONSULT Sergei Lavrov -> Wang Yi occurred'],
    ['Wang Yi visited Russia last spring.', 'CONSULT Wang Yi -> Russia occurred'],
    ['Lavrov congratulated Wang Yi on his appointment.', 'SUPPORT Sergei Lavrov -> Wang Yi occurred'],
    ['China accused France of meddling.', 'ACCUSE China -> France occurred'],
    ['Russia condemned Iran over the launch.', 'ACCUSE Russia -> Iran occurred'],
    ['France imposed new economic sanctions on Iran.', 'SANCTION France -> Iran occurred'],
    ['France adopted a new package of sanctions against Iran.', 'SANCTION France -> Iran occurred'],
    ['Russia expelled two French diplomats.', 'SANCTION Russia -> France occurred'],
    ['Iranian police arrested three French nationals.', 'COERCE IRNCOP -> France occurred'],
    ['Russian troops shelled the Iranian border post.', 'ASSAULT Russia -> Iran occurred'],
    ['France urged Iran to release the sailors.', 'REQUEST France -> Iran occurred'],
    ['Iran rejected the French proposal.', 'REJECT Iran -> France occurred'],
    ['Russia withdrew its troops from the area.', 'RETREAT Russia -> - occurred'],
    ['China deployed troops to the border.', 'MOBILIZE China -> - occurred'],
    ['France provided aid to Iran.', 'AID France -> Iran occurred'],
    ['Iran threatened France with retaliation.', 'THREATEN Iran -> France occurred'],
    ['French farmers protested against the tariffs.', 'PROTEST FRAAGR -> - occurred'],
    ['Russia agreed to cooperate with China.', 'AGREE Russia -> China occurred'],
    ['China lifted the curfew in the region.', 'CONCEDE China -> - occurred'],
    ['Russia signed an agreement with China.', 'SUPPORT Russia -> China occurred'],
    ['China shared intelligence with Russia.', 'COOPERATE China -> Russia occurred'],
  ];
  for (const [text, want] of cases) {
    it(text, () => { expect(briefs(text)).toContain(want); });
  }
});

describe('voice, coordination, clauses', () => {
  it('passive: the by-phrase is the actor', () => {
    expect(briefs('Wang Yi was met by Lavrov at the airport.')).toContain('CONSULT Sergei Lavrov -> Wang Yi occurred');
  });
  it('passive without by-phrase keeps the recipient', () => {
    expect(briefs('Two French nationals were arrested in Iran.')[0]).toMatch(/^COERCE/);
  });
  it('coordinated subjects: one event, two actors', () => {
    expect(briefs('Russia and China agreed to hold joint exercises.')).toContain('AGREE Russia+China -> - occurred');
  });
  it('coordinated agents share their head', () => {
    const { doc, events } = eventsOf('Senior Chinese and Iranian officials agreed on the plan.', [CHINA, IRAN]);
    expect(events.map((e) => e.actor.map((p) => p.code).join('+'))).toContain('CHNGOV+IRNGOV');
    void doc;
  });
  it('relative clause: the antecedent is the subject', () => {
    expect(briefs('It was Lavrov, who praised Wang Yi, that spoke first.')).toContain('SUPPORT Sergei Lavrov -> Wang Yi occurred');
  });
  it('coordinated verbs share the subject', () => {
    const got = briefs('Russia condemned the test and expelled the Iranian ambassador.');
    expect(got.some((g) => g.startsWith('SANCTION Russia'))).toBe(true);
  });
});

describe('status', () => {
  it('will: planned', () => { expect(briefs('Lavrov will visit China next week.')).toContain('CONSULT Sergei Lavrov -> China planned'); });
  it('plans to: planned', () => { expect(briefs('Lavrov plans to visit China.')).toContain('CONSULT Sergei Lavrov -> China planned'); });
  it('is to: planned', () => { expect(briefs('Lavrov is to visit China.')).toContain('CONSULT Sergei Lavrov -> China planned'); });
  it('could: possible', () => { expect(briefs('Lavrov could meet Wang Yi in Paris.')).toContain('CONSULT Sergei Lavrov -> Wang Yi possible'); });
  it('did not: negated', () => { expect(briefs('Lavrov did not meet Wang Yi.')).toContain('CONSULT Sergei Lavrov -> Wang Yi negated'); });
  it('refused to: a REJECT whose embedded event is negated', () => {
    const { events } = eventsOf('Iran refused to release the French sailors.', [IRAN, FRANCE]);
    const e = events.find((x) => x.type === 'REJECT');
    expect(e?.about?.status).toBe('negated');
    expect(e?.about?.type).toBe('RETREAT');
  });
  it('urged to: a REQUEST whose embedded event is demanded', () => {
    const { events } = eventsOf('France urged Iran to release the sailors.', [IRAN, FRANCE]);
    const e = events.find((x) => x.type === 'REQUEST');
    expect(e?.about?.status).toBe('demanded');
    expect(e?.about?.actor[0]?.entity).toBe('e1');
  });
  it('invite to visit: the invitation occurred, the visit is possible', () => {
    const { doc, events } = eventsOf('Lavrov invited Wang Yi to visit Russia in September.', [LAVROV, WANG, RUSSIA], { times: [{ text: 'September', value: '2026-09' }] });
    expect(events.map((e) => brief(doc, e))).toEqual(['AGREE Sergei Lavrov -> Wang Yi occurred']);
    expect(events[0]?.about?.type).toBe('CONSULT');
    expect(events[0]?.about?.status).toBe('possible');
    expect(events[0]?.about?.date).toBe('2026-09');
  });
});

describe('date and place', () => {
  it('the clause\'s own date and place', () => {
    const { events, doc } = eventsOf('Lavrov met Wang Yi in Paris on Monday.', [LAVROV, WANG, PARIS], { times: [{ text: 'Monday', value: '2026-03-02' }], published: '2026-03-04T10:00:00Z' });
    expect(events[0]?.date).toBe('2026-03-02');
    expect(doc.entities.find((e) => e.id === events[0]?.location)?.name).toBe('Paris');
    expect(events[0]?.dateInferred).toBeUndefined();
  });
  it('an occurred event with no date of its own takes the reporting day, marked inferred', () => {
    const { events } = eventsOf('Lavrov praised Wang Yi.', [LAVROV, WANG], { published: '2026-03-04T10:00:00Z' });
    expect(events[0]?.date).toBe('2026-03-04');
    expect(events[0]?.dateInferred).toBe(true);
  });
  it('a planned event gets no inferred date', () => {
    const { events } = eventsOf('Lavrov will meet Wang Yi.', [LAVROV, WANG], { published: '2026-03-04T10:00:00Z' });
    expect(events[0]?.date).toBeUndefined();
  });
  it('a meeting in the recipient\'s country is a visit', () => {
    const { events } = eventsOf('Wang Yi held talks with Lavrov in Russia.', [LAVROV, WANG, RUSSIA]);
    expect(events[0]?.mode).toBe('visit');
    expect(events[0]?.cameo).toBe('042');
  });
});

describe('settings told a sentence later', () => {
  it('"It will be held in Paris on May 3" sets the invited visit', () => {
    const text = 'Lavrov invited Wang Yi to visit France. It will be held in Paris on May 3.';
    const { doc, events } = eventsOf(text, [LAVROV, WANG, FRANCE, PARIS], { times: [{ text: 'May 3', value: '2026-05-03' }] });
    const about = events.find((e) => e.type === 'AGREE')?.about;
    expect(about?.date).toBe('2026-05-03');
    expect(doc.entities.find((e) => e.id === about?.location)?.name).toBe('Paris');
    expect(about?.status).toBe('planned');
  });
  it('an occurred event is not re-dated by a later "it"', () => {
    const text = 'Lavrov met Wang Yi. It was held in Paris on May 3.';
    const { events } = eventsOf(text, [LAVROV, WANG, PARIS], { times: [{ text: 'May 3', value: '2026-05-03' }] });
    expect(events[0]?.status).toBe('occurred');
  });
});

describe('nominal and quoted events', () => {
  it('the meeting between X and Y', () => {
    const { doc, events } = eventsOf('The meeting between Lavrov and Wang Yi on May 3 lasted two hours.', [LAVROV, WANG], { times: [{ text: 'May 3', value: '2026-05-03' }] });
    expect(events.map((e) => brief(doc, e))).toContain('CONSULT Sergei Lavrov+Wang Yi -> - occurred');
    expect(events[0]?.date).toBe('2026-05-03');
  });
  it('an indefinite meeting is no event', () => {
    expect(briefs('A meeting was possible, officials said.')).toEqual([]);
  });
  it("X's invitation to Y", () => {
    expect(briefs("Lavrov's invitation to Wang Yi was accepted.")).toContain('AGREE Sergei Lavrov -> Wang Yi occurred');
  });
  it('praising a meeting: its participants are the recipients', () => {
    expect(briefs('Lavrov praised the meeting between Wang Yi and the French minister.', [LAVROV, WANG, FRANCE])[0]).toMatch(/^SUPPORT Sergei Lavrov -> Wang Yi\+/);
  });
  it('a statement inside a quote is the speaker\'s event', () => {
    const text = '"We welcome the talks between China and Iran," Lavrov said.';
    const { doc, events } = eventsOf(text, [LAVROV, CHINA, IRAN], { quotes: [{ text: 'We welcome the talks between China and Iran,', kind: 'direct', speaker: 'e1' }] });
    const e = events.find((x) => x.type === 'SUPPORT');
    expect(e && brief(doc, e)).toBe('SUPPORT Sergei Lavrov -> China+Iran occurred');
    // The statement is the speaker's own act, not an event he reports.
    expect(e?.reported).toBeUndefined();
    // The talks he speaks of are reported by him.
    const talks = events.find((x) => x.type === 'CONSULT');
    expect(talks?.reported).toBe(true);
  });
  it('"you" in a quote is the addressee', () => {
    const text = '"We thank you for the visit," Lavrov told Wang Yi.';
    const { doc, events } = eventsOf(text, [LAVROV, WANG], { quotes: [{ text: 'We thank you for the visit,', kind: 'direct', speaker: 'e1', addressee: 'e2' }] });
    expect(events.map((e) => brief(doc, e))).toContain('SUPPORT Sergei Lavrov -> Wang Yi occurred');
  });
});

describe('negatives', () => {
  it('no actor, no event', () => { expect(briefs('The weather improved and prices rose.')).toEqual([]); });
  it('an infinitive nothing governs states no fact', () => {
    const got = briefs('Lavrov, to visit China, needs a visa.');
    expect(got.every((g) => !g.endsWith('occurred') || !g.startsWith('CONSULT'))).toBe(true);
  });
});

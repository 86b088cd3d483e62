/**
 * Wire-news phenomena the coder must code in general, pinned with sentences we wrote (people and
 * places invented or generic): talks between named parties, targets named by a demonym, threats
 * whose target stands in another clause, concessions agreed on, and negative cases that state no
 * event at all.
 */
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, FRANCE, RUSSIA, type HandEntity } from './helpers.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';
import { toRecord } from '../../src/analyze/pipeline.js';

const USA: HandEntity = { name: 'United States', type: 'PLACE', code: 'USA', country: 'USA', at: ['United States', 'US', 'American'] };
const WASHINGTON: HandEntity = { name: 'Washington', type: 'PLACE', code: 'USAGOV', country: 'USA', at: ['Washington'] };
const CHINA: HandEntity = { name: 'China', type: 'PLACE', code: 'CHN', country: 'CHN', at: ['China', 'Chinese'] };
const GERMANY: HandEntity = { name: 'Germany', type: 'PLACE', code: 'DEU', country: 'DEU', at: ['Germany', 'German'] };
const PRK: HandEntity = { name: 'North Korea', type: 'PLACE', code: 'PRK', country: 'PRK', at: ['North Korea'] };
const ROK: HandEntity = { name: 'South Korea', type: 'PLACE', code: 'KOR', country: 'KOR', at: ['South Korea'] };
const IRAN: HandEntity = { name: 'Iran', type: 'PLACE', code: 'IRN', country: 'IRN', at: ['Iran', 'Iranian'] };
const ISLAND: HandEntity = { name: 'Port Ledge', type: 'PLACE', code: 'USA', country: 'USA', at: ['Port Ledge'] };
const EU: HandEntity = { name: 'European Union', type: 'ORG', code: 'IGOEUR', at: ['European Union', 'EU'] };
const BBC: HandEntity = { name: 'Daily Courier', type: 'ORG', code: 'GBRMED', at: ['Daily Courier'] };
const KORA: HandEntity = { name: 'Anna Kora', type: 'PERSON', code: 'DEUGOV', country: 'DEU', at: ['Anna Kora', 'Kora'] };
const BRANDT: HandEntity = { name: 'Jonas Brandt', type: 'PERSON', code: 'FRAGOV', country: 'FRA', at: ['Jonas Brandt', 'Brandt'] };
const LI: HandEntity = { name: 'Li Wen', type: 'PERSON', code: 'CHNGOV', country: 'CHN', at: ['Li Wen', 'Li'] };
const DALE: HandEntity = { name: 'Mark Dale', type: 'PERSON', code: 'USAGOV', country: 'USA', at: ['Mark Dale', 'Dale'] };
const PAK: HandEntity = { name: 'Oleg Pak', type: 'PERSON', code: 'PRKGOV', country: 'PRK', at: ['Oleg Pak'] };
const ALL = [USA, WASHINGTON, CHINA, GERMANY, PRK, ROK, IRAN, ISLAND, EU, BBC, KORA, BRANDT, LI, DALE, PAK, FRANCE, RUSSIA];

function briefs(text: string): string[] {
  const { doc, events } = eventsOf(text, ALL);
  expectSpansRoundTrip(toRecord(doc));
  return events.map((e) => brief(doc, e));
}

function consults(out: string[], a: string, b: string, status = 'occurred'): boolean {
  return out.includes(`CONSULT ${a}+${b} -> - ${status}`) || out.includes(`CONSULT ${a} -> ${b} ${status}`) || out.some((x) => x.startsWith(`CONSULT/${a}`));
}

describe('talk between named parties is a consultation', () => {
  it('"X spoke with Y"', () => {
    expect(briefs('Mark Dale spoke with Li Wen about trade on Tuesday.')).toContain('CONSULT Mark Dale -> Li Wen occurred');
  });
  it('"X said he had spoken with Y": the speaker', () => {
    expect(briefs('Anna Kora said he had spoken with Jonas Brandt.')).toContain('CONSULT Anna Kora -> Jonas Brandt occurred');
  });
  it('"X and Y could speak in the coming days" is possible', () => {
    expect(consults(briefs('Anna Kora and Li Wen could speak in the coming days.'), 'Anna Kora', 'Li Wen', 'possible')).toBe(true);
  });
  it('"X and Y will brief EU leaders" is planned, with the EU as recipient', () => {
    expect(briefs('Anna Kora and Jonas Brandt will brief EU leaders on Thursday.')).toContain('CONSULT Anna Kora+Jonas Brandt -> European Union planned');
  });
  it('"X called Y on Monday": a done call to a named person is a phone call', () => {
    expect(briefs('Mark Dale called Li Wen on Monday.')).toContain('CONSULT Mark Dale -> Li Wen occurred');
  });
  it('"the two leaders spoke by phone": the pair named before', () => {
    const out = briefs('Mark Dale called Li Wen on Monday. The two leaders spoke again on Friday.');
    expect(out).toContain('CONSULT Mark Dale+Li Wen -> - occurred');
  });
  it('"X and Y did not discuss Z": a negated consultation, the topic no party', () => {
    expect(briefs('Anna Kora and Li Wen did not discuss Iran.')).toEqual(['CONSULT Anna Kora+Li Wen -> - negated']);
  });
  it('"talks between Russian and German delegations": the two countries\' delegations', () => {
    const { events } = eventsOf('Talks between Russian and German delegations resumed on Monday.', ALL);
    const talks = events.find((e) => e.type === 'CONSULT');
    expect(talks?.actor.map((p) => p.country)).toEqual(['RUS', 'DEU']);
  });
  it('"will travel to X for talks with Y": Y is met too', () => {
    expect(briefs('Anna Kora will travel to China next month for talks with Li Wen.')).toContain('CONSULT Anna Kora -> China+Li Wen planned');
  });
  it('"X and Y negotiators return to Geneva for talks": joint talks, the city their place', () => {
    const GENEVA: HandEntity = { name: 'Geneva', type: 'PLACE', code: 'CHE', country: 'CHE', at: ['Geneva'] };
    const { events } = eventsOf('US and Russian negotiators return to Geneva this week for talks on missiles.', [...ALL, GENEVA]);
    const talks = events.filter((e) => e.type === 'CONSULT');
    expect(talks).toHaveLength(1);
    expect(talks[0]!.actor.map((p) => p.country)).toEqual(['USA', 'RUS']);
    expect(talks[0]!.recipient).toEqual([]);
    expect(talks[0]!.location).toBe(`e${ALL.length + 1}`);
  });
  it('"A and B met": a name nothing knows still stands beside a known one', () => {
    expect(briefs('Mark Dale and Tarkan Ozil met in Geneva.')).toContain('CONSULT Mark Dale+Tarkan Ozil -> - occurred');
  });
  it('an opening phrase is no conjunct of the subject ("After talks in Geneva, X and Y agreed")', () => {
    const { doc, events } = eventsOf('On Friday, Germany and France agreed to lift tariffs.', ALL, { times: [{ text: 'Friday', value: '2025-05-09' }] });
    const agree = events.find((e) => e.type === 'AGREE');
    expect(agree && brief(doc, agree)).toBe('AGREE Germany+France -> - occurred');
    // … but its time dates the clause.
    expect(agree?.date).toBe('2025-05-09');
    expect(briefs('After two days of talks in Switzerland, China and the United States agreed to cut tariffs.')).toContain('AGREE China+United States -> - occurred');
  });
  it('not: a meeting named only by a description ("the first meeting between leaders")', () => {
    expect(briefs('It was the first meeting between leaders of the two sides since 1949.')).toEqual([]);
  });
  it('not: "X discussed the plan" alone, "the leaders spoke of a new era"', () => {
    expect(briefs('Anna Kora discussed the plan on Monday.')).toEqual([]);
    expect(briefs('The leaders spoke of a new era in relations.')).toEqual([]);
  });
  it('not: a leader addressing his own country\'s people consults no one', () => {
    expect(briefs('Li Wen spoke to the Chinese people in a televised address.')).toEqual([]);
  });
  it('"Moscow took a retaliatory step against Washington"', () => {
    expect(briefs('Russia took a retaliatory step against Washington on Friday.')).toContain('SANCTION Russia -> Washington occurred');
  });
  it('a lone unknown name is its own actor, not a party named later ("Tarkan called Li and asked …")', () => {
    const out = briefs('Tarkan called Li Wen and asked him to help.');
    expect(out).toContain('CONSULT Tarkan -> Li Wen occurred');
    expect(out.some((b) => b.startsWith('REQUEST Li Wen'))).toBe(false);
  });
  it('"The two leaders last spoke by phone in January": the pair named before', () => {
    expect(briefs('Mark Dale met Li Wen in Geneva. The two leaders last spoke by phone in January.')).toContain('CONSULT Mark Dale+Li Wen -> - occurred');
  });
  it('"X is in Beijing for talks with Chinese officials"', () => {
    expect(briefs('Mark Dale is in Beijing for talks with Chinese officials.').some((b) => /^CONSULT Mark Dale -> .*(?:China|CHNGOV)/.test(b))).toBe(true);
  });
  it('not: "spoke to reporters", "spoke at a forum", "spoke to the Daily Courier"', () => {
    expect(briefs('Anna Kora spoke to reporters in Berlin.')).toEqual([]);
    expect(briefs('Anna Kora spoke at an economic forum on Friday.')).toEqual([]);
    expect(briefs('Jonas Brandt spoke to the Daily Courier on Sunday.')).toEqual([]);
  });
  it('not: "called X a tough negotiator", "called the plan absurd" is no call', () => {
    expect(briefs('Mark Dale called Li Wen a tough negotiator.').some((b) => b.startsWith('CONSULT'))).toBe(false);
    expect(briefs('Mark Dale called the plan absurd.').some((b) => b.startsWith('CONSULT'))).toBe(false);
  });
});

describe('a target named as a group of a country is that country', () => {
  it('"will expel ten US diplomats"', () => {
    expect(briefs('Russia will expel ten US diplomats.')).toContain('SANCTION Russia -> United States planned');
  });
  it('"expelled two German diplomats" keeps the agent code', () => {
    const { events } = eventsOf('France expelled two German diplomats on Friday.', ALL);
    const e = events.find((x) => x.type === 'SANCTION');
    expect(e?.recipient[0]?.code).toBe('DEUGOV');
    expect(e?.recipient[0]?.entity).toBe(`e${ALL.indexOf(GERMANY) + 1}`);
  });
  it('"ordered German diplomats to leave" is an expulsion', () => {
    expect(briefs('Russia ordered 20 German diplomats to leave the country.')).toEqual(['SANCTION Russia -> Germany occurred']);
  });
  it('a passive expulsion: the country they are sent out of expels them', () => {
    expect(briefs('Ten US diplomats will be expelled from Russia.').some((b) => /^(?:SANCTION|COERCE) Russia -> United States planned$/.test(b))).toBe(true);
    expect(briefs('Ten US diplomats were ordered to leave Russia.')).toContain('SANCTION Russia -> United States occurred');
  });
  it('"summoned the German ambassador to protest" is one act', () => {
    expect(briefs('China summoned the German ambassador to protest.')).toEqual(['ACCUSE China -> Germany occurred']);
  });
  it('"X wants Y to …" asks it of Y', () => {
    expect(briefs('Germany wants Russia to withdraw its troops.')).toContain('REQUEST Germany -> Russia occurred');
  });
  it('"imposed sanctions on Iranian officials"', () => {
    expect(briefs('The European Union imposed new sanctions on Iranian officials.')).toContain('SANCTION European Union -> Iran occurred');
  });
  it('not: a group of the actor\'s own country stays a group', () => {
    const out = briefs('Russia arrested three Russian activists.');
    expect(out.some((b) => b.startsWith('COERCE Russia -> Russia'))).toBe(false);
  });
  it('not: "France\'s foreign minister" is a person of his own', () => {
    expect(briefs('Li Wen praised France\'s foreign minister.').some((b) => b === 'SUPPORT Li Wen -> France occurred')).toBe(false);
  });
});

describe('threats: the target may stand in another clause, never the actor\'s own country', () => {
  it('"said it was examining a plan to strike Z": a threat', () => {
    const out = briefs('North Korea said it was examining a plan to strike Port Ledge.');
    expect(out.some((b) => /^THREATEN North Korea -> (?:Port Ledge|United States) /.test(b))).toBe(true);
    expect(out.some((b) => b.startsWith('ASSAULT'))).toBe(false);
  });
  it('"said it would attack US bases if …": a threat', () => {
    expect(briefs('Iran said it would attack American bases if its sites were hit.').some((b) => b.startsWith('THREATEN Iran -> United States'))).toBe(true);
  });
  it('"X warned that <own country> would respond … to any provocation by Y": Y', () => {
    const out = briefs('Oleg Pak warned that North Korea would respond with force to any provocation by South Korea.');
    expect(out).toContain('THREATEN Oleg Pak -> South Korea occurred');
  });
  it('"X said Y could use nuclear weapons against Z", X of Y\'s country: a threat', () => {
    expect(briefs('Oleg Pak said North Korea could use nuclear weapons against South Korea.').some((b) => b.startsWith('THREATEN Oleg Pak -> South Korea'))).toBe(true);
  });
  it('"would take countermeasures if Y …": a conditional hostile act threatens Y', () => {
    expect(briefs('China said it would take countermeasures if Washington went ahead with the sale.')).toContain('THREATEN China -> Washington occurred');
  });
  it('not: "would lift sanctions if Y complies" is a conditional promise, no threat', () => {
    expect(briefs('France said it would lift tariffs if Iran complied.').some((b) => b.startsWith('THREATEN'))).toBe(false);
  });
  it('a direct quote: "We will respond with force," X said', () => {
    const { doc, events } = eventsOf('"We will respond with force to any attack," Oleg Pak said.', ALL, { quotes: [{ text: '"We will respond with force to any attack,"', kind: 'direct', speaker: `e${ALL.indexOf(PAK) + 1}` }] });
    expect(events.map((e) => brief(doc, e))).toContain('THREATEN Oleg Pak -> - occurred');
  });
  it('"vowed to retaliate", "vowed to respond": a threat', () => {
    expect(briefs('Iran vowed to retaliate against the United States.').some((b) => b.startsWith('THREATEN Iran'))).toBe(true);
    expect(briefs('Germany accused Russia of sabotage and vowed to respond.').some((b) => b.startsWith('THREATEN Germany'))).toBe(true);
  });
  it('"accused X of … and vowed to respond": the threat is aimed at X (past quoted words)', () => {
    expect(briefs('Germany accused Russia of an "aggressive" policy and warned that it would respond.')).toContain('THREATEN Germany -> Russia occurred');
  });
  it('"said it had carried out strikes on camps in X": an attack on X', () => {
    expect(briefs('France said it had carried out strikes on militant camps in Iran.')).toContain('ASSAULT France -> Iran occurred');
  });
  it('not: another party\'s attack reported by a speaker is no threat of the speaker', () => {
    const out = briefs('Mark Dale said Iran could attack American bases.');
    expect(out.some((b) => b.startsWith('THREATEN'))).toBe(false);
  });
  it('not: "said it would not attack" threatens nobody', () => {
    expect(briefs('Iran said it would not attack its neighbours.').some((b) => b.startsWith('THREATEN'))).toBe(false);
  });
  it('not: "announced the intention of attacking Y" stays a planned attack', () => {
    expect(briefs('Russia announced the intention of attacking Iran.')).toContain('ASSAULT Russia -> Iran planned');
  });
});

describe('concessions', () => {
  it('"will lower its tariffs on Chinese goods": a planned easing aimed at China', () => {
    expect(briefs('The United States will lower its tariffs on Chinese goods to 30 percent.')).toContain('RETREAT United States -> China planned');
  });
  it('"agreed to cut tariffs": the cut stands as a planned event beside the agreement', () => {
    const out = briefs('China and the United States agreed to cut tariffs for 90 days.');
    expect(out).toContain('RETREAT China+United States -> - planned');
    expect(out).toContain('AGREE China+United States -> - occurred');
  });
  it('"the two countries agreed to …": the countries of the pair named before', () => {
    const out = briefs('Mark Dale met Li Wen in Geneva on Monday. The two countries agreed to lift tariffs.');
    expect(out).toContain('RETREAT United States+China -> - planned');
  });
  it('"is considering lowering tariffs on US goods": a possible easing', () => {
    expect(briefs('China is considering lowering tariffs on US goods.')).toContain('RETREAT China -> United States possible');
  });
  it('duties too: "China will cut its duties on US imports"', () => {
    expect(briefs('China will cut its duties on US imports to 10 percent.')).toContain('RETREAT China -> United States planned');
  });
  it('tariffs imposed or raised sanction the country whose goods they hit', () => {
    expect(briefs('The United States will impose 50 percent tariffs on German goods.')).toContain('SANCTION United States -> Germany planned');
    expect(briefs('Washington raised tariffs on Chinese imports to 145 percent.')).toContain('SANCTION Washington -> China occurred');
  });
  it('not: tariffs that fall or are expected to fall are no one\'s act', () => {
    expect(briefs('Analysts expect tariffs to fall.')).toEqual([]);
    expect(briefs('Tariffs on steel fell sharply last year.')).toEqual([]);
  });
  it('"the two sides agreed to hold talks in Beijing": a planned meeting, the city no party', () => {
    const out = briefs('The two sides agreed to hold the next round of talks in China.');
    expect(out).toContain('CONSULT The two sides -> - planned');
    expect(out.some((b) => b.includes('-> China'))).toBe(false);
  });
  it('not: an invitation\'s visit is the guest\'s, no act of the host', () => {
    const out = briefs('Li Wen invited Anna Kora to visit China.');
    expect(out.some((b) => b.startsWith('CONSULT Li Wen'))).toBe(false);
  });
  it('"would respond by expelling US diplomats": the subject\'s act, with its status', () => {
    expect(briefs('Russia said it would respond by expelling American diplomats.')).toContain('SANCTION Russia -> United States possible');
  });
  it('not: "refused to cut tariffs" plans no cut', () => {
    const out = briefs('China refused to cut tariffs on American goods.');
    expect(out.some((b) => b.startsWith('RETREAT'))).toBe(false);
    expect(out.some((b) => b.startsWith('REJECT China'))).toBe(true);
  });
  it('"refused to release X": the release is negated', () => {
    const { events } = eventsOf('Iran refused to release the French sailors.', ALL);
    const e = events.find((x) => x.type === 'REJECT');
    expect(e?.about?.type).toBe('RETREAT');
    expect(e?.about?.status).toBe('negated');
  });
});

describe('joint material acts', () => {
  it('"X and Y began joint military drills"', () => {
    expect(briefs('Russia and China began joint military drills on Monday.')).toContain('COOPERATE Russia+China -> - occurred');
  });
  it('"X and Y exchanged fire", "swapped prisoners"', () => {
    expect(briefs('Russia and Germany exchanged fire across the border.')).toContain('ASSAULT Russia+Germany -> - occurred');
    expect(briefs('Russia and Germany swapped 90 prisoners.')).toContain('RETREAT Russia+Germany -> - occurred');
  });
  it('"fired a ballistic missile" at no one is a show of force; "at X" an attack', () => {
    expect(briefs('North Korea fired an intercontinental ballistic missile on Thursday.')).toContain('MOBILIZE North Korea -> - occurred');
    expect(briefs('North Korea fired missiles at South Korea.')).toContain('ASSAULT North Korea -> South Korea occurred');
  });
  it('not: drills of one country alone are no cooperation', () => {
    expect(briefs('Russia held military drills near the border.').some((b) => b.startsWith('COOPERATE'))).toBe(false);
  });
});

describe('requests and accusations name the party asked or accused', () => {
  it('"urged Washington to …"', () => {
    expect(briefs('China urged Washington to cancel the tariffs.')).toContain('REQUEST China -> Washington occurred');
  });
  it('"called on X and Y to exercise restraint"', () => {
    expect(briefs('China called on Germany and France to exercise restraint.')).toContain('REQUEST China -> Germany+France occurred');
  });
  it('"charged that X had …" accuses X', () => {
    expect(briefs('Russia charged that Germany had shelled the plant.')).toContain('ACCUSE Russia -> Germany occurred');
  });
  it('not: "charged X with" a crime is an arrest, no accusation by speech', () => {
    expect(briefs('Police in France charged Jonas Brandt with fraud.').some((b) => b.startsWith('ACCUSE France'))).toBe(false);
  });
  it('"said the US move was a provocation": disapproval of the move\'s owner', () => {
    expect(briefs('China said the US move was a provocation.')).toContain('ACCUSE China -> United States occurred');
  });
  it('not: "said the talks were constructive" condemns nothing', () => {
    expect(briefs('China said the talks were constructive.').some((b) => b.startsWith('ACCUSE'))).toBe(false);
  });
  it('"X said <own country> would not withdraw": X refuses', () => {
    expect(briefs('Oleg Pak said North Korea would not withdraw its troops.')).toContain('REJECT Oleg Pak -> - occurred');
  });
  it('not: "did not withdraw" is no refusal, only an act not done', () => {
    expect(briefs('Russia did not withdraw its troops from the region.')).toEqual(['RETREAT Russia -> - negated']);
  });
  it('"urged both countries": the two parties an act was last aimed at', () => {
    expect(briefs('China called on Germany and France to show restraint. Russia urged both countries to talk.')).toContain('REQUEST Russia -> Germany+France occurred');
  });
  it('"X and his Saudi counterpart held talks": the counterpart\'s country', () => {
    const { events } = eventsOf('Li Wen and his German counterpart held talks in Berlin.', ALL);
    expect(events.find((e) => e.type === 'CONSULT')?.actor.map((p) => p.country)).toEqual(['CHN', 'DEU']);
  });
  it('"accused X of …"', () => {
    expect(briefs('Oleg Pak accused South Korea of massing troops near the border.')).toContain('ACCUSE Oleg Pak -> South Korea occurred');
  });
});

describe('headlines', () => {
  function headline(h: string): string[] {
    const { doc, events } = eventsOf('The statement came on Monday.', ALL, { headline: h });
    return events.map((e) => brief(doc, e));
  }
  it('"X to expel ten US diplomats": planned', () => {
    expect(headline('Russia to expel ten US diplomats')).toContain('SANCTION Russia -> United States planned');
  });
  it('"X mulls strike on Y": a possible threat', () => {
    expect(headline('North Korea mulls strike on Port Ledge').some((b) => /^THREATEN North Korea -> (?:Port Ledge|United States) possible$/.test(b))).toBe(true);
  });
  it('"X, Y agree to cut tariffs"', () => {
    expect(headline('China, Germany agree to cut tariffs')).toContain('RETREAT China+Germany -> - planned');
  });
});

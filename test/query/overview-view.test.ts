/** The database overview `npm start` and `dateline show` print: each event under its own date. */
import { describe, expect, it } from 'vitest';
import { describeOverview } from '../../src/query/overview-view.js';
import type { Overview } from '../../src/query/overview.js';
import type { EventRow } from '../../src/store/store.js';

function event(date: string | undefined, day: string, evidence: string): EventRow {
  return {
    article: 'a1b2c3d4e5f60718', headline: 'Talks', type: 'CONSULT', status: 'planned', ...(date ? { date } : {}), day,
    actor: [{ text: 'He', name: 'Anton Keller' } as EventRow['actor'][number]], recipient: [], evidence,
  } as EventRow;
}

function eventLines(events: EventRow[]): string[] {
  const o = { stats: { articles: 1, duplicates: 0, entities: 1, times: 1, quotes: 0, events: events.length }, articles: [], entities: [], quotes: [], events } as unknown as Overview;
  const lines = describeOverview(o, 'test.db');
  return lines.slice(lines.indexOf('Events (newest first)') + 1).filter((l) => l.startsWith('  '));
}

describe('events in the overview', () => {
  it('a month-dated event shows its month, not the report day it is filed under', () => {
    const [line] = eventLines([event('2023-05', '2023-04-04', 'talks planned for May')]);
    expect(line).toMatch(/^\s*2023-05\s+CONSULT\s+Anton Keller/u);
  });

  it('a full date is shown as is; no date or a vague one shows the day it is filed under', () => {
    const lines = eventLines([event('2023-04-02', '2023-04-02', 'met on Sunday'), event('PAST_REF', '2023-04-04', 'met recently'), event(undefined, '2023-04-04', 'met')]);
    expect(lines.map((l) => l.trim().split(/\s+/u)[0])).toEqual(['2023-04-02', '2023-04-04', '2023-04-04']);
  });
});

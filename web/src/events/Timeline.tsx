/** Events per month (or year): cooperation above, conflict beside it, for the filtered events. */
import { useState } from 'preact/hooks';
import { exportUrl, get } from '../api.js';
import { Problem, useLoad } from '../components/Async.js';
import { ChartView, COLORS } from '../components/Chart.js';
import { DownloadCsv } from '../components/download.js';
import type { Filters } from '../pages/Events.js';
import type { TimelinePoint } from '../types.js';

export function TimelineView(props: { filters: Filters }) {
  const [interval, setStep] = useState<'month' | 'year'>('month');
  const res = useLoad(() => get<TimelinePoint[]>('/timeline', { ...props.filters, interval }), [JSON.stringify(props.filters), interval]);
  const pts = res.data ?? [];
  return (
    <section>
      <Problem error={res.error} />
      <p>
        <label>per <select value={interval} onChange={(e) => setStep((e.target as HTMLSelectElement).value as 'month' | 'year')}>
          <option value="month">month</option><option value="year">year</option></select></label>{' '}
        <DownloadCsv name="dateline-timeline" label="Download series (CSV)" rows={pts.map(({ types, ...p }) => ({ ...p, ...types }))} />{' '}
        <a href={exportUrl('events', 'csv', props.filters)} class="button subtle">Export these events</a>
      </p>
      {pts.length === 0 && !res.loading ? <p class="muted">No dated events.</p> : (
        <ChartView label="events over time" height={320} config={{
          type: 'bar',
          data: {
            labels: pts.map((p) => p.period),
            datasets: [
              { label: 'cooperation', data: pts.map((p) => p.cooperation), backgroundColor: COLORS.cooperation, stack: 'x' },
              { label: 'conflict', data: pts.map((p) => p.conflict), backgroundColor: COLORS.conflict, stack: 'x' },
            ],
          },
          options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
        }} />
      )}
    </section>
  );
}

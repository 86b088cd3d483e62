/** A Chart.js chart in a canvas, rebuilt when its data changes. Only the parts used are registered. */
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

export const COLORS = { cooperation: '#2b8a6e', conflict: '#c2452d', coopLight: '#8fd1bd', conflictLight: '#eca08f', actor: '#2f6fb5', recipient: '#c98a1b' };

export function ChartView(props: { config: ChartConfiguration; label: string; height?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return undefined;
    const chart = new Chart(canvas.current, { ...props.config, options: { animation: false, maintainAspectRatio: false, ...props.config.options } });
    return () => chart.destroy();
  }, [JSON.stringify(props.config.data)]);
  return <div class="chart" style={{ height: `${props.height ?? 260}px` }}><canvas ref={canvas} role="img" aria-label={props.label} /></div>;
}

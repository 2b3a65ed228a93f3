import type { SotaStep } from './find-leaderboard';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 160;
const HEIGHT = 36;

/**
 * The state of the art over time as a small step line: each record holds until the next one.
 * Higher values are drawn higher; the label tells a screen reader the first and last record.
 */
export function sparkline(steps: SotaStep[], metric: string | undefined): SVGSVGElement {
  const times = steps.map((step) => Date.parse(step.date));
  const values = steps.map((step) => step.value);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  const x = (t: number) => 2 + ((t - t0) / (t1 - t0 || 1)) * (WIDTH - 4);
  const y = (v: number) => HEIGHT - 3 - ((v - v0) / (v1 - v0 || 1)) * (HEIGHT - 6);
  let path = '';
  steps.forEach((step, i) => {
    const [px, py] = [x(times[i]!), y(step.value)];
    path += i === 0 ? `M${px.toFixed(1)} ${py.toFixed(1)}` : `H${px.toFixed(1)}V${py.toFixed(1)}`;
  });
  const first = steps[0]!;
  const last = steps[steps.length - 1]!;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute('class', 'spark');
  svg.setAttribute('role', 'img');
  svg.setAttribute(
    'aria-label',
    `State of the art${metric ? ` in ${metric}` : ''} over time: ${steps.length} records, from ${first.value} (${first.date}) to ${last.value} (${last.date})`,
  );
  const line = document.createElementNS(SVG, 'path');
  line.setAttribute('d', path);
  const dot = document.createElementNS(SVG, 'circle');
  dot.setAttribute('cx', x(times[times.length - 1]!).toFixed(1));
  dot.setAttribute('cy', y(last.value).toFixed(1));
  dot.setAttribute('r', '2.5');
  svg.append(line, dot);
  return svg;
}

import {
  Chart,
  LinearScale,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  Legend,
  type ChartConfiguration,
  type TooltipItem,
  type TooltipModel,
} from 'chart.js';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTheme } from '../../app/theme';
import type { ChartPoint } from './chart-points';

Chart.register(ScatterController, LinearScale, PointElement, LineElement, Tooltip, Legend);

const DAY = 86_400_000;

/** The page's colours (styles.css custom properties) in the theme on screen: a canvas has no CSS. */
function chartColours() {
  const style = getComputedStyle(document.documentElement);
  const colour = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    accent: colour('--accent', '#1d4ed8'),
    point: colour('--chart-point', 'rgb(100 116 139 / 55%)'),
    grid: colour('--chart-grid', '#eef0f3'),
    axis: colour('--border', '#e3e6eb'),
    label: colour('--muted', '#5b6472'),
    title: colour('--text-soft', '#394150'),
  };
}

export interface SotaChartCanvasProps {
  points: readonly ChartPoint[];
  steps: readonly ChartPoint[];
  metricName: string;
  lowerIsBetter: boolean;
  onSelectPaper: (paperSlug: string) => void;
  /** The id of the text that describes the chart (its caption, with the link to its data table). */
  describedBy?: string;
}

/** Calendar-aligned ticks (years, half-years, quarters or months) between two times. */
export function timeTicks(min: number, max: number): { values: number[]; yearly: boolean } {
  const years = (max - min) / (365.25 * DAY);
  const stepMonths = years > 10 ? 24 : years > 2.5 ? 12 : years > 1 ? 6 : years > 0.4 ? 3 : 1;
  const values: number[] = [];
  const start = new Date(min);
  let year = start.getUTCFullYear();
  let month = 0;
  for (let guard = 0; guard < 400; guard++) {
    const time = Date.UTC(year, month, 1);
    if (time > max) break;
    if (time >= min) values.push(time);
    month += stepMonths;
    year += Math.floor(month / 12);
    month %= 12;
  }
  return { values, yearly: stepMonths >= 12 };
}

/**
 * The hover box is HTML rather than canvas, so its text can be read, selected and tested.
 * It is filled with textContent only: model names and titles are imported text.
 */
function showTooltip(box: HTMLDivElement, tooltip: TooltipModel<'scatter'>): void {
  if (tooltip.opacity === 0 || tooltip.dataPoints.length === 0) {
    box.hidden = true;
    return;
  }
  const lines = [...tooltip.title, ...tooltip.body.flatMap((part) => part.lines)];
  box.replaceChildren(
    ...lines.map((line, index) => {
      const element = document.createElement(index === 0 ? 'strong' : 'div');
      element.textContent = line;
      return element;
    }),
  );
  box.hidden = false;
  const flip = tooltip.caretX > (box.parentElement?.clientWidth ?? 0) / 2;
  box.style.left = `${tooltip.caretX}px`;
  box.style.top = `${tooltip.caretY}px`;
  box.style.transform = `translate(${flip ? 'calc(-100% - 12px)' : '12px'}, -50%)`;
}

/** The chart.js drawing of the SotA chart. */
export function SotaChartCanvas({
  points,
  steps,
  metricName,
  lowerIsBetter,
  onSelectPaper,
  describedBy,
}: SotaChartCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  // The chart is built once per data change; clicks call the latest callback through this ref.
  const selectRef = useRef(onSelectPaper);
  // Drawn again in the other theme's colours when the reader or the system switches it.
  const theme = useTheme();
  useLayoutEffect(() => {
    selectRef.current = onSelectPaper;
  }, [onSelectPaper]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const xs = points.map((p) => p.x);
    const minX = Math.min(...xs);
    const maxX = Math.max(...xs);
    const pad = Math.max(((maxX - minX) / DAY) * 0.03, 30) * DAY;
    const ticks = timeTicks(minX - pad, maxX + pad);
    const last = steps[steps.length - 1];
    // The best value holds until the latest result, so the step line runs to the right edge.
    const stepLine = last && last.x < maxX ? [...steps, { ...last, x: maxX, extension: true }] : [...steps];
    const colours = chartColours();

    const config: ChartConfiguration<'scatter', ChartPoint[]> = {
      type: 'scatter',
      data: {
        datasets: [
          {
            label: 'State of the art',
            data: stepLine,
            showLine: true,
            stepped: 'after',
            borderColor: colours.accent,
            backgroundColor: colours.accent,
            borderWidth: 2,
            pointRadius: (ctx) => ((ctx.raw as { extension?: boolean } | undefined)?.extension ? 0 : 5),
            pointHoverRadius: 7,
            order: 0,
          },
          {
            label: 'Other results',
            data: [...points],
            backgroundColor: colours.point,
            borderColor: colours.point,
            pointRadius: 3.5,
            pointHoverRadius: 6,
            order: 1,
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        interaction: { mode: 'nearest', intersect: true },
        scales: {
          x: {
            type: 'linear',
            min: minX - pad,
            max: maxX + pad,
            afterBuildTicks: (axis) => {
              axis.ticks = ticks.values.map((value) => ({ value }));
            },
            ticks: {
              autoSkip: true,
              color: colours.label,
              callback: (value) => new Date(Number(value)).toISOString().slice(0, ticks.yearly ? 4 : 7),
            },
            grid: { color: colours.grid },
            border: { color: colours.axis },
          },
          y: {
            title: {
              display: true,
              color: colours.title,
              text: `${metricName} (${lowerIsBetter ? 'lower' : 'higher'} is better)`,
            },
            ticks: { color: colours.label },
            grid: { color: colours.grid },
            border: { color: colours.axis },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true, color: colours.title } },
          tooltip: {
            enabled: false,
            external: ({ tooltip }) => {
              if (tooltipRef.current) showTooltip(tooltipRef.current, tooltip);
            },
            // A SotA step is also drawn as a result point: list each result once.
            filter: (item: TooltipItem<'scatter'>, index: number, items: TooltipItem<'scatter'>[]) => {
              const point = item.raw as ChartPoint & { extension?: boolean };
              if (point.extension) return false;
              return items.findIndex((other) => (other.raw as ChartPoint).entryId === point.entryId) === index;
            },
            callbacks: {
              title: (items) => (items[0]?.raw as ChartPoint | undefined)?.modelName ?? '',
              label: (item) => {
                const point = item.raw as ChartPoint;
                return [
                  `${metricName}: ${point.label}`,
                  `Date: ${point.date}`,
                  ...(point.paperTitle ? [`Paper: ${point.paperTitle}`] : []),
                ];
              },
            },
          },
        },
        onClick: (_event, elements, chart) => {
          const element = elements[0];
          if (!element) return;
          const point = chart.data.datasets[element.datasetIndex]?.data[element.index] as ChartPoint | undefined;
          if (point?.paperSlug) selectRef.current(point.paperSlug);
        },
        onHover: (event, elements) => {
          const target = event.native?.target as HTMLElement | undefined;
          if (target) target.style.cursor = elements.length ? 'pointer' : 'default';
        },
      },
    };
    const chart = new Chart(canvas, config);
    return () => chart.destroy();
  }, [points, steps, metricName, lowerIsBetter, theme]);

  return (
    <>
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={`${metricName} of ${points.length} results over time; the state-of-the-art history table below lists the steps.`}
        aria-describedby={describedBy}
      />
      <div ref={tooltipRef} className="chart-tooltip" role="tooltip" hidden />
    </>
  );
}

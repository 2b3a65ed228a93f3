import type { RankedRow } from '@pwc/shared';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { LeaderboardRowView } from './LeaderboardRowView';
import { directionLabel, type LeaderboardEntry, type MetricColumn } from './leaderboard-rows';
import { VirtualRows } from './VirtualRows';
import { PHONE_QUERY, useMediaQuery } from '../../ui/use-media-query';

/** Above this many rows only the rows near the viewport are in the DOM. */
export const VIRTUALIZE_FROM = 200;

export interface LeaderboardTableProps {
  /** Every column, in published order. */
  metrics: readonly MetricColumn[];
  /** Rows already ranked by `rankingMetric`. */
  rows: readonly RankedRow<LeaderboardEntry>[];
  rankingMetric: string | null;
  onRankBy: (metricName: string) => void;
  /** Paper slug whose rows are highlighted (the `?p=` permalink). */
  highlightPaper: string | null;
  /** False while rows are still arriving; the highlighted row is scrolled to once this is true. */
  complete?: boolean;
  caption: ReactNode;
}

/** Width hint in `ch` for a column, so virtualized rows do not make columns jump. */
function columnWidth(texts: Iterable<string>, min: number, max: number): number {
  let longest = min;
  for (const text of texts) if (text.length > longest) longest = text.length;
  return Math.min(longest, max) + 1;
}

/**
 * The metric columns in published order; on a phone the ranking metric comes first, so it stays
 * on screen beside the model (rank and model stick to the left while the rest scrolls).
 */
function orderColumns(metrics: readonly MetricColumn[], rankingMetric: string | null, phone: boolean): MetricColumn[] {
  const columns = [...metrics].sort((a, b) => a.position - b.position);
  const ranking = phone ? columns.findIndex((metric) => metric.name === rankingMetric) : -1;
  if (ranking > 0) columns.unshift(...columns.splice(ranking, 1));
  return columns;
}

/** The ranked leaderboard: every metric column, sortable by any numeric metric. */
export function LeaderboardTable({
  metrics,
  rows,
  rankingMetric,
  onRankBy,
  highlightPaper,
  complete = true,
  caption,
}: LeaderboardTableProps) {
  const phone = useMediaQuery(PHONE_QUERY);
  const columns = useMemo(() => orderColumns(metrics, rankingMetric, phone), [metrics, rankingMetric, phone]);
  const virtual = rows.length >= VIRTUALIZE_FROM;

  const widths = useMemo(() => {
    if (!virtual) return null;
    const metricWidths = columns.map((metric) =>
      columnWidth([metric.name, ...rows.map(({ row }) => row.display[metric.name] ?? '')], 4, 16),
    );
    return {
      model: columnWidth(
        rows.map(({ row }) => row.modelName),
        10,
        34,
      ),
      metrics: metricWidths,
    };
  }, [virtual, columns, rows]);

  const highlightIndex = useMemo(
    () => (highlightPaper ? rows.findIndex(({ row }) => row.paper?.slug === highlightPaper) : -1),
    [rows, highlightPaper],
  );

  // Ranked by another metric on a phone: that column moved to the left; show it.
  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (phone) scrollRef.current?.scrollTo?.({ left: 0 });
  }, [phone, rankingMetric]);

  const tableRef = useRef<HTMLTableElement>(null);
  const scrollRequest = useRef<((index: number) => void) | null>(null);
  const scrolledFor = useRef<string | null>(null);
  useEffect(() => {
    if (!complete || highlightPaper === null || highlightIndex < 0) return;
    if (scrolledFor.current === highlightPaper) return;
    scrolledFor.current = highlightPaper;
    if (scrollRequest.current) {
      scrollRequest.current(highlightIndex);
    } else {
      const row = tableRef.current?.querySelector(`tr[data-index="${highlightIndex}"]`);
      row?.scrollIntoView?.({ block: 'center' });
    }
  }, [complete, highlightPaper, highlightIndex]);

  const renderRow = (ranked: RankedRow<LeaderboardEntry>, index: number, ref?: (el: Element | null) => void) => (
    <LeaderboardRowView
      key={ranked.row.id}
      ranked={ranked}
      index={index}
      columns={columns}
      highlighted={highlightPaper !== null && ranked.row.paper?.slug === highlightPaper}
      rowRef={ref}
    />
  );

  const columnCount = columns.length + 6;
  return (
    <div className="table-scroll" ref={scrollRef}>
      <table
        ref={tableRef}
        className="table leaderboard-table"
        aria-rowcount={rows.length + 1}
        aria-busy={complete ? undefined : true}
      >
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="num rank">
              Rank
            </th>
            {/* On a phone the model column has a fixed width (styles.css). */}
            <th scope="col" className="model" style={widths && !phone ? { minWidth: `${widths.model}ch` } : undefined}>
              Model
            </th>
            {columns.map((metric, i) => (
              <MetricHeader
                key={metric.id}
                metric={metric}
                active={metric.name === rankingMetric}
                onRankBy={onRankBy}
                width={widths?.metrics[i]}
              />
            ))}
            <th scope="col">Extra training data</th>
            <th scope="col" className="col-paper">
              Paper
            </th>
            <th scope="col">Code</th>
            <th scope="col">Date</th>
          </tr>
        </thead>
        {virtual ? (
          <VirtualRows
            count={rows.length}
            columnCount={columnCount}
            onScrollApi={(scrollTo) => (scrollRequest.current = scrollTo)}
            renderRow={(index, ref) => {
              const ranked = rows[index];
              return ranked ? renderRow(ranked, index, ref) : null;
            }}
          />
        ) : (
          <tbody>{rows.map((ranked, index) => renderRow(ranked, index))}</tbody>
        )}
      </table>
      {rows.length === 0 && <p className="muted empty-table">No results match the filters.</p>}
    </div>
  );
}

function MetricHeader({
  metric,
  active,
  onRankBy,
  width,
}: {
  metric: MetricColumn;
  active: boolean;
  onRankBy: (name: string) => void;
  width: number | undefined;
}) {
  const style = width ? { minWidth: `${width}ch` } : undefined;
  if (!metric.isNumeric) {
    return (
      <th scope="col" style={style}>
        {metric.name}
      </th>
    );
  }
  const higher = metric.direction === 'HIGHER_IS_BETTER';
  return (
    <th
      scope="col"
      className={active ? 'num is-sorted' : 'num'}
      style={style}
      aria-sort={active ? (higher ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => onRankBy(metric.name)}
        title={`Rank by ${metric.name} (${directionLabel(metric.direction)})`}
      >
        {metric.name}
        <span aria-hidden="true" className="direction">
          {higher ? '↑' : '↓'}
        </span>
        <span className="visually-hidden">, {directionLabel(metric.direction)}</span>
      </button>
    </th>
  );
}

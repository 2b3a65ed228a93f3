import { useCallback } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { InlineLoading } from '../../ui/Loading';
import { LeaderboardControls } from './LeaderboardControls';
import { filterArguments, useLeaderboardParams } from './leaderboard-params';
import {
  directionLabel,
  rankingMetricOf,
  type LeaderboardEntry,
  type LeaderboardFilters,
  type MetricColumn,
} from './leaderboard-rows';
import { LeaderboardTable } from './LeaderboardTable';
import { SotaChart } from './SotaChart';
import { serverOrigin } from '../../env';
import { BoardShare } from '../share/BoardShare';
import { LeaderboardRowsQuery, useLeaderboardRows, type LeaderboardRowsState } from './use-leaderboard-rows';

export const Leaderboard_benchmark = graphql(`
  fragment Leaderboard_benchmark on Benchmark {
    slug
    resultCount
    metrics {
      id
      name
      position
      direction
      directionSource
      isNumeric
    }
  }
`);

function HighlightNotice({
  paperSlug,
  rows,
  onClear,
}: {
  paperSlug: string;
  rows: readonly { row: LeaderboardEntry }[];
  onClear: () => void;
}) {
  const shown = rows.filter(({ row }) => row.paper?.slug === paperSlug);
  const paper = shown[0]?.row.paper;
  return (
    <p className="notice" role="status">
      {paper ? (
        <>
          {`Highlighting ${shown.length} ${shown.length === 1 ? 'result' : 'results'} of `}
          <Link to={`/paper/${paper.slug}`}>{paper.title}</Link>.
        </>
      ) : (
        'The linked paper has no results on this leaderboard under these filters.'
      )}{' '}
      <button type="button" className="button button--quiet" onClick={onClear}>
        Clear highlight
      </button>
    </p>
  );
}

/** The SotA chart and the ranked table of one benchmark, driven by URL parameters. */
export function Leaderboard(props: {
  benchmark: FragmentType<typeof Leaderboard_benchmark>;
  caption: string;
  /** The board as it stood at this instant (issue 12); now when absent. */
  asOf?: string | null;
}) {
  const { slug, resultCount, metrics } = getFragmentData(Leaderboard_benchmark, props.benchmark);
  const params = useLeaderboardParams();
  const metric = rankingMetricOf(metrics, params.metric);
  const asOf = props.asOf ?? null;
  const state = useLeaderboardRows(slug, metrics, metric, params.filters, asOf);
  if (state.error) throw state.error;
  const view = { origin: serverOrigin(), slug, metric: metric?.name ?? null, ...params.filters };
  const variables = {
    slug,
    metric: metric?.name ?? null,
    ...filterArguments(params.filters),
    ...(asOf ? { asOf } : {}),
  };
  return (
    <>
      <LeaderboardView
        metrics={metrics}
        metric={metric}
        resultCount={resultCount}
        state={state}
        filters={params.filters}
        highlight={params.highlight}
        update={params.update}
        caption={props.caption}
      />
      <BoardShare view={view} query={LeaderboardRowsQuery} variables={variables} />
    </>
  );
}

export interface LeaderboardViewProps {
  metrics: readonly MetricColumn[];
  metric: MetricColumn | null;
  /** Every row of the board, before filters. */
  resultCount: number;
  state: Omit<LeaderboardRowsState, 'error'>;
  filters: LeaderboardFilters;
  highlight: string | null;
  update: (changes: Record<string, string | null>) => void;
  caption: string;
}

/** What the reader sees: controls, chart and table of the rows as the server ranked them. */
export function LeaderboardView({
  metrics,
  metric,
  resultCount,
  state,
  filters,
  highlight,
  update,
  caption,
}: LeaderboardViewProps) {
  const { rows, history, totalCount, complete, stale } = state;
  // Only the filter that changed: the other one may have changed since this render.
  const setFilters = (next: LeaderboardFilters) =>
    update({
      ...(next.withCode !== filters.withCode && { code: next.withCode ? '1' : null }),
      ...(next.noExtraData !== filters.noExtraData && { extra: next.noExtraData ? '0' : null }),
    });
  const rankBy = useCallback((name: string) => update({ metric: name }), [update]);
  const selectPaper = useCallback((slug: string) => update({ p: slug }), [update]);
  const entries = rows.map(({ row }) => row);

  return (
    <>
      <LeaderboardControls
        metrics={metrics}
        metric={metric}
        filters={filters}
        onMetricChange={rankBy}
        onFiltersChange={setFilters}
      />
      {stale ? (
        <InlineLoading label="Ranking…" />
      ) : (
        !complete && (
          <InlineLoading
            label={`Loading rows: ${rows.length.toLocaleString('en-US')} of ${totalCount.toLocaleString('en-US')}…`}
          />
        )
      )}
      {metric && (
        <SotaChart
          entries={entries}
          history={history}
          metric={metric}
          onSelectPaper={selectPaper}
          highlightedPaper={highlight}
        />
      )}
      {highlight && complete && (
        <HighlightNotice paperSlug={highlight} rows={rows} onClear={() => update({ p: null })} />
      )}
      <p className="muted table-summary" aria-live="polite">
        {totalCount === resultCount
          ? `${resultCount.toLocaleString('en-US')} results`
          : `${totalCount.toLocaleString('en-US')} of ${resultCount.toLocaleString('en-US')} results match the filters`}
        {metric && `, ranked by ${metric.name}`}
        {metric?.directionSource === 'DEFAULT' && (
          <span
            className="direction-assumed"
            title="Neither the metric's name, the leaderboard's description nor its history says which way is better."
          >
            {` (direction assumed: ${directionLabel(metric.direction)})`}
          </span>
        )}
        .
      </p>
      <LeaderboardTable
        metrics={metrics}
        rows={rows}
        rankingMetric={metric?.name ?? null}
        onRankBy={rankBy}
        highlightPaper={highlight}
        complete={complete}
        caption={caption}
      />
    </>
  );
}

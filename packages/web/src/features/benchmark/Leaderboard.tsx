import { rankRows, sotaHistory } from '@pwc/shared';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { InlineLoading } from '../../ui/Loading';
import { LeaderboardControls } from './LeaderboardControls';
import { LeaderboardTable } from './LeaderboardTable';
import {
  filterEntries,
  rankingMetricOf,
  toLeaderboardEntries,
  type LeaderboardEntry,
  type LeaderboardFilters,
} from './leaderboard-rows';
import { SotaChart } from './SotaChart';

export const LeaderboardRow_result = graphql(`
  fragment LeaderboardRow_result on Result {
    id
    modelName
    evaluatedOn
    usesAdditionalData
    hasCode
    paperTitle
    paperUrl
    paper {
      id
      slug
      title
    }
    codeLinks {
      title
      url
    }
    values {
      raw
      value
      metric {
        id
      }
    }
  }
`);

export const Leaderboard_benchmark = graphql(`
  fragment Leaderboard_benchmark on Benchmark {
    metrics {
      id
      name
      position
      direction
      isNumeric
    }
    rows(first: 400, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          result {
            ...LeaderboardRow_result
          }
        }
      }
    }
  }
`);

/** URL parameters: ?metric=F1&code=1&extra=0&p=<paper-slug>, so every view is a permalink. */
function useLeaderboardParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null) next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );
  return {
    metric: params.get('metric'),
    filters: { withCode: params.get('code') === '1', noExtraData: params.get('extra') === '0' },
    highlight: params.get('p'),
    update,
  };
}

function HighlightNotice({
  paperSlug,
  entries,
  shown,
  onClear,
}: {
  paperSlug: string;
  entries: readonly LeaderboardEntry[];
  shown: number;
  onClear: () => void;
}) {
  const paper = entries.find((entry) => entry.paper?.slug === paperSlug)?.paper;
  return (
    <p className="notice" role="status">
      {paper ? (
        <>
          {shown > 0
            ? `Highlighting ${shown} ${shown === 1 ? 'result' : 'results'} of `
            : 'The filters hide the results of '}
          <Link to={`/paper/${paper.slug}`}>{paper.title}</Link>.
        </>
      ) : (
        'The linked paper has no results on this leaderboard.'
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
  /** False while further pages of rows are loading. */
  complete: boolean;
  caption: string;
}) {
  const benchmark = getFragmentData(Leaderboard_benchmark, props.benchmark);
  const { metric: requestedMetric, filters, highlight, update } = useLeaderboardParams();
  const { metrics, rows } = benchmark;

  const entries = useMemo(
    () =>
      toLeaderboardEntries(
        rows.edges.map((edge) => getFragmentData(LeaderboardRow_result, edge.node.result)),
        metrics,
      ),
    [rows.edges, metrics],
  );
  const metric = rankingMetricOf(metrics, requestedMetric);
  const { withCode, noExtraData } = filters;
  const filtered = useMemo(() => filterEntries(entries, { withCode, noExtraData }), [entries, withCode, noExtraData]);
  const ranked = useMemo(
    () => (metric ? rankRows(filtered, metric.name, metric.direction) : filtered.map((row) => ({ row, rank: null }))),
    [filtered, metric],
  );
  const history = useMemo(
    () => (metric ? sotaHistory(filtered, metric.name, metric.direction) : []),
    [filtered, metric],
  );
  const highlighted = highlight ? ranked.filter(({ row }) => row.paper?.slug === highlight).length : 0;

  const setFilters = (next: LeaderboardFilters) =>
    update({ code: next.withCode ? '1' : null, extra: next.noExtraData ? '0' : null });
  const rankBy = useCallback((name: string) => update({ metric: name }), [update]);
  const selectPaper = useCallback((slug: string) => update({ p: slug }), [update]);

  return (
    <>
      <LeaderboardControls
        metrics={metrics}
        metric={metric}
        filters={filters}
        onMetricChange={rankBy}
        onFiltersChange={setFilters}
      />
      {!props.complete && (
        <InlineLoading
          label={`Loading rows: ${rows.edges.length.toLocaleString('en-US')} of ${rows.totalCount.toLocaleString('en-US')}…`}
        />
      )}
      {metric && <SotaChart entries={filtered} history={history} metric={metric} onSelectPaper={selectPaper} />}
      {highlight && (
        <HighlightNotice
          paperSlug={highlight}
          entries={entries}
          shown={highlighted}
          onClear={() => update({ p: null })}
        />
      )}
      <p className="muted table-summary" aria-live="polite">
        {filtered.length === entries.length
          ? `${entries.length.toLocaleString('en-US')} results`
          : `${filtered.length.toLocaleString('en-US')} of ${entries.length.toLocaleString('en-US')} results match the filters`}
        {metric && `, ranked by ${metric.name}`}.
      </p>
      <LeaderboardTable
        metrics={metrics}
        rows={ranked}
        rankingMetric={metric?.name ?? null}
        onRankBy={rankBy}
        highlightPaper={highlight}
        complete={props.complete}
        caption={props.caption}
      />
    </>
  );
}

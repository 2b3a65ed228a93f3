import { formatDate, type RankedRow } from '@pwc/shared';
import { memo, useContext } from 'react';
import { Link } from 'react-router';
import { ExternalLink } from '../../ui/ExternalLink';
import type { LeaderboardEntry, MetricColumn } from './leaderboard-rows';
import { RowActionsContext } from './row-actions';

export interface LeaderboardRowViewProps {
  ranked: RankedRow<LeaderboardEntry>;
  index: number;
  columns: readonly MetricColumn[];
  highlighted: boolean;
  rowRef?: ((element: Element | null) => void) | undefined;
}

function PaperCell({ entry }: { entry: LeaderboardEntry }) {
  if (entry.paper) return <Link to={`/paper/${entry.paper.slug}`}>{entry.paper.title}</Link>;
  const title = entry.paperTitle ?? entry.paperUrl;
  if (entry.paperUrl && title) return <ExternalLink href={entry.paperUrl}>{title}</ExternalLink>;
  return <span className="muted">{title ?? '—'}</span>;
}

function CodeCell({ entry }: { entry: LeaderboardEntry }) {
  const [first] = entry.codeLinks;
  if (first) {
    return (
      <ExternalLink href={first.url} title={first.title}>
        Code{entry.codeLinks.length > 1 ? ` +${entry.codeLinks.length - 1}` : ''}
      </ExternalLink>
    );
  }
  if (entry.hasCode && entry.paper) return <Link to={`/paper/${entry.paper.slug}#code`}>Code</Link>;
  return <span className="muted">—</span>;
}

/** One leaderboard row; memoized because long tables re-render often while scrolling. */
export const LeaderboardRowView = memo(function LeaderboardRowView({
  ranked,
  index,
  columns,
  highlighted,
  rowRef,
}: LeaderboardRowViewProps) {
  const { row: entry, rank } = ranked;
  const date = formatDate(entry.date);
  const rowActions = useContext(RowActionsContext);
  return (
    <tr
      ref={rowRef}
      data-index={index}
      aria-rowindex={index + 2}
      className={highlighted ? 'is-highlighted' : undefined}
      aria-current={highlighted ? 'true' : undefined}
    >
      <td className="num rank">{rank ?? '—'}</td>
      <th scope="row" className="model">
        {entry.modelName.trim() || <span className="muted">(unnamed)</span>}
        {rowActions?.(entry)}
      </th>
      {columns.map((metric) => (
        <td key={metric.id} className={metric.isNumeric ? 'num' : undefined}>
          {entry.display[metric.name] ?? '—'}
        </td>
      ))}
      <td>{entry.usesAdditionalData ? 'Yes' : <span className="muted">No</span>}</td>
      <td className="col-paper">
        <PaperCell entry={entry} />
      </td>
      <td>
        <CodeCell entry={entry} />
      </td>
      <td className="nowrap">{date ? <time dateTime={date}>{date}</time> : '—'}</td>
    </tr>
  );
});

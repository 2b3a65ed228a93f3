import { useId } from 'react';
import { Link } from 'react-router';
import './history.css';
import { formatDay, formatInstant, lastPickableDay, type AsOfChoice } from './as-of';

export interface AsOfBarProps {
  slug: string;
  choice: AsOfChoice;
  /** When the board's recorded history begins (null: it has no rows yet). */
  historyStartsAt: string | null;
  /** The board's row count at the chosen date. */
  resultCount: number;
  /** Sets (a YYYY-MM-DD day) or clears (null) the URL's asOf. */
  onChange: (day: string | null) => void;
}

/**
 * The date picker of a leaderboard (issue 12) and, when a past date is chosen, the notice that
 * says so: the URL (`?asOf=2020-01-01`) is then a permalink citing the board as it stood.
 */
export function AsOfBar({ slug, choice, historyStartsAt, resultCount, onChange }: AsOfBarProps) {
  const id = useId();
  const { date, problem } = choice;
  const beforeHistory = date !== null && historyStartsAt !== null && `${date}T23:59:59.999Z` < historyStartsAt;
  return (
    <>
      <div className="as-of-bar" role="group" aria-label="Leaderboard date">
        <div className="as-of-bar__pick">
          <label htmlFor={id}>Leaderboard as of</label>
          <input
            id={id}
            type="date"
            min="2000-01-01"
            max={lastPickableDay()}
            value={date ?? ''}
            onChange={(event) => onChange(event.target.value || null)}
          />
        </div>
        {date && (
          <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
            Back to now
          </button>
        )}
        <Link className="as-of-bar__history" to={`/sota/${encodeURIComponent(slug)}/history`}>
          History
        </Link>
      </div>
      {problem && (
        <p className="notice" role="status">
          {problem}
        </p>
      )}
      {date && (
        <div className="notice notice--past" role="status" data-testid="as-of-notice">
          <p>
            <strong>Past state.</strong> You are viewing this leaderboard as it stood on{' '}
            <strong>{formatDay(date)}</strong> (end of day, UTC), rebuilt from its revision history
            {resultCount > 0 ? `: ${resultCount.toLocaleString('en-US')} results then.` : '.'}{' '}
            <Link to={`/sota/${encodeURIComponent(slug)}`}>Show the current leaderboard</Link>.
          </p>
          {(beforeHistory || (resultCount === 0 && historyStartsAt)) && historyStartsAt && (
            <p>It had no rows then: its recorded history begins on {formatInstant(historyStartsAt)}.</p>
          )}
          <p className="muted">
            This page&apos;s address is a permalink to the board as of that date. Metrics, task and dataset are shown as
            they are now.
          </p>
        </div>
      )}
    </>
  );
}

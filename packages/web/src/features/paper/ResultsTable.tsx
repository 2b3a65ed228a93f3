import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { PaperResultLine } from './paper-results';

const FILTER_FROM = 12;

/**
 * Task, dataset, metric, value and model of each result; values link to the leaderboard row.
 * On a phone each row is a small block (styles.css): task and dataset at the left, the value
 * with its metric at the right, then the model.
 */
export function ResultsTable({
  lines,
  empty = 'This paper has no leaderboard results.',
}: {
  lines: readonly PaperResultLine[];
  empty?: string;
}) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  if (lines.length === 0) return <p className="muted">{empty}</p>;
  const withPapers = lines.some((line) => line.paper);

  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = words.length
    ? lines.filter((line) => {
        const text =
          `${line.taskName} ${line.datasetName} ${line.metricName} ${line.modelName} ${line.paper?.title ?? ''}`.toLowerCase();
        return words.every((word) => text.includes(word));
      })
    : lines;

  return (
    <>
      {lines.length >= FILTER_FROM && (
        <div className="table-tools">
          <label htmlFor={filterId}>Filter results</label>
          <input
            id={filterId}
            type="search"
            value={filter}
            placeholder="task, dataset, metric or model"
            onChange={(event) => setFilter(event.target.value)}
          />
          <span className="muted" aria-live="polite">
            {shown.length} of {lines.length}
          </span>
        </div>
      )}
      <div className="table-scroll">
        <table className="table results-table">
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Dataset</th>
              <th scope="col">Metric</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col">Model</th>
              {withPapers && <th scope="col">Paper</th>}
              <th scope="col">
                <span className="visually-hidden">Leaderboard</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((line) => (
              <tr key={line.key}>
                <td className="results-table__task">
                  <Link to={`/task/${line.taskSlug}`}>{line.taskName}</Link>
                </td>
                <td className="results-table__dataset">
                  <Link to={`/dataset/${line.datasetSlug}`}>{line.datasetName}</Link>
                </td>
                <td className="results-table__metric">{line.metricName}</td>
                <td className="num results-table__value">
                  <Link
                    to={line.leaderboardPath}
                    aria-label={`${line.metricName} ${line.value} by ${line.modelName} on the ${line.datasetName} leaderboard`}
                  >
                    {line.value}
                  </Link>
                </td>
                <td className="results-table__model">{line.modelName}</td>
                {withPapers && (
                  <td className="results-table__paper">
                    {line.paper && (
                      <Link to={`/paper/${line.paper.slug}`} title={line.paper.title}>
                        {line.paper.title}
                      </Link>
                    )}
                  </td>
                )}
                <td className="results-table__board">
                  <Link to={line.leaderboardPath} className="row-link">
                    Leaderboard
                    <span className="visually-hidden">
                      : {line.taskName} on {line.datasetName}
                    </span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

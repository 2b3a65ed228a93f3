import { Link } from 'react-router';

export interface Stat {
  label: string;
  value: number;
  to?: string;
}

/** Big numbers with labels, e.g. the counts on the home page. */
export function StatGrid({ stats }: { stats: Stat[] }) {
  return (
    <dl className="stats">
      {stats.map((stat) => (
        <div key={stat.label} className="stats__item">
          <dt>{stat.label}</dt>
          <dd>
            {stat.to ? (
              <Link to={stat.to}>{stat.value.toLocaleString('en-US')}</Link>
            ) : (
              stat.value.toLocaleString('en-US')
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

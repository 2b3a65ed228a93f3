import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../graphql';
import type { PaperFacetsPanelQuery, PaperFilter } from '../../graphql/graphql';

export const PaperFacetsPanelQueryDocument = graphql(`
  query PaperFacetsPanel($filter: PaperFilter!) {
    paperFacets(filter: $filter) {
      exact
      counted
      years {
        value
        label
        count
      }
      hasCode {
        value
        label
        count
      }
      tasks {
        value
        label
        count
      }
      datasets {
        value
        label
        count
      }
      methods {
        value
        label
        count
      }
      frameworks {
        value
        label
        count
      }
      venues {
        value
        label
        count
      }
    }
  }
`);

/** The facet filters kept in the URL, by parameter name. */
export const FACET_KEYS = ['from', 'to', 'code', 'task', 'dataset', 'method', 'framework', 'venue'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
export type FacetState = Record<FacetKey, string>;

/** The papers filter of a query (none when empty: every paper) and the facets chosen. */
export function facetFilter(query: string, state: FacetState): PaperFilter {
  const year = (text: string) => (/^\d{4}$/.test(text) ? Number(text) : undefined);
  return {
    query: query || undefined,
    yearFrom: year(state.from),
    yearTo: year(state.to),
    hasCode: state.code === 'true' ? true : state.code === 'false' ? false : undefined,
    task: state.task || undefined,
    dataset: state.dataset || undefined,
    method: state.method || undefined,
    framework: state.framework || undefined,
    venue: state.venue || undefined,
  };
}

type Facets = PaperFacetsPanelQuery['paperFacets'];
/** Values shown per facet until "All" is pressed. */
const FOLDED = 6;
type FacetValue = Facets['years'][number];

const LISTS: { key: FacetKey; title: string; values: (facets: Facets) => FacetValue[] }[] = [
  { key: 'code', title: 'Code', values: (f) => f.hasCode },
  { key: 'task', title: 'Task', values: (f) => f.tasks },
  { key: 'dataset', title: 'Dataset', values: (f) => f.datasets },
  { key: 'method', title: 'Method', values: (f) => f.methods },
  { key: 'framework', title: 'Framework', values: (f) => f.frameworks },
  { key: 'venue', title: 'Venue', values: (f) => f.venues },
];

/**
 * Counts of the matching papers by year, code, task, dataset, method, framework and venue; choosing
 * a value narrows the list to it (and its count is then the list's length), choosing it again
 * removes it.
 */
export function PaperFacetsPanel({
  query,
  state,
  onChange,
}: {
  query: string;
  state: FacetState;
  onChange: (changes: Partial<FacetState>) => void;
}) {
  const [expanded, setExpanded] = useState<Partial<Record<FacetKey, boolean>>>({});
  const { data, previousData } = useQuery(PaperFacetsPanelQueryDocument, {
    variables: { filter: facetFilter(query, state) },
  });
  const facets = (data ?? previousData)?.paperFacets;
  if (!facets) return <aside className="facets" aria-label="Filter papers" aria-busy="true" />;
  const years = [...facets.years].sort((a, b) => Number(a.value) - Number(b.value));
  const yearOptions = [...new Set([...years.map((y) => y.value), state.from, state.to].filter(Boolean))].sort();

  return (
    <aside className="facets" aria-label="Filter papers">
      {!facets.exact && (
        <p className="muted small">Counted over the {facets.counted.toLocaleString('en-US')} newest matching papers.</p>
      )}
      <fieldset className="facet">
        <legend>Year</legend>
        <div className="facet__years">
          <label>
            <span className="visually-hidden">From year</span>
            <select
              value={state.from}
              onChange={(event) => onChange({ from: event.target.value })}
              aria-label="From year"
            >
              <option value="">from</option>
              {yearOptions.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
          <span aria-hidden="true">–</span>
          <label>
            <span className="visually-hidden">To year</span>
            <select value={state.to} onChange={(event) => onChange({ to: event.target.value })} aria-label="To year">
              <option value="">to</option>
              {yearOptions.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ul className="facet__values">
          {[...facets.years].slice(0, 8).map((year) => (
            <li key={year.value}>
              <button
                type="button"
                className="facet__value"
                aria-pressed={state.from === year.value && state.to === year.value}
                onClick={() =>
                  state.from === year.value && state.to === year.value
                    ? onChange({ from: '', to: '' })
                    : onChange({ from: year.value, to: year.value })
                }
              >
                <span>{year.label}</span>
                <span className="count">{year.count.toLocaleString('en-US')}</span>
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
      {LISTS.map(({ key, title, values }) => {
        const all = values(facets);
        if (all.length === 0 && !state[key]) return null;
        // The chosen value stays in view when the list is folded.
        const shown = expanded[key] ? all : all.filter((value, i) => i < FOLDED || value.value === state[key]);
        return (
          <fieldset className="facet" key={key}>
            <legend>{title}</legend>
            <ul className="facet__values">
              {shown.map((value) => {
                const chosen = state[key] === value.value;
                return (
                  <li key={value.value}>
                    <button
                      type="button"
                      className="facet__value"
                      aria-pressed={chosen}
                      onClick={() => onChange({ [key]: chosen ? '' : value.value })}
                    >
                      <span title={value.label}>{value.label}</span>
                      <span className="count">{value.count.toLocaleString('en-US')}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
            {all.length > FOLDED && (
              <button
                type="button"
                className="button--quiet facet__more"
                aria-expanded={Boolean(expanded[key])}
                onClick={() => setExpanded({ ...expanded, [key]: !expanded[key] })}
              >
                {expanded[key] ? 'Fewer' : `All ${all.length}`}
              </button>
            )}
          </fieldset>
        );
      })}
    </aside>
  );
}

import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { FormField } from '../account/FormField';
import { SubjectSuggestQuery } from './board-edit-operations';
import './board-edit.css';

export interface Subject {
  slug: string;
  name: string;
}

/** How long typing must pause before suggestions are asked for (as in the header's search). */
const DEBOUNCE_MS = 150;

/**
 * A task or dataset picked by typing its name: the search's typeahead (suggest, of this one
 * type) lists matches as buttons; the choice is shown with a way to change it.
 */
export function SubjectPicker({
  type,
  label,
  value,
  onChange,
  error,
}: {
  type: 'TASK' | 'DATASET';
  label: string;
  value: Subject | null;
  onChange: (subject: Subject | null) => void;
  error?: string | undefined;
}) {
  const [text, setText] = useState('');
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAsked(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const { data, loading } = useQuery(SubjectSuggestQuery, {
    variables: { query: asked, types: [type] },
    skip: asked.length < 2 || value !== null,
  });
  const hits = (data?.suggest ?? [])
    .flatMap((group) => group.hits)
    .flatMap(({ node }) =>
      node.__typename === 'Task' || node.__typename === 'Dataset' ? [{ slug: node.slug, name: node.name }] : [],
    );

  if (value)
    return (
      <div className={error ? 'form-field has-error' : 'form-field'}>
        <span className="form-field__label">{label}</span>
        <p className="subject-picker__chosen">
          <strong>{value.name}</strong> <span className="muted">({value.slug})</span>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(null)}
            aria-label={`Change the ${type.toLowerCase()}`}
          >
            Change
          </button>
        </p>
        {error && <p className="form-field__error">{error}</p>}
      </div>
    );
  return (
    <div>
      <FormField
        label={label}
        name={`${type.toLowerCase()}-search`}
        type="search"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
        hint="Type at least two letters, then pick one."
        error={error}
      />
      {asked.length >= 2 && !loading && data && hits.length === 0 && (
        <p className="muted">Nothing matches “{asked}”.</p>
      )}
      {hits.length > 0 && (
        <ul className="subject-choices" aria-label={`Matching ${type === 'TASK' ? 'tasks' : 'datasets'}`}>
          {hits.map((hit) => (
            <li key={hit.slug}>
              <button type="button" className="board-choice" onClick={() => onChange(hit)}>
                <strong>{hit.name}</strong> <span className="muted">({hit.slug})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { useId, useRef, type FormEvent, type ReactNode } from 'react';

/** A text filter that applies on submit, plus any other controls (selects) beside it. */
export function FilterBar({
  label,
  value,
  placeholder,
  onSubmit,
  children,
}: {
  label: string;
  value: string;
  placeholder?: string;
  onSubmit: (value: string) => void;
  children?: ReactNode;
}) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(inputRef.current?.value.trim() ?? '');
  };
  return (
    <form className="filter-bar" onSubmit={submit} role="search" aria-label={label}>
      <div className="control">
        <label htmlFor={id}>{label}</label>
        <div className="input-with-button">
          <input ref={inputRef} id={id} key={value} type="search" defaultValue={value} placeholder={placeholder} />
          <button type="submit" className="button">
            Filter
          </button>
        </div>
      </div>
      {children}
    </form>
  );
}

/** A labelled select that applies immediately. */
export function SelectFilter({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="control">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** `value` if one of `options` has it (a value read from the URL may be anything), else `fallback`. */
export function knownValue<V extends string>(
  options: ReadonlyArray<{ value: V; label: string }>,
  value: string,
  fallback: V,
): V {
  return options.find((option) => option.value === value)?.value ?? fallback;
}

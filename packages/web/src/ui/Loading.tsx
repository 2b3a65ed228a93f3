/** The page-sized loading state; announced to screen readers. */
export function PageLoading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading loading--page" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/** A small loading line inside a section. */
export function InlineLoading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner spinner--small" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

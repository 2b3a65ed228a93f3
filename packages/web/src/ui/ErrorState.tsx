export interface ErrorStateProps {
  title: string;
  message: string;
  onRetry?: () => void;
}

/** A failure the reader can retry. */
export function ErrorState({ title, message, onRetry }: ErrorStateProps) {
  return (
    <section className="state state--error" role="alert">
      <h1>{title}</h1>
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  );
}

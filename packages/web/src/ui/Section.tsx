import type { ReactNode } from 'react';

/** A titled part of a page; the heading names the region for assistive technology. */
export function Section({
  id,
  title,
  count,
  actions,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="section" aria-labelledby={`${id}-title`} id={id}>
      <div className="section__head">
        <h2 id={`${id}-title`}>
          {title}
          {count !== undefined && <span className="count">{count.toLocaleString('en-US')}</span>}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

import { Link } from 'react-router';

export interface Tag {
  key: string;
  label: string;
  to: string;
  /** Small text after the label, e.g. a count. */
  note?: string;
}

/** A wrapping row of linked chips (tasks, datasets, areas). */
export function TagList({ tags, label }: { tags: Tag[]; label: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tags" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.key}>
          <Link className="tag" to={tag.to}>
            {tag.label}
            {tag.note && <span className="tag__note">{tag.note}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}

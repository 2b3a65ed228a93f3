import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { plural } from '../../ui/format';

export const MethodCard_method = graphql(`
  fragment MethodCard_method on Method {
    id
    slug
    name
    fullName
    introducedYear
    paperCount
  }
`);

/** A method in a list. */
export function MethodCard(props: { method: FragmentType<typeof MethodCard_method> }) {
  const method = getFragmentData(MethodCard_method, props.method);
  return (
    <article className="card method-card">
      <h3>
        <Link to={`/method/${method.slug}`} className="card__link">
          {method.name}
        </Link>
      </h3>
      {method.fullName && method.fullName !== method.name && <p className="subtitle">{method.fullName}</p>}
      <p className="muted">
        {plural(method.paperCount, 'paper')}
        {method.introducedYear ? ` · ${method.introducedYear}` : ''}
      </p>
    </article>
  );
}

import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { ExternalLink } from '../../ui/ExternalLink';
import { plural } from '../../ui/format';

export const MethodHeader_method = graphql(`
  fragment MethodHeader_method on Method {
    name
    fullName
    introducedYear
    paperCount
    sourceUrl
    sourceTitle
    codeSnippetUrl
    introducedBy {
      id
      slug
      title
    }
    collections {
      id
      slug
      name
      area {
        id
        slug
        name
      }
    }
  }
`);

/** Method name, full name, where it was introduced and the collections it belongs to. */
export function MethodHeader(props: { method: FragmentType<typeof MethodHeader_method> }) {
  const method = getFragmentData(MethodHeader_method, props.method);
  return (
    <header className="page-header">
      <p className="eyebrow">Method</p>
      <h1>{method.name}</h1>
      {method.fullName && method.fullName !== method.name && <p className="subtitle">{method.fullName}</p>}
      <p className="meta">
        <span>used in {plural(method.paperCount, 'paper')}</span>
        {method.introducedYear && <span>introduced {method.introducedYear}</span>}
      </p>
      <dl className="facts">
        {method.introducedBy && (
          <div>
            <dt>Introduced in</dt>
            <dd>
              <Link to={`/paper/${method.introducedBy.slug}`}>{method.introducedBy.title}</Link>
            </dd>
          </div>
        )}
        {method.collections.length > 0 && (
          <div>
            <dt>Collections</dt>
            <dd>
              <ul className="inline-list">
                {method.collections.map((collection) => (
                  <li key={collection.id}>
                    <Link to={`/methods?collection=${encodeURIComponent(collection.slug)}`}>{collection.name}</Link>
                    {collection.area && (
                      <>
                        {' '}
                        <span className="muted">
                          in <Link to={`/area/${collection.area.slug}`}>{collection.area.name}</Link>
                        </span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {method.sourceUrl && (
          <div>
            <dt>Source</dt>
            <dd>
              <ExternalLink href={method.sourceUrl}>{method.sourceTitle ?? method.sourceUrl}</ExternalLink>
            </dd>
          </div>
        )}
        {method.codeSnippetUrl && (
          <div>
            <dt>Code</dt>
            <dd>
              <ExternalLink href={method.codeSnippetUrl}>Code snippet</ExternalLink>
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}

import { formatDate } from '@pwc/shared';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { ExternalLink } from '../../ui/ExternalLink';
import { plural } from '../../ui/format';

export const DatasetHeader_dataset = graphql(`
  fragment DatasetHeader_dataset on Dataset {
    slug
    name
    fullName
    homepage
    introducedDate
    paperCount
    modalities
    languages
    variants
    licenseName
    licenseUrl
    introducedBy {
      id
      slug
      title
    }
    parent {
      id
      slug
      name
    }
  }
`);

/** Dataset name, full name and its facts: homepage, introducing paper, modalities, licence. */
export function DatasetHeader(props: { dataset: FragmentType<typeof DatasetHeader_dataset> }) {
  const dataset = getFragmentData(DatasetHeader_dataset, props.dataset);
  const introduced = formatDate(dataset.introducedDate);
  const otherNames = dataset.variants.filter((variant) => variant !== dataset.name);
  return (
    <header className="page-header">
      <p className="eyebrow">Dataset</p>
      <h1>{dataset.name}</h1>
      {dataset.fullName && dataset.fullName !== dataset.name && <p className="subtitle">{dataset.fullName}</p>}
      <p className="meta">
        <span>{plural(dataset.paperCount, 'paper')} with results</span>
        {introduced && <span>introduced {introduced}</span>}
        <Link to={`/dataset/${encodeURIComponent(dataset.slug)}/history`}>History</Link>
      </p>
      <dl className="facts">
        {dataset.homepage && (
          <div>
            <dt>Homepage</dt>
            <dd>
              <ExternalLink href={dataset.homepage}>{dataset.homepage.replace(/^https?:\/\//, '')}</ExternalLink>
            </dd>
          </div>
        )}
        {dataset.introducedBy && (
          <div>
            <dt>Introduced in</dt>
            <dd>
              <Link to={`/paper/${dataset.introducedBy.slug}`}>{dataset.introducedBy.title}</Link>
            </dd>
          </div>
        )}
        {dataset.parent && (
          <div>
            <dt>Part of</dt>
            <dd>
              <Link to={`/dataset/${dataset.parent.slug}`}>{dataset.parent.name}</Link>
            </dd>
          </div>
        )}
        {dataset.modalities.length > 0 && (
          <div>
            <dt>Modalities</dt>
            <dd>{dataset.modalities.join(', ')}</dd>
          </div>
        )}
        {dataset.languages.length > 0 && (
          <div>
            <dt>Languages</dt>
            <dd>{dataset.languages.join(', ')}</dd>
          </div>
        )}
        {(dataset.licenseName || dataset.licenseUrl) && (
          <div>
            <dt>Licence</dt>
            <dd>
              {dataset.licenseUrl ? (
                <ExternalLink href={dataset.licenseUrl}>{dataset.licenseName ?? dataset.licenseUrl}</ExternalLink>
              ) : (
                dataset.licenseName
              )}
            </dd>
          </div>
        )}
        {otherNames.length > 0 && (
          <div>
            <dt>Also called</dt>
            <dd>{otherNames.join(', ')}</dd>
          </div>
        )}
      </dl>
    </header>
  );
}

import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { plural } from '../../ui/format';

export const DatasetCard_dataset = graphql(`
  fragment DatasetCard_dataset on Dataset {
    id
    slug
    name
    fullName
    shortDescription
    modalities
    paperCount
  }
`);

/** A dataset in a list: name, what it is, modalities and use. */
export function DatasetCard(props: { dataset: FragmentType<typeof DatasetCard_dataset> }) {
  const dataset = getFragmentData(DatasetCard_dataset, props.dataset);
  return (
    <article className="card dataset-card">
      <h3>
        <Link to={`/dataset/${dataset.slug}`} className="card__link">
          {dataset.name}
        </Link>
      </h3>
      {dataset.fullName && dataset.fullName !== dataset.name && <p className="subtitle">{dataset.fullName}</p>}
      {dataset.shortDescription && <p className="card__text">{dataset.shortDescription}</p>}
      <p className="muted">{[plural(dataset.paperCount, 'paper'), ...dataset.modalities].join(' · ')}</p>
    </article>
  );
}

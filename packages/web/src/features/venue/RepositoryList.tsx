import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { ExternalLink } from '../../ui/ExternalLink';
import { formatCount } from '../../ui/format';

export const RepositoryList_repository = graphql(`
  fragment RepositoryList_repository on Repository {
    id
    url
    fullName
    framework
    stars
  }
`);

/** Code repositories: name (linked), framework and stars. */
export function RepositoryList(props: { repositories: readonly FragmentType<typeof RepositoryList_repository>[] }) {
  const repositories = props.repositories.map((repo) => getFragmentData(RepositoryList_repository, repo));
  if (repositories.length === 0) return <p className="muted">No code linked to these papers yet.</p>;
  return (
    <ul className="repos">
      {repositories.map((repo) => (
        <li key={repo.id} className="repo">
          <ExternalLink href={repo.url}>{repo.fullName ?? repo.url}</ExternalLink>
          {repo.framework && <span className="badge">{repo.framework}</span>}
          {repo.stars != null && (
            <span className="stars" aria-label={`${repo.stars} stars`}>
              ★ {formatCount(repo.stars)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

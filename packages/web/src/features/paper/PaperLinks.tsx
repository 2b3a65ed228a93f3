import { repoNameFromUrl } from '@pwc/shared';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { ExternalLink } from '../../ui/ExternalLink';
import { webHref } from '../../ui/web-url';

export const PaperLinks_paper = graphql(`
  fragment PaperLinks_paper on Paper {
    urlAbs
    urlPdf
    repositories {
      isOfficial
      mentionedInPaper
      mentionedInGithub
      repository {
        id
        url
        fullName
        framework
        stars
      }
    }
  }
`);

const SHOWN_AT_FIRST = 6;

const FRAMEWORKS: Record<string, string> = {
  pytorch: 'PyTorch',
  tf: 'TensorFlow',
  tensorflow: 'TensorFlow',
  jax: 'JAX',
  mxnet: 'MXNet',
  paddle: 'PaddlePaddle',
  mindspore: 'MindSpore',
  none: '',
};

/** "google-research/bert" for a repository URL; what is not a web address is shown as it is. */
function repoLabel(url: string, fullName: string | null): string {
  if (fullName) return fullName;
  if (webHref(url) === null) return url;
  const { host, owner, name } = repoNameFromUrl(url);
  if (owner && name) return `${owner}/${name}`;
  return host || url;
}

/** Links to the paper, its PDF and its code (official implementations first). */
export function PaperLinks(props: { paper: FragmentType<typeof PaperLinks_paper> }) {
  const paper = getFragmentData(PaperLinks_paper, props.paper);
  const [showAll, setShowAll] = useState(false);
  const repositories = [...paper.repositories].sort(
    (a, b) => Number(b.isOfficial) - Number(a.isOfficial) || (b.repository.stars ?? -1) - (a.repository.stars ?? -1),
  );
  const shown = showAll ? repositories : repositories.slice(0, SHOWN_AT_FIRST);
  return (
    <div className="paper-links">
      <div className="button-row">
        {/* A button that leads nowhere would only puzzle: these two appear for web addresses only. */}
        {webHref(paper.urlAbs) && (
          <ExternalLink className="button" href={paper.urlAbs}>
            Paper
          </ExternalLink>
        )}
        {webHref(paper.urlPdf) && (
          <ExternalLink className="button" href={paper.urlPdf}>
            PDF
          </ExternalLink>
        )}
      </div>
      {repositories.length > 0 && (
        <section className="section" aria-labelledby="code-title" id="code">
          <div className="section__head">
            <h2 id="code-title">
              Code <span className="count">{repositories.length}</span>
            </h2>
          </div>
          <ul className="repos">
            {shown.map(({ repository, isOfficial }) => {
              const framework = FRAMEWORKS[repository.framework ?? 'none'] ?? repository.framework;
              return (
                <li key={repository.id} className={isOfficial ? 'repo repo--official' : 'repo'}>
                  <ExternalLink href={repository.url}>{repoLabel(repository.url, repository.fullName)}</ExternalLink>
                  {isOfficial && <span className="badge badge--official">official</span>}
                  {framework && <span className="badge">{framework}</span>}
                  {repository.stars !== null && (
                    <span className="stars" aria-label={`${repository.stars} stars`}>
                      ★ {repository.stars.toLocaleString('en-US')}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          {repositories.length > SHOWN_AT_FIRST && (
            <button
              type="button"
              className="button button--quiet"
              aria-expanded={showAll}
              onClick={() => setShowAll((value) => !value)}
            >
              {showAll ? 'Show fewer' : `Show all ${repositories.length} implementations`}
            </button>
          )}
        </section>
      )}
    </div>
  );
}

import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { TagList } from '../../ui/TagList';

export const PaperMethods_paper = graphql(`
  fragment PaperMethods_paper on Paper {
    methods {
      id
      slug
      name
    }
  }
`);

/** The methods the paper uses, linked to their pages. */
export function PaperMethods(props: { paper: FragmentType<typeof PaperMethods_paper> }) {
  const { methods } = getFragmentData(PaperMethods_paper, props.paper);
  if (methods.length === 0) return <p className="muted">No methods are listed for this paper.</p>;
  return (
    <TagList
      label="Methods"
      tags={methods.map((method) => ({ key: method.id, label: method.name, to: `/method/${method.slug}` }))}
    />
  );
}

import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { PLAYGROUND_EXAMPLES, type PlaygroundExample } from './examples';

function ExamplesIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
    >
      <path d="M4 5h16M4 12h16M4 19h10" strokeLinecap="round" />
    </svg>
  );
}

/** The sidebar panel listing the example queries; each opens in a new tab. */
function ExamplesPanel() {
  const { addTab, setOperationName } = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);

  const open = (example: PlaygroundExample) => {
    addTab();
    queryEditor?.setValue(example.query);
    variableEditor?.setValue(example.variables);
    // GraphiQL learns the operation name from the editor a moment later; a run before that would
    // send the previous tab's name with this query.
    setOperationName(example.operationName);
  };

  return (
    <div className="playground-examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p>Each opens in a new tab; press the run button (or Ctrl-Enter) to see the answer.</p>
      <ul>
        {PLAYGROUND_EXAMPLES.map((example) => (
          <li key={example.id}>
            <button type="button" onClick={() => open(example)}>
              <strong>{example.title}</strong>
              <span>{example.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const EXAMPLES_PLUGIN: GraphiQLPlugin = {
  title: 'Examples',
  icon: ExamplesIcon,
  content: ExamplesPanel,
};

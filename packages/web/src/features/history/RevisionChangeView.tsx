import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import {
  actionName,
  entityName,
  fieldName,
  isLongText,
  lineDiff,
  orderedFields,
  valueText,
  type FieldDiff,
} from './revision-diff';

export const RevisionChange_change = graphql(`
  fragment RevisionChange_change on RevisionChange {
    id
    entityType
    entityId
    action
    label
    fields {
      field
      before
      after
    }
  }
`);

/**
 * One entity's change: added (its fields), removed (what it had), or changed (each field
 * before → after). Every value is text in the page (imported text is never markup).
 */
export function RevisionChangeView(props: { change: FragmentType<typeof RevisionChange_change> }) {
  const change = getFragmentData(RevisionChange_change, props.change);
  const action = change.action.toLowerCase();
  const fields = shownFields(change.action, change.fields);
  return (
    <li className={`change change--${action}`}>
      <p className="change__title">
        <span className={`change__action change__action--${action}`}>{actionName(change.action)}</span>{' '}
        <span className="change__type">{entityName(change.entityType).toLowerCase()}</span>{' '}
        <strong className="change__label">{change.label || `(unnamed, #${change.entityId})`}</strong>
      </p>
      {fields.length > 0 && (
        <dl className="change__fields">
          {fields.map((f) => (
            <FieldLine key={f.field} diff={f} action={change.action} />
          ))}
        </dl>
      )}
    </li>
  );
}

/**
 * The fields to show: all that changed; of an added or removed entity, those with a value, but
 * not its name (the title says it).
 */
function shownFields(action: string, fields: readonly FieldDiff[]): FieldDiff[] {
  const ordered = orderedFields(fields);
  if (action === 'CHANGED') return ordered;
  return ordered.filter(
    (f) => f.field !== 'modelName' && f.field !== 'name' && valueText(action === 'ADDED' ? f.after : f.before) !== '—',
  );
}

function FieldLine({ diff, action }: { diff: FieldDiff; action: string }) {
  return (
    <div className="change__field">
      <dt>{fieldName(diff.field)}</dt>
      <dd>
        {action === 'ADDED' ? (
          <ins>{valueText(diff.after)}</ins>
        ) : action === 'REMOVED' ? (
          <del>{valueText(diff.before)}</del>
        ) : isLongText(diff.before, diff.after) ? (
          <TextDiff before={diff.before} after={diff.after} />
        ) : (
          <>
            <del>{valueText(diff.before)}</del>
            <span aria-label="became"> → </span>
            <ins>{valueText(diff.after)}</ins>
          </>
        )}
      </dd>
    </div>
  );
}

/**
 * A long text changed (a description, an abstract): its lines, removed and added ones marked, the
 * unchanged ones kept for context. Text only, never markup.
 */
function TextDiff({ before, after }: { before: string | null; after: string | null }) {
  const lines = lineDiff(before, after);
  return (
    <pre className="text-diff" aria-label="Changed lines">
      {lines.map((line, i) =>
        line.kind === 'same' ? (
          <span key={i} className="text-diff__line">
            {`  ${line.text}\n`}
          </span>
        ) : line.kind === 'removed' ? (
          <del key={i} className="text-diff__line text-diff__line--removed">
            {`- ${line.text}\n`}
          </del>
        ) : (
          <ins key={i} className="text-diff__line text-diff__line--added">
            {`+ ${line.text}\n`}
          </ins>
        ),
      )}
    </pre>
  );
}

import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { actionName, entityName, fieldName, orderedFields, valueText, type FieldDiff } from './revision-diff';

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

import { useEffect, useId, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { describeError } from '@/lib/http/errors';
import type { ConditionProtocol } from '../wire/common';
import { useRoleText } from '../role-text';
import { ConditionEditor } from '../shared/condition-editor';
import type { RoleConn } from '../shared/use-role-conn';
import { roleAttributesQuery } from './api';
import { useEditEdge } from './mutations';
import { useRolesText } from './roles-text';

/**
 * The side panel editing the AND-ed conditions of one relation. A condition restricts the included role,
 * so the attributes offered are the ones that role may use. Saving rewrites the parent's relation list with
 * only this relation's conditions changed; a refusal keeps the draft and shows ROLE's reason.
 */
export function EdgeConditions(props: {
  conn: RoleConn;
  from: string;
  to: string;
  /** The relation's conditions as loaded, or undefined when the relation does not exist. */
  conditions: readonly ConditionProtocol[] | undefined;
  onClose: () => void;
}) {
  const t = useRolesText();
  const r = useRoleText();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<ConditionProtocol[]>(() => [...(props.conditions ?? [])]);
  const [error, setError] = useState<string | null>(null);
  const attributes = useQuery(roleAttributesQuery(props.conn, props.to));
  const save = useEditEdge(props.conn, {
    onError: (err) => setError(describeError(err)),
    onSuccess: () => setError(null),
  });
  useEffect(() => heading.current?.focus(), []);
  return (
    <aside className="card stack role-edge-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t.conditionsOf(props.from, props.to)}
      </h2>
      {props.conditions === undefined ? (
        <p className="muted">{t.edgeGone}</p>
      ) : (
        <form
          className="stack"
          aria-labelledby={`${id}-title`}
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate({ kind: 'conditions', parent: props.from, child: props.to, conditions: draft });
          }}
        >
          <p className="field-help">{t.conditionsHelp}</p>
          {attributes.isError && (
            <p className="field-error" role="alert">
              {describeError(attributes.error)}
            </p>
          )}
          {attributes.isPending ? (
            <p className="muted" aria-live="polite">
              {t.attributesLoading}
            </p>
          ) : (
            <ConditionEditor attributes={attributes.data ?? []} value={draft} onChange={setDraft} />
          )}
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="form-actions">
            <button type="button" className="btn" onClick={props.onClose}>
              {t.closePanel}
            </button>
            <button
              type="submit"
              className="btn btn-primary"
              disabled={save.isPending || attributes.isPending}
            >
              {save.isPending ? r.saving : t.saveConditions}
            </button>
          </div>
        </form>
      )}
      {props.conditions === undefined && (
        <div>
          <button type="button" className="btn" onClick={props.onClose}>
            {t.closePanel}
          </button>
        </div>
      )}
    </aside>
  );
}

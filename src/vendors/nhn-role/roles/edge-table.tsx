import { useId, useState } from 'react';
import { describeError } from '@/lib/http/errors';
import { useRoleText } from '../role-text';
import type { RoleConn } from '../shared/use-role-conn';
import { edgeKey, type Edge } from './graph-layout';
import { useEditEdge } from './mutations';
import { useRolesText } from './roles-text';

/**
 * The graph's edges as a table (only the selected role's when one is selected), with the keyboard-usable
 * add and remove forms and a way into each edge's conditions; ROLE's refusals show inline.
 */
export function EdgeTable(props: {
  conn: RoleConn;
  roles: readonly string[];
  edges: readonly Edge[];
  selectedNode: string | null;
  selectedEdge: string | null;
  onSelectEdge: (key: string) => void;
  onShowAll: () => void;
}) {
  const t = useRolesText();
  const r = useRoleText();
  const id = useId();
  const [parent, setParent] = useState('');
  const [child, setChild] = useState('');
  const [policy, setPolicy] = useState<'ALLOW' | 'DENY'>('ALLOW');
  const [error, setError] = useState<string | null>(null);
  const edit = useEditEdge(props.conn, {
    onError: (err) => setError(describeError(err)),
    onSuccess: () => setError(null),
  });
  const node = props.selectedNode;
  const shown = node ? props.edges.filter((e) => e.from === node || e.to === node) : props.edges;
  const options = props.roles.map((x) => (
    <option key={x} value={x}>
      {x}
    </option>
  ));
  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{node ? t.edgesOf(node) : t.edges}</h2>
      {node && (
        <div>
          <button type="button" className="btn btn-ghost" onClick={props.onShowAll}>
            {t.showAll}
          </button>
        </div>
      )}
      <table className="role-table" aria-labelledby={`${id}-title`}>
        <thead>
          <tr>
            <th scope="col">{t.parent}</th>
            <th scope="col">{t.child}</th>
            <th scope="col">{t.policy}</th>
            <th scope="col">{r.conditions}</th>
            <th scope="col">
              <span className="visually-hidden">{t.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                {t.noEdges}
              </td>
            </tr>
          )}
          {shown.map((e) => (
            <tr
              key={edgeKey(e)}
              className={edgeKey(e) === props.selectedEdge ? 'role-row-selected' : undefined}
            >
              <td className="mono">{e.from}</td>
              <td className="mono">{e.to}</td>
              <td className={e.policy === 'DENY' ? 'role-policy-deny' : 'role-policy-allow'}>
                {e.policy === 'DENY' ? r.deny : r.allow}
              </td>
              <td>
                {e.conditions > 0 ? (
                  r.conditionCount(e.conditions)
                ) : (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">{r.noConditions}</span>
                  </>
                )}
              </td>
              <td>
                <span className="row role-actions">
                  <button
                    type="button"
                    className="btn btn-ghost"
                    aria-pressed={edgeKey(e) === props.selectedEdge}
                    aria-label={t.editConditions(e.from, e.to)}
                    onClick={() => props.onSelectEdge(edgeKey(e))}
                  >
                    {t.editShort}
                  </button>
                  <button
                    type="button"
                    className="btn btn-ghost"
                    disabled={edit.isPending}
                    aria-label={t.removeEdge(e.from, e.to)}
                    onClick={() => edit.mutate({ kind: 'remove', parent: e.from, child: e.to })}
                  >
                    {t.removeShort}
                  </button>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="row role-toolbar"
        aria-label={t.addEdge}
        onSubmit={(e) => {
          e.preventDefault();
          if (parent && child) edit.mutate({ kind: 'add', parent, child, policy });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-p`}>{t.parent}</label>
          <select id={`${id}-p`} value={parent} required onChange={(e) => setParent(e.target.value)}>
            <option value="">{t.chooseRole}</option>
            {options}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-c`}>{t.child}</label>
          <select id={`${id}-c`} value={child} required onChange={(e) => setChild(e.target.value)}>
            <option value="">{t.chooseRole}</option>
            {options}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-pol`}>{t.policy}</label>
          <select
            id={`${id}-pol`}
            value={policy}
            onChange={(e) => setPolicy(e.target.value === 'DENY' ? 'DENY' : 'ALLOW')}
          >
            <option value="ALLOW">{r.allow}</option>
            <option value="DENY">{r.deny}</option>
          </select>
        </div>
        <button type="submit" className="btn btn-primary" disabled={edit.isPending || !parent || !child}>
          {t.addEdge}
        </button>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

import { useId, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { describeError } from '@/lib/http/errors';
import { toast } from '@/components/toast';
import type { User } from '../engine/model';
import type { ConditionProtocol } from '../wire/common';
import { useRoleText } from '../role-text';
import { roleAttributesQuery } from '../roles/api';
import { ConditionEditor } from '../shared/condition-editor';
import type { RoleConn } from '../shared/use-role-conn';
import { saveUserScope } from './api';
import { useMatrixText } from './matrix-text';
import { withConditions } from './scope-grants';

const SUGGESTED = 20;

/**
 * The first users whose ID contains what is typed. The matrix holds thousands of users; a datalist of all
 * of them would put thousands of elements in the page for a box that only needs a few suggestions.
 */
export function suggestions(users: readonly User[], typed: string): string[] {
  const q = typed.trim().toLowerCase();
  const out: string[] = [];
  for (const u of users) {
    if (out.length >= SUGGESTED) break;
    if (u.userId.toLowerCase().includes(q)) out.push(u.userId);
  }
  return out;
}

/** The side panel that edits the conditions of one direct grant, saved with the same conflict check. */
export function ConditionPanel(props: {
  conn: RoleConn;
  scopeId: string;
  users: readonly User[];
  userId: string;
  onUser: (userId: string) => void;
  onSaved: () => void;
}) {
  const t = useMatrixText();
  const r = useRoleText();
  const id = useId();
  const user = props.users.find((u) => u.userId === props.userId);
  const grants = (user?.roleRelations ?? []).filter((g) => g.scopeId === props.scopeId);
  const [roleId, setRoleId] = useState('');
  const grant = grants.find((g) => g.roleId === roleId) ?? grants[0];
  return (
    <aside className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.panelTitle}</h2>
      <p className="field-help">{t.panelHelp}</p>
      <div className="field">
        <label htmlFor={`${id}-user`}>{t.panelUser}</label>
        <input
          id={`${id}-user`}
          list={`${id}-users`}
          value={props.userId}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => {
            props.onUser(e.target.value);
            setRoleId('');
          }}
        />
        <datalist id={`${id}-users`}>
          {suggestions(props.users, props.userId).map((userId) => (
            <option key={userId} value={userId} />
          ))}
        </datalist>
      </div>
      {user && grants.length === 0 && <p className="muted">{t.panelNoGrant}</p>}
      {user && grant && (
        <>
          <div className="field">
            <label htmlFor={`${id}-role`}>{t.panelRole}</label>
            <select id={`${id}-role`} value={grant.roleId} onChange={(e) => setRoleId(e.target.value)}>
              {grants.map((g) => (
                <option key={g.roleId} value={g.roleId}>
                  {g.roleId} ({g.roleApplyPolicyCode === 'DENY' ? r.deny : r.allow})
                </option>
              ))}
            </select>
          </div>
          <GrantConditions
            key={`${user.userId}/${grant.roleId}`}
            conn={props.conn}
            scopeId={props.scopeId}
            user={user}
            roleId={grant.roleId}
            initial={grant.conditions}
            onSaved={props.onSaved}
          />
        </>
      )}
    </aside>
  );
}

function GrantConditions(props: {
  conn: RoleConn;
  scopeId: string;
  user: User;
  roleId: string;
  initial: readonly ConditionProtocol[];
  onSaved: () => void;
}) {
  const t = useMatrixText();
  const r = useRoleText();
  const [draft, setDraft] = useState<ConditionProtocol[]>([...props.initial]);
  const attributes = useQuery(roleAttributesQuery(props.conn, props.roleId));
  const save = useMutation({
    mutationFn: () =>
      saveUserScope(props.conn, {
        userId: props.user.userId,
        scopeId: props.scopeId,
        basis: props.user.roleRelations,
        next: (current) => withConditions(current, props.roleId, draft),
        conflictMessage: t.conflict,
      }),
    onSuccess: () => {
      toast.success(t.conditionsSaved(props.user.userId, props.roleId));
      props.onSaved();
    },
  });
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <ConditionEditor attributes={attributes.data ?? []} value={draft} onChange={setDraft} />
      {save.isError && (
        <p className="field-error" role="alert">
          {describeError(save.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? r.saving : t.saveConditions}
        </button>
      </div>
    </form>
  );
}

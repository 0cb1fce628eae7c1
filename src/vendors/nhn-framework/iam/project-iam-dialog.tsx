import { useId, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { describeError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import { activeIamMembersQuery, useAddProjectIam, useSetProjectIamRoles } from '../queries/project-iam';
import { useOrgId } from '../shared/use-org-id';
import type { Role, UserAssignRole } from '../wire/common';
import { useIamText } from './iam-text';
import { RoleChecklist } from './role-checklist';

export type ProjectIamMode =
  { kind: 'add' } | { kind: 'roles'; memberUuid: string; userCode: string; roles: UserAssignRole[] };

/** Adds an org IAM account to the project with roles (#55), or replaces an account's roles (#59). */
export function ProjectIamDialog(props: {
  projectId: string;
  mode: ProjectIamMode;
  catalogue: readonly Role[];
  onClose: () => void;
}) {
  const t = useIamText();
  const { id } = useCurrentConnection();
  const orgId = useOrgId();
  const titleId = useId();
  const selectId = useId();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const { mode } = props;
  const candidates = useQuery({ ...activeIamMembersQuery(id, orgId), enabled: mode.kind === 'add' });
  const [memberUuid, setMemberUuid] = useState('');
  const [roles, setRoles] = useState<UserAssignRole[]>(mode.kind === 'roles' ? mode.roles : []);
  const [problem, setProblem] = useState('');
  const handlers = { onSuccess: props.onClose, onError: (err: unknown) => setProblem(describeError(err)) };
  const add = useAddProjectIam(props.projectId, handlers);
  const update = useSetProjectIamRoles(props.projectId, handlers);
  const submit = () => {
    const missing =
      mode.kind === 'add' && !memberUuid ? t.chooseAccount : roles.length === 0 ? t.chooseRole : '';
    setProblem(missing);
    if (missing) return;
    if (mode.kind === 'add') {
      const userCode = candidates.data?.find((m) => m.id === memberUuid)?.userCode ?? memberUuid;
      add.mutate({ memberUuid, userCode, assignRoles: roles });
    } else update.mutate({ memberUuid: mode.memberUuid, userCode: mode.userCode, assignRoles: roles });
  };
  return (
    <dialog ref={ref} className="confirm-dialog nhn-wide-dialog" aria-labelledby={titleId}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h2 id={titleId} className="confirm-title">
          {mode.kind === 'add' ? t.addAccount : t.rolesTitle(mode.userCode)}
        </h2>
        {problem && (
          <p className="error-panel" role="alert">
            {problem}
          </p>
        )}
        {mode.kind === 'add' && (
          <div className="field">
            <label htmlFor={selectId}>{t.account}</label>
            <select id={selectId} value={memberUuid} onChange={(e) => setMemberUuid(e.target.value)}>
              <option value="">{candidates.isPending ? t.loading : t.chooseAccount}</option>
              {candidates.data?.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.userCode} ({m.name})
                </option>
              ))}
            </select>
          </div>
        )}
        <RoleChecklist legend={t.roles} catalogue={props.catalogue} value={roles} onChange={setRoles} />
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {t.cancel}
          </button>
          <button type="submit" className="btn btn-primary" disabled={add.isPending || update.isPending}>
            {mode.kind === 'add' ? t.addAccount : t.save}
          </button>
        </div>
      </form>
    </dialog>
  );
}

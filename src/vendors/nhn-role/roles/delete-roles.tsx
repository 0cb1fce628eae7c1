import type { ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { BulkProgress, useBulkRun } from '@/components/bulk-run';
import { useConfirm } from '@/components/confirm-dialog';
import { toast } from '@/components/toast';
import type { RoleBundleProtocol } from '../wire/roles';
import { roleKeys } from '../queries/keys';
import type { RoleConn } from '../shared/use-role-conn';
import { roleHoldersQuery } from './api';
import { deleteRoleCall } from './role-mutations';
import { useRoleFormText } from './role-form-text';

/** The users holding a role directly, asked of ROLE: a few IDs and how many in all. */
export function RoleHolders({ conn, roleId }: { conn: RoleConn; roleId: string }) {
  const t = useRoleFormText();
  const holders = useQuery(roleHoldersQuery(conn, roleId));
  if (holders.isPending) return <span className="muted">{t.holdersLoading}</span>;
  if (holders.isError) return <span className="muted">{t.holdersFailed}</span>;
  if (holders.data.total === 0) return <>{t.noHolders}</>;
  const rest = holders.data.total - holders.data.userIds.length;
  return (
    <>
      {t.heldBy(holders.data.total)} <span className="mono">{holders.data.userIds.join(', ')}</span>
      {rest > 0 && ` ${t.andMore(rest)}`}
    </>
  );
}

/** What goes with a role: the users holding it and the roles including it (already loaded). */
export function RoleDependents(props: {
  conn: RoleConn;
  roleId: string;
  roles: readonly RoleBundleProtocol[];
}) {
  const t = useRoleFormText();
  const parents = props.roles
    .filter((r) => (r.roleRelations ?? []).some((x) => x.roleId === props.roleId))
    .map((r) => r.roleId);
  return (
    <ul className="role-list role-dependents">
      <li>
        <RoleHolders conn={props.conn} roleId={props.roleId} />
      </li>
      <li>{parents.length > 0 ? t.includedBy(parents.join(', ')) : t.includedByNone}</li>
    </ul>
  );
}

/**
 * Deleting roles. One role is confirmed by typing its ID and deleted inside the dialog (a refusal stays
 * there); several are deleted one call each so every role gets its own result, since ROLE's DELETE /roles
 * is all-or-nothing. Both confirmations name what depends on each role.
 */
export function useDeleteRoles(
  conn: RoleConn,
  roles: readonly RoleBundleProtocol[],
): { ask: (roleIds: readonly string[]) => Promise<boolean>; view: ReactNode } {
  const t = useRoleFormText();
  const qc = useQueryClient();
  const { confirm, dialog } = useConfirm();
  const refresh = () =>
    Promise.all(
      [roleKeys.roles(conn.id), roleKeys.users(conn.id), roleKeys.attributes(conn.id)].map((queryKey) =>
        qc.invalidateQueries({ queryKey }),
      ),
    );
  const run = useBulkRun<string>({
    run: (roleId) => deleteRoleCall(conn, roleId),
    getKey: (roleId) => roleId,
    getLabel: (roleId) => roleId,
    onFinished: () => void refresh(),
  });
  const ask = async (roleIds: readonly string[]) => {
    const [only] = roleIds;
    if (roleIds.length === 1 && only !== undefined) {
      return confirm({
        title: t.deleteTitle(only),
        variant: 'destructive',
        resourceName: only,
        confirmLabel: t.deleteRole,
        children: (
          <div className="stack">
            <p>{t.deleteBody}</p>
            <RoleDependents conn={conn} roleId={only} roles={roles} />
          </div>
        ),
        action: async () => {
          await deleteRoleCall(conn, only);
          qc.removeQueries({ queryKey: roleKeys.role(conn.id, only) });
          toast.success(t.deleted(only));
          await refresh();
        },
      });
    }
    const ok = await confirm({
      title: t.deleteManyTitle(roleIds.length),
      variant: 'destructive',
      confirmLabel: t.deleteSelected(roleIds.length),
      children: (
        <div className="stack">
          <p>{t.deleteBody}</p>
          <ul className="role-list">
            {roleIds.map((id) => (
              <li key={id}>
                <strong className="mono">{id}</strong>
                <RoleDependents conn={conn} roleId={id} roles={roles} />
              </li>
            ))}
          </ul>
        </div>
      ),
    });
    if (ok) void run.start(roleIds);
    return ok;
  };
  return {
    ask,
    view: (
      <>
        {dialog}
        <BulkProgress run={run} label={t.deletingRoles(run.total)} onClose={run.reset} />
      </>
    ),
  };
}

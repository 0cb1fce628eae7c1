import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { BulkProgress, useBulkRun } from '@/components/bulk-run';
import { useConfirm } from '@/components/confirm-dialog';
import { roleKeys } from '../queries/keys';
import type { RoleConn } from '../shared/use-role-conn';
import { deleteUserCall } from './mutations';
import { useUsersText } from './users-text';

/**
 * Deletes users one call each so every user gets its own result: ROLE's bulk DELETE /users is
 * all-or-nothing and names only the first ID it refused.
 */
export function useBulkDeleteUsers(conn: RoleConn): {
  ask: (userIds: readonly string[]) => Promise<boolean>;
  view: ReactNode;
} {
  const t = useUsersText();
  const qc = useQueryClient();
  const { confirm, dialog } = useConfirm();
  const run = useBulkRun<string>({
    run: (userId) => deleteUserCall(conn, userId),
    getKey: (userId) => userId,
    getLabel: (userId) => userId,
    onFinished: () => void qc.invalidateQueries({ queryKey: roleKeys.users(conn.id) }),
  });
  const ask = async (userIds: readonly string[]) => {
    const ok = await confirm({
      title: t.deleteManyTitle(userIds.length),
      variant: 'destructive',
      confirmLabel: t.deleteSelected(userIds.length),
      children: (
        <div className="stack">
          <p>{t.deleteManyBody}</p>
          <ul className="role-list">
            {userIds.map((id) => (
              <li key={id} className="mono">
                {id}
              </li>
            ))}
          </ul>
        </div>
      ),
    });
    if (ok) void run.start(userIds);
    return ok;
  };
  return {
    ask,
    view: (
      <>
        {dialog}
        <BulkProgress run={run} label={t.deletingUsers(run.total)} onClose={run.reset} />
      </>
    ),
  };
}

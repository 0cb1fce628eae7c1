import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { BulkProgress, useBulkRun } from '@/components/bulk-run';
import { useConfirm } from '@/components/confirm-dialog';
import type { ListIAMUserResponse } from '../wire/users';
import { scpKeys } from '../queries/keys';
import { deleteUserCall } from './mutations';
import { useUsersText } from './users-text';

type Target = { userId: string; name: string };

/**
 * Deletes users one call each, so every user gets its own result: SCP's bulk route is all-or-nothing and
 * would say nothing about which id it refused. Under API 1.0 each call is the bulk route with one id.
 */
export function useBulkDeleteUsers(accountId: string): {
  ask: (userIds: readonly string[]) => Promise<boolean>;
  view: ReactNode;
} {
  const t = useUsersText();
  const { id, settings } = useCurrentConnection();
  const qc = useQueryClient();
  const { confirm, dialog } = useConfirm();
  const run = useBulkRun<Target>({
    run: (v) => deleteUserCall(id, { accountId, userId: v.userId }, settings.apiVersion),
    getKey: (v) => v.userId,
    getLabel: (v) => v.name,
    onFinished: () => {
      for (const key of [scpKeys.users(id), scpKeys.groups(id), scpKeys.accessKeys(id)])
        void qc.invalidateQueries({ queryKey: key });
    },
  });
  const ask = async (userIds: readonly string[]) => {
    // A selection may span pages: name each user from any page of the list still cached.
    const names = new Map<string, string>();
    for (const [, page] of qc.getQueriesData<ListIAMUserResponse>({ queryKey: scpKeys.users(id) }))
      for (const u of page?.users ?? []) names.set(u.id, u.user_name ?? u.id);
    const targets = userIds.map((userId) => ({ userId, name: names.get(userId) ?? userId }));
    const ok = await confirm({
      title: t.deleteManyTitle(targets.length),
      variant: 'destructive',
      confirmLabel: t.deleteSelected(targets.length),
      children: (
        <div className="stack">
          <p>{t.deleteManyBody}</p>
          <ul className="scp-results">
            {targets.map((v) => (
              <li key={v.userId}>{v.name}</li>
            ))}
          </ul>
        </div>
      ),
    });
    if (ok) void run.start(targets);
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

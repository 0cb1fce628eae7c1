import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { BulkProgress, useBulkRun } from '@/components/bulk-run';
import { useConfirm } from '@/components/confirm-dialog';
import { EmptyState, QueryBoundary } from '@/components/states';
import type { Group } from '../wire/groups';
import { AccountGate } from '../account';
import { scpKeys } from '../queries/keys';
import { useScpText } from '../scp-text';
import { formatDate } from '../shared/format';
import { groupMembersQuery } from './api';
import { UserPicker } from './group-form-dialog';
import { useGroupsText } from './groups-text';
import { addMemberCall, useSetMembership } from './mutations';

/** Members of one group: remove one, or add several (one call each, with a result per user). */
export function GroupMembersTab({ group }: { group: Group }) {
  const t = useGroupsText();
  const s = useScpText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const qc = useQueryClient();
  const query = useQuery(groupMembersQuery(id, group.id));
  const [chosen, setChosen] = useState<string[]>([]);
  const { confirm, dialog } = useConfirm();
  const remove = useSetMembership({ onError: () => undefined });
  const add = useBulkRun<{ userId: string; label: string }>({
    run: (v) => addMemberCall(id, { groupId: group.id, userId: v.userId }),
    getKey: (v) => v.userId,
    getLabel: (v) => v.label,
    onFinished: () => {
      for (const key of [scpKeys.groups(id), scpKeys.users(id)]) void qc.invalidateQueries({ queryKey: key });
    },
  });
  const members = new Set((query.data ?? []).map((m) => m.user_id));
  return (
    <div className="stack">
      <QueryBoundary
        query={query}
        isEmpty={(list) => list.length === 0}
        empty={<EmptyState title={t.noMembers}>{t.noMembersBody}</EmptyState>}
      >
        {(list) => (
          <table className="scp-table">
            <caption className="visually-hidden">{t.tabMembers}</caption>
            <thead>
              <tr>
                <th scope="col">{t.userName}</th>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.addedAt}</th>
                <th scope="col">{s.actions}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((m) => {
                const name = m.user_name ?? m.user_id;
                return (
                  <tr key={m.user_id}>
                    <th scope="row">
                      <Link to={href(`users/${encodeURIComponent(m.user_id)}`)}>{name}</Link>
                    </th>
                    <td>{m.user_email ?? s.notSet}</td>
                    <td>{formatDate(m.created_at)}</td>
                    <td>
                      <button
                        type="button"
                        className="btn btn-ghost"
                        aria-label={`${t.remove} ${name}`}
                        onClick={() =>
                          void confirm({
                            title: t.removeTitle(name, group.name),
                            variant: 'destructive',
                            confirmLabel: t.remove,
                            children: <p>{t.removeBody}</p>,
                            action: () =>
                              remove.mutateAsync({
                                groupId: group.id,
                                userId: m.user_id,
                                member: false,
                                label: `${name} – ${group.name}`,
                              }),
                          })
                        }
                      >
                        {t.remove}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </QueryBoundary>
      <AccountGate>
        {(accountId) => (
          <form
            className="card stack"
            onSubmit={(e) => {
              e.preventDefault();
              const users = qc.getQueryData<{ id: string; user_name?: string | null }[]>(
                scpKeys.allUsers(id, accountId),
              );
              const names = new Map((users ?? []).map((u) => [u.id, u.user_name ?? u.id]));
              void add.start(chosen.map((userId) => ({ userId, label: names.get(userId) ?? userId })));
              setChosen([]);
            }}
          >
            <UserPicker
              accountId={accountId}
              legend={t.usersToAdd}
              value={chosen}
              onChange={setChosen}
              exclude={members}
            />
            <div>
              <button
                type="submit"
                className="btn btn-primary"
                disabled={chosen.length === 0 || add.status === 'running'}
              >
                {add.status === 'running' ? t.adding : t.addMembers}
              </button>
            </div>
          </form>
        )}
      </AccountGate>
      <BulkProgress run={add} label={t.addingMembers(add.total)} onClose={add.reset} />
      {dialog}
    </div>
  );
}

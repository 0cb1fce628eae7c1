import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { Matrix, booleanCells, type MatrixCellChange } from '@/components/matrix';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { AccountGate } from '../account';
import { allGroupsQuery } from '../shared/pickers';
import { allUsersQuery } from '../users/api';
import { useGroupsText } from './groups-text';
import { useSetMembership } from './mutations';

type Cell = MatrixCellChange<'checked' | 'unchecked'>;

/**
 * Users × groups. SCP's group list carries every group's members, so two reads fill the whole grid; a
 * click adds or removes one membership at once (there is no bulk member API), with undo and per-cell errors.
 */
export function MembershipMatrix() {
  const t = useGroupsText();
  const href = useConnectionHref();
  const titleId = useId();
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <p>
        <Link to={href('groups')}>{t.allGroups}</Link>
      </p>
      <PageHeader title={t.matrixTitle} titleId={titleId} description={t.matrixDescription} />
      <AccountGate>{(accountId) => <MatrixBody accountId={accountId} />}</AccountGate>
    </section>
  );
}

function MatrixBody({ accountId }: { accountId: string }) {
  const t = useGroupsText();
  const { id } = useCurrentConnection();
  const users = useQuery(allUsersQuery(id, accountId));
  const groups = useQuery(allGroupsQuery(id));
  // The matrix shows a failure on the cell and in its own toast.
  const membership = useSetMembership({ onError: () => undefined }, true);
  const kind = useMemo(() => booleanCells({ checked: t.inGroup, unchecked: t.notInGroup }), [t]);
  const members = useMemo(
    () => new Map((groups.data ?? []).map((g) => [g.id, new Set((g.members ?? []).map((m) => m.user_id))])),
    [groups.data],
  );
  const both = {
    status: users.status === 'success' ? groups.status : users.status,
    data: users.data && groups.data ? { users: users.data, groups: groups.data } : undefined,
    error: users.error ?? groups.error,
    isFetching: users.isFetching || groups.isFetching,
    refetch: () => Promise.all([users.refetch(), groups.refetch()]),
  };
  return (
    <QueryBoundary
      query={both}
      isEmpty={(d) => d.users.length === 0 || d.groups.length === 0}
      empty={<EmptyState title={t.noGroups}>{t.noGroupsBody}</EmptyState>}
    >
      {(d) => {
        const userName = new Map(d.users.map((u) => [u.id, u.user_name ?? u.id]));
        const groupName = new Map(d.groups.map((g) => [g.id, g.name]));
        return (
          <Matrix
            mode="immediate"
            label={t.matrixLabel}
            rowHeader={t.user}
            rows={d.users.map((u) => ({ id: u.id, label: u.user_name ?? u.id }))}
            columns={d.groups.map((g) => ({ id: g.id, label: g.name }))}
            kind={kind}
            getState={(userId, groupId) => (members.get(groupId)?.has(userId) ? 'checked' : 'unchecked')}
            write={({ rowId, columnId, to }: Cell) =>
              membership.mutateAsync({
                groupId: columnId,
                userId: rowId,
                member: to === 'checked',
                label: `${userName.get(rowId) ?? rowId} – ${groupName.get(columnId) ?? columnId}`,
              })
            }
            columnWidth={120}
          />
        );
      }}
    </QueryBoundary>
  );
}

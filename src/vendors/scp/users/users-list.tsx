import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import type { Column } from '@/components/data-table';
import { EmptyState } from '@/components/states';
import type { IAMUserResponse } from '../wire/users';
import { AccountGate } from '../account';
import { useScpText } from '../scp-text';
import { formatDate } from '../shared/format';
import { ScpPagedTable, useScpTable } from '../shared/paged-list';
import { ScpPage } from '../shared/scp-page';
import { USER_FILTERS, usersPageQuery } from './api';
import { useBulkDeleteUsers } from './bulk-delete-users';
import { CreateUserDialog } from './create-user-dialog';
import { useUsersText } from './users-text';

/** Users with SCP's own filters, sort and paging; every view of the table is in the URL. */
export function UsersList() {
  const t = useUsersText();
  const [creating, setCreating] = useState(false);
  const create = (
    <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
      {t.createUser}
    </button>
  );
  return (
    <ScpPage title={t.title} description={t.description} actions={create}>
      <AccountGate>
        {(accountId) => (
          <>
            <UsersTable accountId={accountId} onCreate={() => setCreating(true)} />
            {creating && <CreateUserDialog accountId={accountId} onClose={() => setCreating(false)} />}
          </>
        )}
      </AccountGate>
    </ScpPage>
  );
}

function UsersTable({ accountId, onCreate }: { accountId: string; onCreate: () => void }) {
  const t = useUsersText();
  const s = useScpText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const { table, setTable, page } = useScpTable('users', USER_FILTERS);
  const query = useQuery(usersPageQuery(id, accountId, page));
  const bulk = useBulkDeleteUsers(accountId);
  const open = (u: IAMUserResponse) => href(`users/${encodeURIComponent(u.id)}`);
  const columns: Column<IAMUserResponse>[] = [
    {
      id: 'user_name',
      header: t.userName,
      hideable: false,
      sortable: true,
      width: 'minmax(10rem, 2fr)',
      cell: (u) => <Link to={open(u)}>{u.user_name ?? u.id}</Link>,
    },
    {
      id: 'email',
      header: t.email,
      sortable: true,
      width: 'minmax(12rem, 2fr)',
      cell: (u) => u.email ?? s.notSet,
    },
    { id: 'state', header: s.state, width: '7rem', cell: (u) => u.state ?? s.notSet },
    { id: 'type', header: s.type, width: '6rem', cell: (u) => u.type },
    {
      id: 'groups',
      header: t.groups,
      width: 'minmax(10rem, 2fr)',
      cell: (u) => (u.groups?.length ? u.groups.join(', ') : s.none),
    },
    {
      id: 'verified',
      header: t.verified,
      width: '9rem',
      cell: (u) =>
        [u.email_authenticated && t.email, u.phone_authenticated && t.phone].filter(Boolean).join(', ') ||
        s.none,
    },
    {
      id: 'last_login_at',
      header: t.lastLogin,
      sortable: true,
      width: '11rem',
      cell: (u) => formatDate(u.last_login_at, s.never),
    },
    {
      id: 'created_at',
      header: s.created,
      sortable: true,
      width: '11rem',
      cell: (u) => formatDate(u.created_at),
    },
    {
      id: 'modified_at',
      header: s.modified,
      sortable: true,
      width: '11rem',
      cell: (u) => formatDate(u.modified_at),
    },
  ];
  return (
    <>
      <ScpPagedTable
        tableId="users"
        label={t.title}
        columns={columns}
        getRowId={(u) => u.id}
        rowName={(u) => u.user_name ?? u.id}
        href={open}
        table={table}
        setTable={setTable}
        query={query}
        rows={query.data?.users}
        total={query.data?.count}
        hiddenByDefault={['modified_at', 'type']}
        filters={{
          label: t.filters,
          clearLabel: t.clearFilters,
          fields: [
            { key: 'user_name', label: t.userName },
            { key: 'email', label: t.email },
            { key: 'login_id', label: t.loginId },
            { key: 'phone_number', label: t.phone },
            { key: 'nation_id', label: t.nation },
            { key: 'type', label: t.userType },
          ],
        }}
        bulkActions={(ids, clear) => (
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => void bulk.ask(ids).then((ok) => ok && clear())}
          >
            {t.deleteSelected(ids.length)}
          </button>
        )}
        empty={
          <EmptyState
            title={t.noUsers}
            action={
              <button type="button" className="btn btn-primary" onClick={onCreate}>
                {t.createUser}
              </button>
            }
          >
            {t.noUsersBody}
          </EmptyState>
        }
      />
      {bulk.view}
    </>
  );
}

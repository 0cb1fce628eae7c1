import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { DataTable, useTableUrlState, type Column } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import type { IAMUserResponse } from '../wire/users';
import { AccountGate } from '../account';
import { useScpText } from '../scp-text';
import { FilterBar } from '../shared/filter-bar';
import { formatDate } from '../shared/format';
import { toScpPage } from '../shared/table-query';
import { USER_FILTERS, usersPageQuery } from './api';
import { useBulkDeleteUsers } from './bulk-delete-users';
import { CreateUserDialog } from './create-user-dialog';
import { useUsersText } from './users-text';

/** Users with SCP's own filters, sort and paging; every view of the table is in the URL. */
export function UsersList() {
  const t = useUsersText();
  const titleId = useId();
  const [creating, setCreating] = useState(false);
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <PageHeader
        title={t.title}
        titleId={titleId}
        description={t.description}
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t.createUser}
          </button>
        }
      />
      <AccountGate>
        {(accountId) => (
          <>
            <UsersTable accountId={accountId} onCreate={() => setCreating(true)} />
            {creating && <CreateUserDialog accountId={accountId} onClose={() => setCreating(false)} />}
          </>
        )}
      </AccountGate>
    </section>
  );
}

function UsersTable({ accountId, onCreate }: { accountId: string; onCreate: () => void }) {
  const t = useUsersText();
  const s = useScpText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const [table, setTable] = useTableUrlState('users', { pageSize: 25 });
  const query = useQuery(usersPageQuery(id, accountId, toScpPage(table, USER_FILTERS)));
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
      <DataTable
        tableId="users"
        label={t.title}
        columns={columns}
        getRowId={(u) => u.id}
        rowName={(u) => u.user_name ?? u.id}
        state={table}
        onChange={setTable}
        rows={query.data?.users}
        {...(query.data && { total: query.data.count })}
        status={query.status}
        error={query.error}
        onRetry={() => void query.refetch()}
        searchable={false}
        selectable
        hiddenByDefault={['modified_at', 'type']}
        onRowOpen={(u) => void navigate(open(u))}
        filters={
          <FilterBar
            label={t.filters}
            applyLabel={s.apply}
            clearLabel={t.clearFilters}
            values={table.filters}
            fields={[
              { key: 'user_name', label: t.userName },
              { key: 'email', label: t.email },
              { key: 'login_id', label: t.loginId },
              { key: 'phone_number', label: t.phone },
              { key: 'nation_id', label: t.nation },
              { key: 'type', label: t.userType },
            ]}
            onApply={(filters) => setTable({ ...table, filters, page: 1 })}
          />
        }
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

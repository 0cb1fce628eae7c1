import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref } from '@/lib/connection-context';
import { DataTable, useTableUrlState, type Column, type TableState } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import type { UserBundleProtocol } from '../wire/users';
import { useRoleConn } from '../shared/use-role-conn';
import { formatDate } from '../shared/format';
import { usersSearchQuery, type UserSearch } from './api';
import { useBulkDeleteUsers } from './bulk-delete-users';
import { CreateUserDialog } from './create-user-dialog';
import { UsersFilters } from './users-filters';
import { formatRoleCounts } from './user-rules';
import { useUsersText } from './users-text';

const SORT_FIELDS: Record<string, string> = { userId: 'id.userId' };

/** The table's URL state as a ROLE user search: the search box is the ID prefix, filters map to the body. */
export function toUserSearch(s: TableState): UserSearch {
  const f = s.filters;
  const field = s.sort ? SORT_FIELDS[s.sort.id] : undefined;
  return {
    page: s.page,
    itemsPerPage: s.pageSize,
    sort: field && s.sort ? [`${field},${s.sort.desc ? 'DESC' : 'ASC'}`] : undefined,
    body: {
      userIdPreLike: s.q.trim() === '' ? undefined : s.q.trim(),
      descriptionLike: f.desc === '' ? undefined : f.desc,
      roleIds: f.role ? [f.role] : undefined,
      scopeIds: f.scope ? [f.scope] : undefined,
      searchRoleOptionCode: f.inherited === '1' ? 'INDIRECT_ROLE' : 'DIRECT_ROLE',
    },
  };
}

/** Users found by ROLE's own search and paging; every view of the table is in the URL. */
export function UsersList() {
  const t = useUsersText();
  const conn = useRoleConn();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const titleId = useId();
  const [creating, setCreating] = useState(false);
  const [table, setTable] = useTableUrlState('users', { pageSize: 25 });
  const query = useQuery(usersSearchQuery(conn, toUserSearch(table)));
  const bulk = useBulkDeleteUsers(conn);
  const open = (u: UserBundleProtocol) => href(`users/${encodeURIComponent(u.userId)}`);
  const columns: Column<UserBundleProtocol>[] = [
    {
      id: 'userId',
      header: t.userId,
      hideable: false,
      sortable: true,
      width: 'minmax(14rem, 2fr)',
      cell: (u) => (
        <Link to={open(u)} className="mono">
          {u.userId}
        </Link>
      ),
    },
    {
      id: 'description',
      header: t.descriptionLabel,
      width: 'minmax(10rem, 2fr)',
      cell: (u) => u.description,
    },
    {
      id: 'roles',
      header: t.rolesPerScope,
      width: 'minmax(10rem, 2fr)',
      cell: (u) => formatRoleCounts(u.roleCounts) || t.none,
    },
    { id: 'created', header: t.created, width: '12rem', cell: (u) => formatDate(u.regYmdt) },
  ];
  return (
    <section className="page role-page" aria-labelledby={titleId}>
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
      <DataTable
        tableId="users"
        label={t.title}
        columns={columns}
        getRowId={(u) => u.userId}
        state={table}
        onChange={setTable}
        rows={query.data?.users}
        total={query.data?.totalItems ?? 0}
        status={query.status}
        error={query.error}
        onRetry={() => void query.refetch()}
        searchable
        selectable
        onRowOpen={(u) => void navigate(open(u))}
        filters={
          <UsersFilters
            key={JSON.stringify(table.filters)}
            values={table.filters}
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
              <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
                {t.createUser}
              </button>
            }
          >
            {t.noUsersBody}
          </EmptyState>
        }
      />
      {bulk.view}
      {creating && (
        <CreateUserDialog
          conn={conn}
          onClose={() => setCreating(false)}
          onCreated={(userId) => {
            setCreating(false);
            void navigate(href(`users/${encodeURIComponent(userId)}`));
          }}
        />
      )}
    </section>
  );
}

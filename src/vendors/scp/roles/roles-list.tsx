import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import type { Column } from '@/components/data-table';
import { EmptyState } from '@/components/states';
import { ROLE_TYPES, type Role } from '../wire/roles';
import { useScpText } from '../scp-text';
import { formatDate } from '../shared/format';
import { ScpPagedTable, useScpTable } from '../shared/paged-list';
import { ScpPage } from '../shared/scp-page';
import { rolesPageQuery } from './api';
import { useDeleteRoles } from './mutations';
import { useRolesText } from './roles-text';

const FILTERS = ['name', 'role_type'] as const;

/** Roles with SCP's filters and paging; bulk delete is all or nothing, as SCP does it. */
export function RolesList() {
  const t = useRolesText();
  const s = useScpText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const { table, setTable, page } = useScpTable('roles', FILTERS);
  const query = useQuery(rolesPageQuery(id, page));
  const remove = useDeleteRoles({ onError: () => undefined });
  const open = (r: Role) => href(`roles/${encodeURIComponent(r.id)}`);
  const columns: Column<Role>[] = [
    {
      id: 'name',
      header: t.name,
      hideable: false,
      sortable: true,
      width: 'minmax(12rem, 2fr)',
      cell: (r) => <Link to={open(r)}>{r.name}</Link>,
    },
    { id: 'type', header: t.type, width: '10rem', cell: (r) => r.type ?? s.notSet },
    { id: 'session', header: t.maxSession, width: '9rem', cell: (r) => String(r.max_session_duration) },
    {
      id: 'description',
      header: s.description,
      width: 'minmax(12rem, 3fr)',
      cell: (r) => r.description ?? '',
    },
    {
      id: 'modified_at',
      header: s.modified,
      sortable: true,
      width: '11rem',
      cell: (r) => formatDate(r.modified_at),
    },
  ];
  const actions = (
    <>
      <Link className="btn" to={href('roles/bindings')}>
        {t.bindings}
      </Link>
      <Link className="btn btn-primary" to={href('roles/new')}>
        {t.create}
      </Link>
    </>
  );
  return (
    <ScpPage title={t.title} description={t.description} actions={actions}>
      <ScpPagedTable
        tableId="roles"
        label={t.title}
        columns={columns}
        getRowId={(r) => r.id}
        rowName={(r) => r.name}
        href={open}
        table={table}
        setTable={setTable}
        query={query}
        rows={query.data?.roles}
        total={query.data?.count}
        filters={{
          label: t.filters,
          clearLabel: t.clearFilters,
          fields: [
            { key: 'name', label: t.name },
            {
              key: 'role_type',
              label: t.type,
              type: 'select',
              options: [{ value: '', label: t.allTypes }, ...ROLE_TYPES.map((x) => ({ value: x, label: x }))],
            },
          ],
        }}
        bulkDelete={{
          title: t.deleteTitle,
          label: t.deleteSelected,
          body: t.deleteBody,
          remove: (ids) => remove.mutateAsync({ ids }),
        }}
        empty={<EmptyState title={t.noRoles}>{t.noRolesBody}</EmptyState>}
      />
    </ScpPage>
  );
}

import { useId } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { DataTable, useTableUrlState, type Column } from '@/components/data-table';
import { useConfirm } from '@/components/confirm-dialog';
import { EmptyState, PageHeader } from '@/components/states';
import { ROLE_TYPES, type Role } from '../wire/roles';
import { useScpText } from '../scp-text';
import { FilterBar } from '../shared/filter-bar';
import { formatDate } from '../shared/format';
import { toScpPage } from '../shared/table-query';
import { rolesPageQuery } from './api';
import { useDeleteRoles } from './mutations';
import { useRolesText } from './roles-text';
import { BulkDeleteButton } from '@/components/bulk-delete';

const FILTERS = ['name', 'role_type'] as const;

/** Roles with SCP's filters and paging; bulk delete is all or nothing, as SCP does it. */
export function RolesList() {
  const t = useRolesText();
  const s = useScpText();
  const titleId = useId();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const [table, setTable] = useTableUrlState('roles', { pageSize: 25 });
  const query = useQuery(rolesPageQuery(id, toScpPage(table, FILTERS)));
  const { confirm, dialog } = useConfirm();
  const remove = useDeleteRoles({ onError: () => undefined });
  const open = (r: Role) => href(`roles/${encodeURIComponent(r.id)}`);
  const names = new Map((query.data?.roles ?? []).map((r) => [r.id, r.name]));
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
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <PageHeader
        title={t.title}
        titleId={titleId}
        description={t.description}
        actions={
          <>
            <Link className="btn" to={href('roles/bindings')}>
              {t.bindings}
            </Link>
            <Link className="btn btn-primary" to={href('roles/new')}>
              {t.create}
            </Link>
          </>
        }
      />
      <DataTable
        tableId="roles"
        label={t.title}
        columns={columns}
        getRowId={(r) => r.id}
        rowName={(r) => r.name}
        state={table}
        onChange={setTable}
        rows={query.data?.roles}
        total={query.data?.count ?? 0}
        status={query.status}
        error={query.error}
        onRetry={() => void query.refetch()}
        searchable={false}
        selectable
        onRowOpen={(r) => void navigate(open(r))}
        filters={
          <FilterBar
            label={t.filters}
            applyLabel={s.apply}
            clearLabel={t.clearFilters}
            values={table.filters}
            fields={[
              { key: 'name', label: t.name },
              {
                key: 'role_type',
                label: t.type,
                type: 'select',
                options: [
                  { value: '', label: t.allTypes },
                  ...ROLE_TYPES.map((x) => ({ value: x, label: x })),
                ],
              },
            ]}
            onApply={(filters) => setTable({ ...table, filters, page: 1 })}
          />
        }
        bulkActions={(ids, clear) => (
          <BulkDeleteButton
            ids={ids}
            clear={clear}
            names={names}
            confirm={confirm}
            title={t.deleteTitle}
            label={t.deleteSelected}
            body={t.deleteBody}
            remove={(list) => remove.mutateAsync({ ids: list })}
          />
        )}
        empty={<EmptyState title={t.noRoles}>{t.noRolesBody}</EmptyState>}
      />
      {dialog}
    </section>
  );
}

import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { DataTable, useTableUrlState, type Column } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import type { Group } from '../wire/groups';
import { useScpText } from '../scp-text';
import { FilterBar } from '../shared/filter-bar';
import { formatDate } from '../shared/format';
import { toScpPage } from '../shared/table-query';
import { GROUP_FILTERS, groupsPageQuery } from './api';
import { GroupFormDialog } from './group-form-dialog';
import { useGroupsText } from './groups-text';

/** Groups with SCP's filters, sort and paging in the URL. */
export function GroupsList() {
  const t = useGroupsText();
  const s = useScpText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const titleId = useId();
  const [creating, setCreating] = useState(false);
  const [table, setTable] = useTableUrlState('groups', { pageSize: 25 });
  const query = useQuery(groupsPageQuery(id, toScpPage(table, GROUP_FILTERS)));
  const open = (g: Group) => href(`groups/${encodeURIComponent(g.id)}`);
  const yesNo = [
    { value: '', label: t.any },
    { value: 'true', label: t.withSome },
    { value: 'false', label: t.withNone },
  ];
  const columns: Column<Group>[] = [
    {
      id: 'name',
      header: t.groupName,
      sortable: true,
      hideable: false,
      width: 'minmax(10rem, 2fr)',
      cell: (g) => <Link to={open(g)}>{g.name}</Link>,
    },
    { id: 'type', header: t.types, width: '9rem', cell: (g) => g.type },
    { id: 'members', header: t.members, width: '7rem', cell: (g) => String(g.members?.length ?? 0) },
    { id: 'policies', header: t.policies, width: '7rem', cell: (g) => String(g.policies?.length ?? 0) },
    { id: 'roles', header: t.roles, width: '6rem', cell: (g) => String(g.roles?.length ?? 0) },
    {
      id: 'description',
      header: s.description,
      width: 'minmax(12rem, 3fr)',
      cell: (g) => g.description ?? s.notSet,
    },
    { id: 'creator', header: s.creator, width: '10rem', cell: (g) => g.creator_name ?? s.notSet },
    {
      id: 'created_at',
      header: s.created,
      sortable: true,
      width: '11rem',
      cell: (g) => formatDate(g.created_at),
    },
    {
      id: 'modified_at',
      header: s.modified,
      sortable: true,
      width: '11rem',
      cell: (g) => formatDate(g.modified_at),
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
            <Link className="btn" to={href('groups/matrix')}>
              {t.matrix}
            </Link>
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
              {t.createGroup}
            </button>
          </>
        }
      />
      <DataTable
        tableId="groups"
        label={t.title}
        columns={columns}
        getRowId={(g) => g.id}
        rowName={(g) => g.name}
        state={table}
        onChange={setTable}
        rows={query.data?.groups}
        {...(query.data && { total: query.data.count })}
        status={query.status}
        error={query.error}
        onRetry={() => void query.refetch()}
        searchable={false}
        hiddenByDefault={['modified_at', 'creator']}
        onRowOpen={(g) => void navigate(open(g))}
        filters={
          <FilterBar
            label={t.filters}
            applyLabel={s.apply}
            clearLabel={t.clear}
            values={table.filters}
            fields={[
              { key: 'name', label: t.groupName },
              {
                key: 'types',
                label: t.types,
                type: 'select',
                options: [
                  { value: '', label: t.anyType },
                  { value: 'USER_DEFINED', label: 'USER_DEFINED' },
                  { value: 'DEFAULT', label: 'DEFAULT' },
                ],
              },
              { key: 'has_member', label: t.hasMember, type: 'select', options: yesNo },
              { key: 'has_role', label: t.hasRole, type: 'select', options: yesNo },
              { key: 'creator_name', label: t.creatorName },
              { key: 'creator_email', label: t.creatorEmail },
            ]}
            onApply={(filters) => setTable({ ...table, filters, page: 1 })}
          />
        }
        empty={
          <EmptyState
            title={t.noGroups}
            action={
              <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
                {t.createGroup}
              </button>
            }
          >
            {t.noGroupsBody}
          </EmptyState>
        }
      />
      {creating && (
        <GroupFormDialog
          onClose={() => setCreating(false)}
          onSaved={(g) => {
            setCreating(false);
            void navigate(open(g));
          }}
        />
      )}
    </section>
  );
}

import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import type { Column } from '@/components/data-table';
import { EmptyState } from '@/components/states';
import type { Group } from '../wire/groups';
import { useScpText } from '../scp-text';
import { formatDate } from '../shared/format';
import { ScpPagedTable, useScpTable } from '../shared/paged-list';
import { ScpPage } from '../shared/scp-page';
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
  const [creating, setCreating] = useState(false);
  const { table, setTable, page } = useScpTable('groups', GROUP_FILTERS);
  const query = useQuery(groupsPageQuery(id, page));
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
  const create = (
    <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
      {t.createGroup}
    </button>
  );
  const actions = (
    <>
      <Link className="btn" to={href('groups/matrix')}>
        {t.matrix}
      </Link>
      {create}
    </>
  );
  return (
    <ScpPage title={t.title} description={t.description} actions={actions}>
      <ScpPagedTable
        tableId="groups"
        label={t.title}
        columns={columns}
        getRowId={(g) => g.id}
        rowName={(g) => g.name}
        href={open}
        table={table}
        setTable={setTable}
        query={query}
        rows={query.data?.groups}
        total={query.data?.count}
        hiddenByDefault={['modified_at', 'creator']}
        filters={{
          label: t.filters,
          clearLabel: t.clear,
          fields: [
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
          ],
        }}
        empty={
          <EmptyState title={t.noGroups} action={create}>
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
    </ScpPage>
  );
}

import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { DataTable, useTableUrlState, type Column } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import { useCipText } from '../cip-text';
import { groupNamesQuery } from '../queries/options';
import { CreateGroupDialog } from './create-group-dialog';

/** G1 lists names only; search, sort and paging are the table's (the API has none). */
export function GroupsList() {
  const t = useCipText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const [table, setTable] = useTableUrlState('groups', { sort: { id: 'name', desc: false } });
  const [creating, setCreating] = useState(false);
  const query = useQuery(groupNamesQuery(id));
  const titleId = useId();
  const open = (g: string) => href(`groups/${encodeURIComponent(g)}`);
  const columns: Column<string>[] = [
    {
      id: 'name',
      header: t.groupName,
      hideable: false,
      sortable: true,
      value: (g) => g,
      cell: (g) => <Link to={open(g)}>{g}</Link>,
    },
  ];
  return (
    <section className="page cip-page" aria-labelledby={titleId}>
      <PageHeader
        title={t.groupsTitle}
        titleId={titleId}
        description={t.groupsDescription}
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t.createGroup}
          </button>
        }
      />
      <DataTable
        tableId="groups"
        label={t.groupsTitle}
        mode="client"
        searchable
        columns={columns}
        getRowId={(g) => g}
        state={table}
        onChange={setTable}
        rows={query.data}
        status={query.status}
        error={query.error}
        onRetry={() => void query.refetch()}
        onRowOpen={(g) => void navigate(open(g))}
        empty={<EmptyState title={t.noGroupsYet} />}
      />
      {creating && (
        <CreateGroupDialog
          onClose={() => setCreating(false)}
          onCreated={(g) => {
            setCreating(false);
            void navigate(open(g));
          }}
        />
      )}
    </section>
  );
}

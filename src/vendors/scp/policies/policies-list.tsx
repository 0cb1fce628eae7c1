import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import type { Column } from '@/components/data-table';
import { EmptyState } from '@/components/states';
import { POLICY_TYPES, type Policy } from '../wire/policies';
import { useScpText } from '../scp-text';
import { formatDate } from '../shared/format';
import { ScpPagedTable, useScpTable } from '../shared/paged-list';
import { ScpPage } from '../shared/scp-page';
import { policiesPageQuery } from './api';
import { useDeletePolicies } from './mutations';
import { usePolicyText } from './policy-text';

const FILTERS = ['policy_name', 'policy_type'] as const;

/** Policies by type with SCP's paging; SCP's own (SYSTEM_MANAGED) open read-only. */
export function PoliciesList() {
  const p = usePolicyText();
  const s = useScpText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const { table, setTable, page } = useScpTable('policies', FILTERS);
  const query = useQuery(policiesPageQuery(id, page));
  const remove = useDeletePolicies({ onError: () => undefined });
  const open = (x: Policy) => href(`policies/${encodeURIComponent(x.id ?? '')}`);
  const columns: Column<Policy>[] = [
    {
      id: 'policy_name',
      header: p.name,
      hideable: false,
      sortable: true,
      width: 'minmax(12rem, 2fr)',
      cell: (x) => <Link to={open(x)}>{x.policy_name ?? x.id}</Link>,
    },
    { id: 'type', header: p.type, width: '10rem', cell: (x) => x.policy_type ?? s.notSet },
    {
      id: 'versions',
      header: p.versions,
      width: '6rem',
      cell: (x) => String(x.policy_versions?.length ?? 0),
    },
    {
      id: 'description',
      header: s.description,
      width: 'minmax(12rem, 3fr)',
      cell: (x) => x.description ?? '',
    },
    {
      id: 'modified_at',
      header: s.modified,
      sortable: true,
      width: '11rem',
      cell: (x) => formatDate(x.modified_at),
    },
    {
      id: 'created_at',
      header: s.created,
      sortable: true,
      width: '11rem',
      cell: (x) => formatDate(x.created_at),
    },
  ];
  const create = (
    <Link className="btn btn-primary" to={href('policies/new')}>
      {p.create}
    </Link>
  );
  return (
    <ScpPage title={p.title} description={p.description} actions={create}>
      <ScpPagedTable
        tableId="policies"
        label={p.title}
        columns={columns}
        getRowId={(x) => x.id ?? x.srn}
        rowName={(x) => x.policy_name ?? x.srn}
        href={open}
        table={table}
        setTable={setTable}
        query={query}
        rows={query.data?.policies}
        total={query.data?.count}
        hiddenByDefault={['created_at']}
        filters={{
          label: p.filters,
          clearLabel: p.clearFilters,
          fields: [
            { key: 'policy_name', label: p.name },
            {
              key: 'policy_type',
              label: p.type,
              type: 'select',
              options: [
                { value: '', label: p.allTypes },
                ...POLICY_TYPES.map((t) => ({ value: t, label: t })),
              ],
            },
          ],
        }}
        bulkDelete={{
          title: p.deleteTitle,
          label: p.deleteSelected,
          body: p.deleteBody,
          remove: (ids) => remove.mutateAsync({ ids }),
        }}
        empty={<EmptyState title={p.noPolicies}>{p.noPoliciesBody}</EmptyState>}
      />
    </ScpPage>
  );
}

import { useId } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { DataTable, useTableUrlState, type Column } from '@/components/data-table';
import { useConfirm } from '@/components/confirm-dialog';
import { EmptyState, PageHeader } from '@/components/states';
import { POLICY_TYPES, type Policy } from '../wire/policies';
import { useScpText } from '../scp-text';
import { FilterBar } from '../shared/filter-bar';
import { formatDate } from '../shared/format';
import { toScpPage } from '../shared/table-query';
import { policiesPageQuery } from './api';
import { useDeletePolicies } from './mutations';
import { usePolicyText } from './policy-text';
import { BulkDeleteButton } from '@/components/bulk-delete';

const FILTERS = ['policy_name', 'policy_type'] as const;

/** Policies by type with SCP's paging; SCP's own (SYSTEM_MANAGED) open read-only. */
export function PoliciesList() {
  const p = usePolicyText();
  const s = useScpText();
  const titleId = useId();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const [table, setTable] = useTableUrlState('policies', { pageSize: 25 });
  const query = useQuery(policiesPageQuery(id, toScpPage(table, FILTERS)));
  const { confirm, dialog } = useConfirm();
  const remove = useDeletePolicies({ onError: () => undefined });
  const open = (x: Policy) => href(`policies/${encodeURIComponent(x.id ?? '')}`);
  const names = new Map((query.data?.policies ?? []).map((x) => [x.id ?? '', x.policy_name ?? x.id ?? '']));
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
    <section className="page scp-page" aria-labelledby={titleId}>
      <PageHeader title={p.title} titleId={titleId} description={p.description} actions={create} />
      <DataTable
        tableId="policies"
        label={p.title}
        columns={columns}
        getRowId={(x) => x.id ?? x.srn}
        rowName={(x) => x.policy_name ?? x.srn}
        state={table}
        onChange={setTable}
        rows={query.data?.policies}
        total={query.data?.count ?? 0}
        status={query.status}
        error={query.error}
        onRetry={() => void query.refetch()}
        searchable={false}
        selectable
        hiddenByDefault={['created_at']}
        onRowOpen={(x) => void navigate(open(x))}
        filters={
          <FilterBar
            label={p.filters}
            applyLabel={s.apply}
            clearLabel={p.clearFilters}
            values={table.filters}
            fields={[
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
            title={p.deleteTitle}
            label={p.deleteSelected}
            body={p.deleteBody}
            remove={(list) => remove.mutateAsync({ ids: list })}
          />
        )}
        empty={<EmptyState title={p.noPolicies}>{p.noPoliciesBody}</EmptyState>}
      />
      {dialog}
    </section>
  );
}

import { useId } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { DataTable, useTableUrlState, type Column } from '@/components/data-table';
import { useConfirm } from '@/components/confirm-dialog';
import { EmptyState, PageHeader } from '@/components/states';
import type { SamlProviderResponse } from '../wire/saml-providers';
import { useScpText } from '../scp-text';
import { FilterBar } from '../shared/filter-bar';
import { formatDate } from '../shared/format';
import { toScpPage } from '../shared/table-query';
import { samlPageQuery } from './api';
import { useDeleteSamlProviders } from './mutations';
import { useSamlText } from './saml-text';
import { BulkDeleteButton } from '@/components/bulk-delete';

export function SamlList() {
  const t = useSamlText();
  const s = useScpText();
  const titleId = useId();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const [table, setTable] = useTableUrlState('saml', { pageSize: 25 });
  const query = useQuery(samlPageQuery(id, toScpPage(table, ['saml_provider_name'])));
  const { confirm, dialog } = useConfirm();
  const remove = useDeleteSamlProviders({ onError: () => undefined });
  const open = (p: SamlProviderResponse) => href(`saml/${encodeURIComponent(p.id)}`);
  const names = new Map((query.data?.saml_providers ?? []).map((p) => [p.id, p.saml_provider_name ?? p.id]));
  const columns: Column<SamlProviderResponse>[] = [
    {
      id: 'saml_provider_name',
      header: t.name,
      hideable: false,
      sortable: true,
      width: 'minmax(12rem, 2fr)',
      cell: (p) => <Link to={open(p)}>{p.saml_provider_name ?? p.id}</Link>,
    },
    { id: 'federation', header: t.federation, width: '8rem', cell: (p) => p.federation_type ?? s.notSet },
    {
      id: 'description',
      header: s.description,
      width: 'minmax(12rem, 3fr)',
      cell: (p) => p.description ?? '',
    },
    {
      id: 'created_at',
      header: s.created,
      sortable: true,
      width: '11rem',
      cell: (p) => formatDate(p.created_at),
    },
  ];
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <PageHeader
        title={t.title}
        titleId={titleId}
        description={t.description}
        actions={
          <Link className="btn btn-primary" to={href('saml/new')}>
            {t.add}
          </Link>
        }
      />
      <DataTable
        tableId="saml"
        label={t.title}
        columns={columns}
        getRowId={(p) => p.id}
        rowName={(p) => p.saml_provider_name ?? p.id}
        state={table}
        onChange={setTable}
        rows={query.data?.saml_providers}
        total={query.data?.count ?? 0}
        status={query.status}
        error={query.error}
        onRetry={() => void query.refetch()}
        searchable={false}
        selectable
        onRowOpen={(p) => void navigate(open(p))}
        filters={
          <FilterBar
            label={t.filters}
            applyLabel={s.apply}
            clearLabel={t.clearFilters}
            values={table.filters}
            fields={[{ key: 'saml_provider_name', label: t.name }]}
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
        empty={<EmptyState title={t.none}>{t.noneBody}</EmptyState>}
      />
      {dialog}
    </section>
  );
}

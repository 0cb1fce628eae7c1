import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import type { Column } from '@/components/data-table';
import { EmptyState } from '@/components/states';
import type { SamlProviderResponse } from '../wire/saml-providers';
import { useScpText } from '../scp-text';
import { formatDate } from '../shared/format';
import { ScpPagedTable, useScpTable } from '../shared/paged-list';
import { ScpPage } from '../shared/scp-page';
import { samlPageQuery } from './api';
import { useDeleteSamlProviders } from './mutations';
import { useSamlText } from './saml-text';

const FILTERS = ['saml_provider_name'] as const;

export function SamlList() {
  const t = useSamlText();
  const s = useScpText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const { table, setTable, page } = useScpTable('saml', FILTERS);
  const query = useQuery(samlPageQuery(id, page));
  const remove = useDeleteSamlProviders({ onError: () => undefined });
  const open = (p: SamlProviderResponse) => href(`saml/${encodeURIComponent(p.id)}`);
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
  const add = (
    <Link className="btn btn-primary" to={href('saml/new')}>
      {t.add}
    </Link>
  );
  return (
    <ScpPage title={t.title} description={t.description} actions={add}>
      <ScpPagedTable
        tableId="saml"
        label={t.title}
        columns={columns}
        getRowId={(p) => p.id}
        rowName={(p) => p.saml_provider_name ?? p.id}
        href={open}
        table={table}
        setTable={setTable}
        query={query}
        rows={query.data?.saml_providers}
        total={query.data?.count}
        filters={{
          label: t.filters,
          clearLabel: t.clearFilters,
          fields: [{ key: 'saml_provider_name', label: t.name }],
        }}
        bulkDelete={{
          title: t.deleteTitle,
          label: t.deleteSelected,
          body: t.deleteBody,
          remove: (ids) => remove.mutateAsync({ ids }),
        }}
        empty={<EmptyState title={t.none}>{t.noneBody}</EmptyState>}
      />
    </ScpPage>
  );
}

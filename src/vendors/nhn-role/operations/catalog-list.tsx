import { useId, useState } from 'react';
import { useQuery, useQueryClient, queryOptions } from '@tanstack/react-query';
import { DataTable, useTableUrlState, type Column, type TableState } from '@/components/data-table';
import { useConfirm } from '@/components/confirm-dialog';
import { EmptyState, PageHeader } from '@/components/states';
import { toast } from '@/components/toast';
import { useRoleConn } from '../shared/use-role-conn';
import type { CatalogDef, CatalogItem, CatalogSearch } from './catalog';
import { CatalogDialog } from './catalog-dialog';
import { useCatalogText } from './catalog-text';

/** The table's URL state as a ROLE search: the search box is the ID prefix, sorting is by ID only. */
export function toCatalogSearch(def: CatalogDef, s: TableState): CatalogSearch {
  return {
    page: s.page,
    itemsPerPage: s.pageSize,
    sort: s.sort?.id === 'id' ? [`${def.idSortProperty},${s.sort.desc ? 'DESC' : 'ASC'}`] : undefined,
    q: s.q,
  };
}

/** Operations or scopes: searched and paged by the vendor, created, edited and deleted in place. */
export function CatalogList({ def }: { def: CatalogDef }) {
  const t = useCatalogText();
  const conn = useRoleConn();
  const qc = useQueryClient();
  const titleId = useId();
  const { confirm, dialog } = useConfirm();
  const [dialogFor, setDialogFor] = useState<{ editing?: CatalogItem } | null>(null);
  const [table, setTable] = useTableUrlState(def.kind, { pageSize: 25 });
  const search = toCatalogSearch(def, table);
  const query = useQuery(
    queryOptions({
      queryKey: def.searchKey(conn.id, search),
      queryFn: ({ signal }) => def.search(conn, search, signal),
      placeholderData: (prev) => prev,
    }),
  );
  const ops = def.kind === 'operations';
  const noun = ops ? t.operationsNoun : t.scopesNoun;
  const askDelete = (item: CatalogItem) =>
    void confirm({
      title: t.deleteTitle(noun, item.id),
      variant: 'destructive',
      resourceName: item.id,
      confirmLabel: t.deleteConfirm(noun),
      children: <p>{ops ? t.deleteOperationBody : t.deleteScopeBody}</p>,
      action: async () => {
        await def.remove(conn, item.id);
        toast.success(t.deleted(item.id));
        await Promise.all(def.invalidates(conn.id).map((queryKey) => qc.invalidateQueries({ queryKey })));
      },
    });
  const columns: Column<CatalogItem>[] = [
    {
      id: 'id',
      header: ops ? t.operationsId : t.scopesId,
      hideable: false,
      sortable: true,
      width: 'minmax(12rem, 1fr)',
      cell: (item) => <span className="mono">{item.id}</span>,
    },
    { id: 'description', header: t.description, width: 'minmax(12rem, 2fr)', cell: (i) => i.description },
    {
      id: 'actions',
      header: t.actions,
      hideable: false,
      width: '12rem',
      cell: (item) =>
        def.protectedIds.includes(item.id) ? (
          <span className="badge">{t.builtIn}</span>
        ) : (
          <span className="row">
            <button
              type="button"
              className="btn btn-ghost"
              aria-label={t.edit(item.id)}
              onClick={() => setDialogFor({ editing: item })}
            >
              ✎
            </button>
            <button
              type="button"
              className="btn btn-ghost"
              aria-label={t.remove(item.id)}
              onClick={() => askDelete(item)}
            >
              ✕
            </button>
          </span>
        ),
    },
  ];
  const createButton = (
    <button type="button" className="btn btn-primary" onClick={() => setDialogFor({})}>
      {t.create(noun)}
    </button>
  );
  return (
    <section className="page role-page" aria-labelledby={titleId}>
      <PageHeader
        title={ops ? t.operationsTitle : t.scopesTitle}
        titleId={titleId}
        description={ops ? t.operationsDescription : t.scopesDescription}
        actions={createButton}
      />
      <DataTable
        tableId={def.kind}
        label={ops ? t.operationsTitle : t.scopesTitle}
        columns={columns}
        getRowId={(i) => i.id}
        state={table}
        onChange={setTable}
        rows={query.data?.items}
        total={query.data?.totalItems ?? 0}
        status={query.status}
        error={query.error}
        onRetry={() => void query.refetch()}
        searchable
        empty={
          <EmptyState title={ops ? t.emptyOperations : t.emptyScopes} action={createButton}>
            {t.emptyBody}
          </EmptyState>
        }
      />
      {dialog}
      {dialogFor && (
        <CatalogDialog
          def={def}
          conn={conn}
          {...(dialogFor.editing ? { editing: dialogFor.editing } : {})}
          onClose={() => setDialogFor(null)}
        />
      )}
    </section>
  );
}

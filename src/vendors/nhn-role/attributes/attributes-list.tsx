import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { DataTable, useTableUrlState, type Column } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import type { AttributeBundleProtocol } from '../wire/attributes';
import { useRoleConn } from '../shared/use-role-conn';
import { attributesSearchQuery } from './api';
import { AttributeDialog } from './attribute-dialog';
import { useAttributesText } from './attributes-text';
import { useDeleteAttribute } from './delete-attribute';

/** Condition attributes, searched by ID prefix on the server, with their data type, roles and tags. */
export function AttributesList() {
  const t = useAttributesText();
  const conn = useRoleConn();
  const titleId = useId();
  const [dialogFor, setDialogFor] = useState<{ editing?: AttributeBundleProtocol } | null>(null);
  const [table, setTable] = useTableUrlState('attributes', { pageSize: 25 });
  const query = useQuery(
    attributesSearchQuery(conn, {
      page: table.page,
      itemsPerPage: table.pageSize,
      sort: table.sort?.id === 'id' ? [`id.attributeId,${table.sort.desc ? 'DESC' : 'ASC'}`] : undefined,
      q: table.q,
    }),
  );
  const del = useDeleteAttribute(conn);
  const columns: Column<AttributeBundleProtocol>[] = [
    {
      id: 'id',
      header: t.attributeId,
      hideable: false,
      sortable: true,
      width: 'minmax(12rem, 1fr)',
      cell: (a) => <span className="mono">{a.attributeId}</span>,
    },
    { id: 'name', header: t.name, width: 'minmax(8rem, 1fr)', cell: (a) => a.attributeName },
    { id: 'type', header: t.dataType, width: '9rem', cell: (a) => a.attributeDataTypeCode },
    {
      id: 'roles',
      header: t.roles,
      width: 'minmax(10rem, 1fr)',
      cell: (a) => a.attributeRoleRelations.map((x) => x.roleId).join(', '),
    },
    {
      id: 'tags',
      header: t.tags,
      width: 'minmax(8rem, 1fr)',
      cell: (a) => a.attributeTags.map((x) => x.attributeTagId).join(', '),
    },
    {
      id: 'actions',
      header: t.actions,
      hideable: false,
      width: '8rem',
      cell: (a) => (
        <span className="row">
          <button
            type="button"
            className="btn btn-ghost"
            aria-label={t.edit(a.attributeId)}
            onClick={() => setDialogFor({ editing: a })}
          >
            ✎
          </button>
          <button
            type="button"
            className="btn btn-ghost"
            aria-label={t.remove(a.attributeId)}
            onClick={() => void del.ask(a.attributeId)}
          >
            ✕
          </button>
        </span>
      ),
    },
  ];
  const createButton = (
    <button type="button" className="btn btn-primary" onClick={() => setDialogFor({})}>
      {t.create}
    </button>
  );
  return (
    <section className="page role-page" aria-labelledby={titleId}>
      <PageHeader title={t.title} titleId={titleId} description={t.description} actions={createButton} />
      <DataTable
        tableId="attributes"
        label={t.title}
        columns={columns}
        getRowId={(a) => a.attributeId}
        state={table}
        onChange={setTable}
        rows={query.data?.attributes}
        total={query.data?.totalItems ?? 0}
        status={query.status}
        error={query.error}
        onRetry={() => void query.refetch()}
        searchable
        empty={
          <EmptyState title={t.empty} action={createButton}>
            {t.emptyBody}
          </EmptyState>
        }
      />
      {del.view}
      {dialogFor && (
        <AttributeDialog
          conn={conn}
          {...(dialogFor.editing ? { editing: dialogFor.editing } : {})}
          onClose={() => setDialogFor(null)}
        />
      )}
    </section>
  );
}

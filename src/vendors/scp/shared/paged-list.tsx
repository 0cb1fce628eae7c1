import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { DataTable, useTableUrlState, type Column, type TableState } from '@/components/data-table';
import { BulkDeleteButton, type BulkDeleteButtonProps } from '@/components/bulk-delete';
import { useConfirm } from '@/components/confirm-dialog';
import { useScpText } from '../scp-text';
import { FilterBar, type FilterField } from './filter-bar';
import { toScpPage } from './table-query';

/** A list's view in the URL (25 a page) and the same view as the page SCP is asked for. */
export function useScpTable(tableId: string, filterKeys: readonly string[]) {
  const [table, setTable] = useTableUrlState(tableId, { pageSize: 25 });
  return { table, setTable, page: toScpPage(table, filterKeys) };
}

type PagedQuery = {
  status: 'pending' | 'error' | 'success';
  error: unknown;
  refetch: () => Promise<unknown>;
};

export type ScpPagedTableProps<Row> = {
  tableId: string;
  label: string;
  columns: readonly Column<Row>[];
  getRowId: (row: Row) => string;
  /** How a row reads in its checkbox label and in the delete confirmation. */
  rowName: (row: Row) => string;
  /** Where a row opens (Enter or double click on the row). */
  href: (row: Row) => string;
  table: TableState;
  setTable: (next: TableState) => void;
  query: PagedQuery;
  rows: readonly Row[] | undefined;
  total: number | undefined;
  filters: { label: string; clearLabel: string; fields: readonly FilterField[] };
  /** Rows become selectable, with one "delete selected" that confirms first. */
  bulkDelete?: Pick<BulkDeleteButtonProps, 'title' | 'label' | 'body' | 'remove'>;
  /** Any other action on the selected rows (makes them selectable). */
  bulkActions?: (ids: readonly string[], clear: () => void) => ReactNode;
  hiddenByDefault?: readonly string[];
  empty: ReactNode;
};

/**
 * One SCP list: SCP's server-side filters in a form that applies on submit, its sort and paging, rows that
 * open on Enter, and the optional bulk delete. Every list keeps the same behaviour because it is this one.
 */
export function ScpPagedTable<Row>(props: ScpPagedTableProps<Row>) {
  const s = useScpText();
  const navigate = useNavigate();
  const { confirm, dialog } = useConfirm();
  const { table, setTable, bulkDelete, rowName, getRowId } = props;
  const names = new Map((props.rows ?? []).map((r) => [getRowId(r), rowName(r)]));
  const bulkActions = bulkDelete
    ? (ids: readonly string[], clear: () => void) => (
        <BulkDeleteButton ids={ids} clear={clear} names={names} confirm={confirm} {...bulkDelete} />
      )
    : props.bulkActions;
  return (
    <>
      <DataTable
        tableId={props.tableId}
        label={props.label}
        columns={props.columns}
        getRowId={getRowId}
        rowName={rowName}
        state={table}
        onChange={setTable}
        rows={props.rows}
        total={props.total ?? 0}
        status={props.query.status}
        error={props.query.error}
        onRetry={() => void props.query.refetch()}
        searchable={false}
        selectable={bulkActions !== undefined}
        {...(props.hiddenByDefault && { hiddenByDefault: props.hiddenByDefault })}
        {...(bulkActions && { bulkActions })}
        onRowOpen={(r) => void navigate(props.href(r))}
        filters={
          <FilterBar
            label={props.filters.label}
            applyLabel={s.apply}
            clearLabel={props.filters.clearLabel}
            values={table.filters}
            fields={props.filters.fields}
            onApply={(filters) => setTable({ ...table, filters, page: 1 })}
          />
        }
        empty={props.empty}
      />
      {dialog}
    </>
  );
}

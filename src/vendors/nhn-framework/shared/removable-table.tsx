import type { ReactNode } from 'react';
import { useConfirm, type ConfirmOptions } from '@/components/confirm-dialog';
import { DataTable, useTableUrlState, type Column } from '@/components/data-table';

type ListQuery = { status: 'pending' | 'error' | 'success'; error: unknown; refetch: () => Promise<unknown> };

export type RemovableTableProps<Row> = {
  tableId: string;
  label: string;
  /** What the list is for, beside its primary action. */
  help: ReactNode;
  /** The primary action (e.g. "Add"), also offered when the list is empty. */
  action: ReactNode;
  /** A line between the toolbar and the table (e.g. what else applies here). */
  note?: ReactNode;
  empty: ReactNode;
  columns: readonly Column<Row>[];
  getRowId: (row: Row) => string;
  rowName: (row: Row) => string;
  rows: readonly Row[] | undefined;
  query: ListQuery;
  /** The selected rows go in one call, once confirmed; a refusal stays in the dialog. */
  removal: {
    label: (n: number) => string;
    confirm: (ids: readonly string[]) => Omit<ConfirmOptions, 'action' | 'variant'>;
    run: (ids: string[]) => Promise<unknown>;
  };
};

/**
 * A whole NHN Cloud list searched, sorted and paged in the browser (the API returns it in one answer), with
 * a help line and primary action above it and a confirmed removal of the selected rows.
 */
export function RemovableTable<Row>(props: RemovableTableProps<Row>) {
  const [state, setState] = useTableUrlState(props.tableId, { pageSize: 25 });
  const { confirm, dialog } = useConfirm();
  const { removal } = props;
  return (
    <>
      <div className="row nhn-toolbar">
        <p className="muted">{props.help}</p>
        {props.action}
      </div>
      {props.note}
      <DataTable
        tableId={props.tableId}
        label={props.label}
        mode="client"
        columns={props.columns}
        getRowId={props.getRowId}
        rowName={props.rowName}
        rows={props.rows}
        state={state}
        onChange={setState}
        status={props.query.status}
        error={props.query.error}
        onRetry={() => void props.query.refetch()}
        selectable
        empty={props.empty}
        bulkActions={(ids, clear) =>
          ids.length > 0 ? (
            <button
              type="button"
              className="btn btn-danger"
              onClick={() =>
                void confirm({
                  ...removal.confirm(ids),
                  variant: 'destructive',
                  action: async () => {
                    await removal.run([...ids]);
                    clear();
                  },
                })
              }
            >
              {removal.label(ids.length)}
            </button>
          ) : null
        }
      />
      {dialog}
    </>
  );
}

import type { ReactNode } from 'react';
import { ColumnMenu } from './column-menu';
import type { Column, TableState } from './types';
import { useTableText } from './table-text';

type Props<Row> = {
  state: TableState;
  onChange: (next: TableState) => void;
  searchable: boolean;
  columns: readonly Column<Row>[];
  hidden: readonly string[];
  onToggleColumn: (id: string) => void;
  /** Page-specific filter controls, placed after the search. */
  filters?: ReactNode;
  selectedCount: number;
  bulkActions?: ReactNode;
  onClearSelection: () => void;
};

/** Search, filters and the column menu; replaced by the bulk-action bar while rows are selected. */
export function TableToolbar<Row>(props: Props<Row>) {
  const t = useTableText();
  const { state, onChange, selectedCount } = props;
  if (selectedCount > 0) {
    return (
      <div className="dt-toolbar dt-bulk row" role="toolbar" aria-label={t.selected(selectedCount)}>
        <strong>{t.selected(selectedCount)}</strong>
        {props.bulkActions}
        <button type="button" className="btn btn-ghost" onClick={props.onClearSelection}>
          {t.clearSelection}
        </button>
      </div>
    );
  }
  return (
    <div className="dt-toolbar row">
      {props.searchable && (
        <input
          type="search"
          aria-label={t.search}
          placeholder={t.search}
          value={state.q}
          onChange={(e) => onChange({ ...state, q: e.target.value, page: 1 })}
        />
      )}
      {props.filters}
      <span className="dt-spacer" />
      <ColumnMenu columns={props.columns} hidden={props.hidden} onToggle={props.onToggleColumn} />
    </div>
  );
}

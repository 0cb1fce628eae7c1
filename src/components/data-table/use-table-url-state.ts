import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { defaultTableState, type TableState } from './types';
import { readTableState, writeTableState } from './url-state';

/**
 * A table's page, size, sort, search and filters, kept in the URL so every view can be linked and survives
 * a reload. Changes replace the history entry: paging through a table should not fill the Back button.
 */
export function useTableUrlState(
  tableId: string,
  defaults: Partial<TableState> = {},
): [TableState, (next: TableState) => void] {
  const [params, setParams] = useSearchParams();
  // Callers pass an object literal each render; only its content matters.
  const key = JSON.stringify(defaults);
  const full = useMemo<TableState>(
    () => ({ ...defaultTableState, ...(JSON.parse(key) as Partial<TableState>) }),
    [key],
  );
  const state = useMemo(() => readTableState(params, tableId, full), [params, tableId, full]);
  const setState = useCallback(
    (next: TableState) => {
      setParams((prev) => writeTableState(prev, tableId, next, full), { replace: true });
    },
    [setParams, tableId, full],
  );
  return [state, setState];
}

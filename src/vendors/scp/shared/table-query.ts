import type { TableState } from '@/components/data-table';
import type { ScpPageArgs } from '../queries/keys';

/** The table's 1-based page and sort as SCP's 0-based `page`, `size` and `field:asc|desc`. */
export function toScpPage(state: TableState, keys: readonly string[]): ScpPageArgs {
  const filters = Object.fromEntries(keys.flatMap((k) => (state.filters[k] ? [[k, state.filters[k]]] : [])));
  return {
    page: Math.max(0, state.page - 1),
    size: state.pageSize || 50,
    sort: state.sort ? `${state.sort.id}:${state.sort.desc ? 'desc' : 'asc'}` : undefined,
    filters,
  };
}

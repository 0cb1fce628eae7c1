import type { TableState } from './types';
import { useTableText } from './table-text';

type Props = {
  state: TableState;
  total: number;
  pageSizes: readonly number[];
  onChange: (next: TableState) => void;
};

export function Pagination({ state, total, pageSizes, onChange }: Props) {
  const t = useTableText();
  const { page, pageSize } = state;
  const pages = pageSize > 0 ? Math.max(1, Math.ceil(total / pageSize)) : 1;
  const from = total === 0 ? 0 : pageSize > 0 ? (page - 1) * pageSize + 1 : 1;
  const to = pageSize > 0 ? Math.min(total, page * pageSize) : total;
  return (
    <nav className="dt-pager row" aria-label={t.pagination}>
      <span className="muted" aria-live="polite">
        {pageSize > 0 ? t.range(from, to, total) : t.rows(total)}
      </span>
      <label className="row">
        {t.pageSize}
        <select
          value={pageSize}
          onChange={(e) => onChange({ ...state, pageSize: Number(e.target.value), page: 1 })}
        >
          {pageSizes.map((n) => (
            <option key={n} value={n}>
              {n === 0 ? t.all : n}
            </option>
          ))}
        </select>
      </label>
      {pageSize > 0 && (
        <>
          <button
            type="button"
            className="btn"
            disabled={page <= 1}
            onClick={() => onChange({ ...state, page: page - 1 })}
          >
            {t.previous}
          </button>
          <button
            type="button"
            className="btn"
            disabled={page >= pages}
            onClick={() => onChange({ ...state, page: page + 1 })}
          >
            {t.next}
          </button>
        </>
      )}
    </nav>
  );
}

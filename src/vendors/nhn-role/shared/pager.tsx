import { useRoleText } from '../role-text';

/** Previous/next over a 1-based server page, with "page x of y" announced politely. */
export function Pager(props: {
  page: number;
  total: number;
  perPage: number;
  onPage: (page: number) => void;
}) {
  const t = useRoleText();
  const pages = Math.max(1, Math.ceil(props.total / props.perPage));
  return (
    <nav className="row role-pager" aria-label={t.pageOf(props.page, pages)}>
      <button
        type="button"
        className="btn"
        disabled={props.page <= 1}
        onClick={() => props.onPage(props.page - 1)}
      >
        {t.previous}
      </button>
      <span aria-live="polite">{t.pageOf(props.page, pages)}</span>
      <button
        type="button"
        className="btn"
        disabled={props.page >= pages}
        onClick={() => props.onPage(props.page + 1)}
      >
        {t.next}
      </button>
      <span className="muted">{t.totalItems(props.total)}</span>
    </nav>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import {
  AUDIT_FILTER_KEYS,
  auditPageQuery,
  exportHref,
  filterParams,
  PAGE_SIZE,
  type AuditFilters,
} from './api';
import { AuditFiltersForm } from './audit-filters';
import { useAuditText } from './audit-text';
import './audit.css';

function readFilters(params: URLSearchParams): AuditFilters {
  const f: AuditFilters = {};
  for (const k of AUDIT_FILTER_KEYS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  return f;
}

/** The audit log: filters and page in the URL, paging on the server, CSV of the same filters. */
export function AuditPage() {
  const t = useAuditText();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const query = useQuery(auditPageQuery(filters, page));
  const go = (f: AuditFilters, p = 1) => {
    const next = filterParams(f);
    if (p > 1) next.set('page', String(p));
    setParams(next);
  };
  return (
    <section className="page stack" aria-labelledby="audit-title">
      <PageHeader
        title={t.title}
        titleId="audit-title"
        description={t.description}
        actions={
          <a className="btn" href={exportHref(filters)} download>
            {t.exportCsv}
          </a>
        }
      />
      <AuditFiltersForm value={filters} onApply={(f) => go(f)} />
      <QueryBoundary query={query} isEmpty={(d) => d.total === 0} empty={<EmptyState title={t.empty} />}>
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
          return (
            <>
              <table className="audit-table" aria-busy={query.isFetching || undefined}>
                <caption className="visually-hidden">{t.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.time}</th>
                    <th scope="col">{t.operator}</th>
                    <th scope="col">{t.action}</th>
                    <th scope="col">{t.target}</th>
                    <th scope="col">{t.connection}</th>
                    <th scope="col">{t.result}</th>
                    <th scope="col">{t.status}</th>
                    <th scope="col">{t.address}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((e) => (
                    <tr key={e.id}>
                      <td>
                        <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time>
                      </td>
                      <td>{e.username ?? '—'}</td>
                      <td className="mono">{e.action}</td>
                      <td>{e.target ?? ''}</td>
                      <td className="mono">{e.connectionId ?? ''}</td>
                      <td>
                        <span
                          className={e.result === 'success' ? 'badge badge-success' : 'badge badge-danger'}
                        >
                          {t.resultName(e.result)}
                        </span>
                      </td>
                      <td>{e.status ?? ''}</td>
                      <td className="mono">{e.ip ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <nav className="audit-pager" aria-label={t.pager}>
                <button
                  type="button"
                  className="btn"
                  disabled={page <= 1}
                  onClick={() => go(filters, page - 1)}
                >
                  {t.previous}
                </button>
                <span>
                  {t.pageOf(Math.min(page, pages), pages)} · {t.total(data.total)}
                </span>
                <button
                  type="button"
                  className="btn"
                  disabled={page >= pages}
                  onClick={() => go(filters, page + 1)}
                >
                  {t.next}
                </button>
              </nav>
            </>
          );
        }}
      </QueryBoundary>
    </section>
  );
}

export default AuditPage;

import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { paths } from '@/app/paths';
import { localText } from '@/lib/i18n/local-text';
import { useLocale } from '@/lib/i18n/locale';
import { isVendorId } from '@/vendors/ids';
import { manifestOf } from '@/vendors/registry';
import { connectionQuery } from './api';
import { useConnectionsText } from './connections-text';
import { TestConnectionButton } from './test-connection-button';
import './connections.css';

/** `/c/:connectionId`: the selected connection and its vendor's pages, the start of everything under it. */
export function ConnectionHomePage() {
  const t = useConnectionsText();
  const { locale } = useLocale();
  const { connectionId = '' } = useParams();
  const query = useQuery(connectionQuery(connectionId));
  return (
    <section className="page stack" aria-labelledby="connection-home-title">
      <QueryBoundary query={query} errorTitle={t.notFound}>
        {(c) => {
          const manifest = isVendorId(c.vendor) ? manifestOf(c.vendor) : undefined;
          const pages = manifest?.pages ?? [];
          return (
            <>
              <PageHeader
                title={c.name}
                titleId="connection-home-title"
                eyebrow={manifest?.name ?? c.vendor}
                description={<span className="mono">{c.baseUrl}</span>}
                actions={<TestConnectionButton connectionId={c.id} label={c.name} />}
              />
              {pages.length === 0 ? (
                <EmptyState title={manifest?.name ?? c.vendor} />
              ) : (
                <ul className="stack">
                  {pages.map((p) => (
                    <li key={p.path}>
                      <Link to={paths.connectionPage.href({ connectionId: c.id, page: p.path })}>
                        {localText(p.label, locale)}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </QueryBoundary>
    </section>
  );
}

export default ConnectionHomePage;

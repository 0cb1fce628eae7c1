import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { NavLink, useParams } from 'react-router';
import { connectionQuery } from '@/features/connections/api';
import { ConnectionHomePage } from '@/features/connections/connection-home-page';
import { ConnectionContext, connectionHref, type CurrentConnection } from '@/lib/connection-context';
import { describeError } from '@/lib/http/errors';
import { localText } from '@/lib/i18n/local-text';
import { useLocale } from '@/lib/i18n/locale';
import { isVendorId } from '@/vendors/ids';
import { manifestOf } from '@/vendors/registry';
import { useShellText } from '../shell-text';
import { VendorPageLoader } from './vendor-page-loader';
import './connection-shell.css';

/**
 * `/c/:connectionId/:page/*`: resolves the connection, finds its vendor's manifest and renders the page the
 * URL names, with the vendor's pages as tabs. Vendor pages route below their own path with descendant
 * <Routes>, so every view of a connection is linkable.
 */
export function ConnectionShell() {
  const t = useShellText();
  const { locale } = useLocale();
  const params = useParams();
  const connectionId = params.connectionId ?? '';
  const [pagePath = ''] = (params['*'] ?? '').split('/');
  const query = useQuery(connectionQuery(connectionId));
  const connection = query.data;
  const current = useMemo<CurrentConnection | undefined>(
    () =>
      connection && {
        id: connection.id,
        vendor: connection.vendor,
        name: connection.name,
        settings: connection.settings,
      },
    [connection],
  );

  if (query.isPending) return <p className="loading">{t.loading}</p>;
  if (query.isError) {
    return (
      <section className="page error-panel" role="alert" aria-labelledby="connection-error-title">
        <h1 id="connection-error-title">{t.connectionUnavailable}</h1>
        <p>{describeError(query.error)}</p>
      </section>
    );
  }
  const manifest = isVendorId(query.data.vendor) ? manifestOf(query.data.vendor) : undefined;
  if (!manifest || !current) {
    return (
      <section className="page error-panel" role="alert">
        <h1>{t.unknownVendor(query.data.vendor)}</h1>
      </section>
    );
  }
  // The bare connection URL is its overview: details, a connection test and the vendor's pages.
  if (!pagePath) return <ConnectionHomePage />;
  const page = manifest.pages.find((p) => p.path === pagePath);
  if (!page) {
    return (
      <section className="page" aria-labelledby="connection-empty-title">
        <h1 id="connection-empty-title">{query.data.name}</h1>
        <p className="muted">
          {manifest.pages.length ? t.noSuchVendorPage : t.vendorHasNoPages(manifest.name)}
        </p>
      </section>
    );
  }
  return (
    <ConnectionContext.Provider value={current}>
      <div className="connection-shell">
        <div className="connection-heading">
          <span className="badge badge-accent">{manifest.shortName}</span>
          <span className="connection-name">{query.data.name}</span>
        </div>
        <nav className="connection-tabs" aria-label={t.vendorPages(manifest.shortName)}>
          {manifest.pages.map((p) => (
            <NavLink key={p.path} to={connectionHref(connectionId, p.path)}>
              {localText(p.label, locale)}
            </NavLink>
          ))}
        </nav>
        <VendorPageLoader key={page.path} page={page} />
      </div>
    </ConnectionContext.Provider>
  );
}

export default ConnectionShell;

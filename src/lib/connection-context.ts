import { createContext, useContext } from 'react';

/** The connection a vendor page works on, as the console shell resolved it from the URL. */
export type CurrentConnection = {
  id: string;
  vendor: string;
  name: string;
  /** Plain settings only; secret fields read "set". */
  settings: Readonly<Record<string, string>>;
};

export const ConnectionContext = createContext<CurrentConnection | undefined>(undefined);

/** The current connection; vendor pages render only inside the connection shell, which provides it. */
export function useCurrentConnection(): CurrentConnection {
  const c = useContext(ConnectionContext);
  if (!c) throw new Error('useCurrentConnection() used outside a connection page');
  return c;
}

/** Builds links inside the current connection (`/c/<id>/<subpath>`), so vendor code never spells the prefix. */
export function connectionHref(connectionId: string, subpath = ''): string {
  const rest = subpath.replace(/^\/+/, '');
  return `/c/${encodeURIComponent(connectionId)}${rest ? `/${rest}` : ''}`;
}

export function useConnectionHref(): (subpath?: string) => string {
  const { id } = useCurrentConnection();
  return (subpath = '') => connectionHref(id, subpath);
}

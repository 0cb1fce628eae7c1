/**
 * Every route of the console: its pattern for the router and a typed href builder for links, so a renamed
 * route breaks the build (and the e2e helpers that import this file) instead of a link.
 */
const enc = encodeURIComponent;

export const paths = {
  home: { pattern: '/', href: () => '/' },
  devComponents: { pattern: '/dev/components', href: () => '/dev/components' },
  connections: { pattern: '/connections', href: () => '/connections' },
  connectionNew: { pattern: '/connections/new', href: () => '/connections/new' },
  connectionEdit: {
    pattern: '/connections/:connectionId/edit',
    href: (p: { connectionId: string }) => `/connections/${enc(p.connectionId)}/edit`,
  },
  /** A vendor page of one connection: /c/:connectionId/:page/* */
  connectionPage: {
    pattern: '/c/:connectionId/*',
    href: (p: { connectionId: string; page?: string }) =>
      `/c/${enc(p.connectionId)}${p.page ? `/${p.page}` : ''}`,
  },
} as const;

export type Paths = typeof paths;

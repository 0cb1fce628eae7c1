/**
 * Every route of the console: its pattern for the router and a typed href builder for links, so a renamed
 * route breaks the build (and the e2e helpers that import this file) instead of a link.
 */
const enc = encodeURIComponent;

export const paths = {
  home: { pattern: '/', href: () => '/' },
  devComponents: { pattern: '/dev/components', href: () => '/dev/components' },
  /** Sign-in; `next` is where to go afterwards (same-origin paths only, checked again on arrival). */
  signIn: {
    pattern: '/sign-in',
    href: (p: { next?: string | undefined } = {}) => (p.next ? `/sign-in?next=${enc(p.next)}` : '/sign-in'),
  },
  changePassword: {
    pattern: '/change-password',
    href: (p: { next?: string | undefined } = {}) =>
      p.next ? `/change-password?next=${enc(p.next)}` : '/change-password',
  },
  enrolMfa: {
    pattern: '/enrol-mfa',
    href: (p: { next?: string | undefined } = {}) =>
      p.next ? `/enrol-mfa?next=${enc(p.next)}` : '/enrol-mfa',
  },
  profile: { pattern: '/profile', href: () => '/profile' },
  operators: { pattern: '/operators', href: () => '/operators' },
  /** The audit log; filters and paging live in the query string so every view can be linked. */
  audit: {
    pattern: '/audit',
    href: (
      q: Partial<
        Record<'operator' | 'action' | 'connection' | 'result' | 'from' | 'to' | 'page', string>
      > = {},
    ) => {
      const qs = new URLSearchParams(
        Object.entries(q).filter((e): e is [string, string] => !!e[1]),
      ).toString();
      return qs ? `/audit?${qs}` : '/audit';
    },
  },
  connections: { pattern: '/connections', href: () => '/connections' },
  connectionNew: { pattern: '/connections/new', href: () => '/connections/new' },
  connectionEdit: {
    pattern: '/connections/:connectionId/edit',
    href: (p: { connectionId: string }) => `/connections/${enc(p.connectionId)}/edit`,
  },
  /** Public: a GS2 user manages their own MFA through a link an operator created (outside the console). */
  gs2SelfService: {
    pattern: '/self-service/gs2/:token',
    href: (p: { token: string }) => `/self-service/gs2/${enc(p.token)}`,
  },
  /** A vendor page of one connection: /c/:connectionId/:page/* */
  connectionPage: {
    pattern: '/c/:connectionId/*',
    href: (p: { connectionId: string; page?: string }) =>
      `/c/${enc(p.connectionId)}${p.page ? `/${p.page}` : ''}`,
  },
} as const;

export type Paths = typeof paths;

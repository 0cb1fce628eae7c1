import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { paths } from './paths';
import { RouteError } from './routes/route-error';

/** Loads a route module lazily; each module's default export is its page. */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => {
  const mod = await load();
  return { Component: mod.default };
};

const devRoutes: RouteObject[] = import.meta.env.DEV
  ? [
      {
        path: paths.devComponents.pattern,
        lazy: page(() => import('./routes/dev-components')),
        errorElement: <RouteError />,
      },
    ]
  : [];

export const routes: RouteObject[] = [
  // Before the session gate: sign-in and the steps a new session may be sent to.
  {
    path: paths.signIn.pattern,
    lazy: page(() => import('@/features/sign-in/sign-in-page')),
    errorElement: <RouteError />,
  },
  {
    path: paths.changePassword.pattern,
    lazy: page(() => import('@/features/sign-in/change-password-page')),
    errorElement: <RouteError />,
  },
  {
    path: paths.enrolMfa.pattern,
    lazy: page(() => import('@/features/profile/enrol-mfa-page')),
    errorElement: <RouteError />,
  },
  {
    // Public: for GS2 users, not operators, so it sits outside the session gate.
    path: paths.gs2SelfService.pattern,
    lazy: page(() => import('@/vendors/gs2/self-service/self-service-page')),
    errorElement: <RouteError />,
  },
  {
    // The signed-in shell loads lazily too, so the sign-in page does not download it.
    lazy: async () => ({ Component: (await import('./layout/app-layout')).AppLayout }),
    errorElement: <RouteError />,
    children: [
      { path: paths.home.pattern, lazy: page(() => import('./routes/home')), errorElement: <RouteError /> },
      {
        path: paths.profile.pattern,
        lazy: page(() => import('@/features/profile/profile-page')),
        errorElement: <RouteError />,
      },
      {
        path: paths.operators.pattern,
        lazy: page(() => import('@/features/operators/operators-page')),
        errorElement: <RouteError />,
      },
      {
        path: paths.audit.pattern,
        lazy: page(() => import('@/features/audit/audit-page')),
        errorElement: <RouteError />,
      },
      {
        path: paths.connections.pattern,
        lazy: page(() => import('@/features/connections/connections-page')),
        errorElement: <RouteError />,
      },
      {
        path: paths.connectionNew.pattern,
        lazy: page(() => import('@/features/connections/connection-form-page')),
        errorElement: <RouteError />,
      },
      {
        path: paths.connectionEdit.pattern,
        lazy: page(() => import('@/features/connections/connection-form-page')),
        errorElement: <RouteError />,
      },
      {
        path: paths.connectionPage.pattern,
        lazy: page(() => import('./connection/connection-shell')),
        errorElement: <RouteError />,
      },
      ...devRoutes,
      { path: '*', lazy: page(() => import('./routes/not-found')), errorElement: <RouteError /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}

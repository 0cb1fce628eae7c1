import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
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
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.home.pattern, lazy: page(() => import('./routes/home')), errorElement: <RouteError /> },
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
      ...devRoutes,
      { path: '*', lazy: page(() => import('./routes/not-found')), errorElement: <RouteError /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}

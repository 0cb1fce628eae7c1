import { useEffect, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';
import { HttpError } from '@/lib/http/errors';
import { ErrorPanel } from '@/components/states';
import { destinationFor } from '@/features/sign-in/after-sign-in';
import { SESSION_QUERY_KEY } from '@/features/sign-in/session-key';
import { paths } from '../paths';
import { useLayoutText } from './layout-text';
import { sessionQuery } from './session';

const isUnauthenticated = (err: unknown) => err instanceof HttpError && err.status === 401;

/**
 * Any 401 from any query or mutation means the session ended (expired, revoked, signed out elsewhere):
 * re-check the session, and the gate sends the operator to sign-in.
 */
function useSessionEndWatcher() {
  const qc = useQueryClient();
  useEffect(() => {
    const recheck = (err: unknown, key?: readonly unknown[]) => {
      if (isUnauthenticated(err) && key?.[0] !== SESSION_QUERY_KEY[0])
        void qc.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    };
    const offQueries = qc.getQueryCache().subscribe((e) => {
      if (e.type === 'updated' && e.action.type === 'error')
        recheck(e.action.error, e.query.queryKey as readonly unknown[]);
    });
    const offMutations = qc.getMutationCache().subscribe((e) => {
      if (e.type === 'updated' && e.action.type === 'error') recheck(e.action.error);
    });
    return () => {
      offQueries();
      offMutations();
    };
  }, [qc]);
}

/** Renders the console only for a signed-in operator who has no pending password change or MFA enrolment. */
export function SessionGate({ children }: { children: ReactNode }) {
  const t = useLayoutText();
  const location = useLocation();
  const query = useQuery(sessionQuery());
  useSessionEndWatcher();
  const here = `${location.pathname}${location.search}${location.hash}`;
  if (query.status === 'pending') return <p className="loading page">{t.checkingSession}</p>;
  if (query.status === 'error') {
    if (isUnauthenticated(query.error))
      return <Navigate to={paths.signIn.href({ next: here === '/' ? undefined : here })} replace />;
    return (
      <main className="page">
        <ErrorPanel
          error={query.error}
          title={t.sessionFailed}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      </main>
    );
  }
  const target = destinationFor(query.data, here);
  if (target !== here) return <Navigate to={target} replace />;
  return <>{children}</>;
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchSession, type SessionInfo } from '@/features/sign-in/session-info';
import { SESSION_QUERY_KEY } from '@/features/sign-in/session-key';

/** The signed-in session; a 401 means "not signed in" and is never retried. */
export const sessionQuery = () =>
  queryOptions({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 60_000,
    retry: false,
  });

/** The session inside the gate, where it is known to exist. */
export function useSession(): SessionInfo | undefined {
  return useQuery(sessionQuery()).data;
}

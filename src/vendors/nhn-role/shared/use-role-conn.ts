import { useCurrentConnection } from '@/lib/connection-context';

/** What every ROLE call needs: the connection (for the proxy and query keys) and its appKey (in the path). */
export type RoleConn = { id: string; appKey: string };

export function useRoleConn(): RoleConn {
  const { id, settings } = useCurrentConnection();
  return { id, appKey: settings.appKey ?? '' };
}

import { useCurrentConnection } from '@/lib/connection-context';

/** The API has no organization list: the org comes from the connection's settings. */
export function useOrgId(): string {
  return useCurrentConnection().settings.orgId ?? '';
}

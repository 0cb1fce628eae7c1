import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { accessKeyApi } from '../access-keys/api';
import { scpCall } from '../client';
import { scpKeys } from '../queries/keys';

/**
 * No SCP API answers "my account"; like the official provider, the account id is read from the caller's
 * own access-key list (reference/scp-iam.md §1.5). `null` when the list is empty.
 */
export const accountIdQuery = (connectionId: string) =>
  queryOptions({
    queryKey: scpKeys.accountId(connectionId),
    queryFn: async ({ signal }): Promise<string | null> => {
      const list = await scpCall(connectionId, accessKeyApi.list, { query: { limit: 1 }, signal });
      return list.access_keys[0]?.account_id ?? null;
    },
    staleTime: Infinity,
  });

export type ScpAccountId = {
  /** Known once the connection gives it or the access-key list has answered. */
  accountId?: string;
  /** The lookup; disabled (and so `pending` forever) when the connection names the account itself. */
  query: UseQueryResult<string | null>;
};

/** The account user routes need (`/v1/accounts/{account_id}/users`): the connection's setting, else discovered. */
export function useScpAccountId(): ScpAccountId {
  const { id, settings } = useCurrentConnection();
  const configured = settings.accountId?.trim() ?? '';
  const query = useQuery({ ...accountIdQuery(id), enabled: configured === '' });
  const accountId = configured === '' ? (query.data ?? undefined) : configured;
  return accountId === undefined ? { query } : { accountId, query };
}

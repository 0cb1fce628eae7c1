import { queryOptions } from '@tanstack/react-query';
import { nhnCall, type NhnResult } from '../client';
import { useCredentialsText } from '../credentials/credentials-text';
import { nhnKeys, type MemberPage } from './keys';
import { useNhnMutation, type NhnMutationOptions } from './use-nhn-mutation';

/** #53: one page of a key's tokens, newest first; `status` is ACTIVE or EXPIRED. Tokens come masked. */
export const tokensPageQuery = (c: string, keyId: string, p: MemberPage) =>
  queryOptions({
    queryKey: nhnKeys.tokensPage(c, keyId, p),
    queryFn: ({ signal }) =>
      nhnCall(c, 'listTokens', {
        params: { userAccessKeyId: keyId },
        query: { page: p.page, limit: p.limit, ...(p.status ? { status: p.status } : {}) },
        signal,
      }),
  });

type ExpireVars = { userAccessKeyId: string; tokenIds: number[] };

/**
 * #54 with the chosen IDs only: an empty body would expire every token of the key, which this console
 * never sends by accident.
 */
export function useExpireTokens(options?: NhnMutationOptions<NhnResult<'expireTokens'>, ExpireVars>) {
  const t = useCredentialsText();
  return useNhnMutation(
    {
      run: (c, v) => {
        if (v.tokenIds.length === 0) return Promise.reject(new Error(t.noTokenChosen));
        return nhnCall(c, 'expireTokens', {
          params: { userAccessKeyId: v.userAccessKeyId },
          json: { tokenIds: v.tokenIds },
        });
      },
      invalidates: (c, v) => [nhnKeys.tokens(c, v.userAccessKeyId), nhnKeys.accessKeys(c)],
      success: (v) => t.tokensExpired(v.tokenIds.length),
    },
    options,
  );
}

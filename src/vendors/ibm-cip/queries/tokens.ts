import { queryOptions } from '@tanstack/react-query';
import type { TokenType } from '../wire';
import { cipCall } from '../client';
import { useTokensText } from '../tokens/tokens-text';
import { cipKeys } from './keys';
import { useCipMutation, type CipMutationOptions } from './use-cip-mutation';

export const tokenTypesQuery = (c: string) =>
  queryOptions({
    queryKey: cipKeys.tokenTypes(c),
    queryFn: async ({ signal }) => (await cipCall(c, 'tokenTypes', { signal })).entries,
    staleTime: 5 * 60_000,
  });

/** V3: strings, e.g. `{"expiry":"600","tokenLength":"6"}`. */
export const tokenConfigQuery = (c: string, type: TokenType) =>
  queryOptions({
    queryKey: cipKeys.tokenConfig(c, type),
    queryFn: async ({ signal }) => (await cipCall(c, 'tokenConfig', { query: { type }, signal })).entry,
  });

export type TokenConfigVars = {
  type: TokenType;
  expiry: number;
  /** One-time passcodes only. */
  tokenLength: number | undefined;
  extensionData: string;
};

/**
 * V4 replaces the whole configuration, so every value is always sent; the parameters travel in the query
 * as the seed's example sends them.
 */
export function useSetTokenConfig(options?: CipMutationOptions<void, TokenConfigVars>) {
  const t = useTokensText();
  return useCipMutation(
    {
      run: async (c, v) => {
        await cipCall(c, 'setTokenConfig', {
          params: { type: v.type },
          query: {
            'token.expirytime': v.expiry,
            'token.tokenlength': v.tokenLength,
            extensionData: v.extensionData.trim() || undefined,
          },
        });
      },
      invalidates: (c, v) => [cipKeys.tokenConfig(c, v.type)],
      success: (v) => t.configSaved(v.type),
    },
    options,
  );
}

export type IssueTokenVars = { type: TokenType; uuid: string; extensionData: string | undefined };

/**
 * V5. The answer holds the token value: it goes to the caller's SecretOnce and nowhere else (no query key,
 * and the mutation keeps nothing once finished).
 */
export function useIssueToken(
  options?: CipMutationOptions<Awaited<ReturnType<typeof issue>>, IssueTokenVars>,
) {
  return useCipMutation({ run: issue, invalidates: () => [] }, options);
}

async function issue(c: string, v: IssueTokenVars) {
  return (
    await cipCall(c, 'createToken', {
      params: { type: v.type },
      query: { gtwayUuid: v.uuid, extensionData: v.extensionData },
    })
  ).entry;
}

export function useRevokeToken(options?: CipMutationOptions<void, { value: string }>) {
  const t = useTokensText();
  return useCipMutation(
    {
      run: async (c, v) => {
        await cipCall(c, 'deleteToken', { params: { value: v.value } });
      },
      invalidates: () => [],
      success: () => t.revoked,
    },
    options,
  );
}

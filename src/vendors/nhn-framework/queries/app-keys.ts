import { queryOptions } from '@tanstack/react-query';
import { nhnCall, type NhnResult } from '../client';
import { useCredentialsText } from '../credentials/credentials-text';
import type { ProjectAppKey } from '../wire/credentials';
import { nhnKeys } from './keys';
import { useNhnMutation, type NhnMutationOptions } from './use-nhn-mutation';

/** NHN Cloud allows three project AppKeys (30015); the list has no paging. */
export const MAX_APP_KEYS = 3;

export const appKeysQuery = (c: string, projectId: string) =>
  queryOptions({
    queryKey: nhnKeys.appKeys(c, projectId),
    queryFn: async ({ signal }): Promise<ProjectAppKey[]> =>
      (await nhnCall(c, 'listAppKeys', { params: { projectId }, signal })).authenticationList,
  });

type AddVars = { projectId: string; appkeyAlias: string };
type DeleteVars = { projectId: string; appKey: string };

export function useAddAppKey(options?: NhnMutationOptions<NhnResult<'addAppKey'>, AddVars>) {
  return useNhnMutation(
    {
      run: (c, v) =>
        nhnCall(c, 'addAppKey', { params: { projectId: v.projectId }, json: { appkeyAlias: v.appkeyAlias } }),
      invalidates: (c, v) => [nhnKeys.appKeys(c, v.projectId)],
    },
    options,
  );
}

export function useDeleteAppKey(options?: NhnMutationOptions<NhnResult<'deleteAppKey'>, DeleteVars>) {
  const t = useCredentialsText();
  return useNhnMutation(
    {
      run: (c, v) => nhnCall(c, 'deleteAppKey', { params: { projectId: v.projectId, appKey: v.appKey } }),
      invalidates: (c, v) => [nhnKeys.appKeys(c, v.projectId)],
      success: (v) => t.appKeyDeleted(v.appKey),
    },
    options,
  );
}

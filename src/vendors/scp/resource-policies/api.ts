import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { endpoint } from '@/lib/http/vendor-client';
import { HttpError } from '@/lib/http/errors';
import { scpCall } from '../client';
import { scpKeys } from '../queries/keys';
import { ResourcePolicyShowResponse, StatementResponse } from '../wire/resource-policies';

/** Resource-based policies, addressed by the SRN in Base64 (reference/scp-iam.md §2.J). */
export const resourcePolicyApi = {
  get: endpoint('GET', '/v1/resource-policies/{srn}', ResourcePolicyShowResponse),
  set: endpoint('PUT', '/v1/resource-policies/{srn}', ResourcePolicyShowResponse),
  remove: endpoint('DELETE', '/v1/resource-policies/{srn}', z.unknown()),
  addStatement: endpoint('POST', '/v1/resource-policies/{srn}/statements', StatementResponse),
  setStatement: endpoint('PUT', '/v1/resource-policies/{srn}/statements/{sid}', StatementResponse),
  removeStatement: endpoint('DELETE', '/v1/resource-policies/{srn}/statements/{sid}', z.unknown()),
};

/** Standard Base64 of the UTF-8 SRN; its `/` is escaped as `%2F` when the path is filled. */
export function encodeSrn(srn: string): string {
  let binary = '';
  for (const b of new TextEncoder().encode(srn)) binary += String.fromCharCode(b);
  return btoa(binary);
}

export const resourcePolicyKey = (c: string, srn: string) =>
  [...scpKeys.all(c), 'resource-policies', srn] as const;

/** The policy on an SRN, or null when the SRN has none yet (SCP answers 404). */
export const resourcePolicyQuery = (c: string, srn: string) =>
  queryOptions({
    queryKey: resourcePolicyKey(c, srn),
    queryFn: async ({ signal }) => {
      try {
        return await scpCall(c, resourcePolicyApi.get, { params: { srn: encodeSrn(srn) }, signal });
      } catch (err) {
        if (err instanceof HttpError && err.status === 404) return null;
        throw err;
      }
    },
  });

import type { z } from 'zod';
import { vendorCaller, type CallArgs, type Endpoint } from '@/lib/http/vendor-client';
import {
  CreateIdentifierResultSchema,
  DescribeIdentifiersResultSchema,
  DescribeSecurityPoliciesResultSchema,
  DescribeUsersResultSchema,
  EnableMfaResultSchema,
  GuardsResultSchema,
  IdentifierResultSchema,
  PasswordResultSchema,
  SecurityPoliciesResultSchema,
  SecurityPolicyResultSchema,
  UserResultSchema,
} from './wire';
import { gs2Errors } from './errors';

const ep = <S extends z.ZodType>(method: Endpoint['method'], path: string, response: S): Endpoint<S> => ({
  method,
  path,
  response,
});

/** Every GS2-Identifier operation the console calls, as data (reference/gs2-identifier.md §4.3). */
export const gs2Endpoints = {
  describeUsers: ep('GET', '/user', DescribeUsersResultSchema),
  createUser: ep('POST', '/user', UserResultSchema),
  getUser: ep('GET', '/user/{userName}', UserResultSchema),
  updateUser: ep('PUT', '/user/{userName}', UserResultSchema),
  deleteUser: ep('DELETE', '/user/{userName}', UserResultSchema),
  describeIdentifiers: ep('GET', '/user/{userName}/identifier', DescribeIdentifiersResultSchema),
  createIdentifier: ep('POST', '/user/{userName}/identifier', CreateIdentifierResultSchema),
  deleteIdentifier: ep('DELETE', '/user/{userName}/identifier/{clientId}', IdentifierResultSchema),
  describeAttachedGuards: ep('GET', '/user/{userName}/identifier/{clientId}/guard', GuardsResultSchema),
  attachGuard: ep('POST', '/user/{userName}/identifier/{clientId}/guard', GuardsResultSchema),
  detachGuard: ep(
    'DELETE',
    '/user/{userName}/identifier/{clientId}/guard/{guardNamespaceId}',
    GuardsResultSchema,
  ),
  createPassword: ep('POST', '/user/{userName}/password', PasswordResultSchema),
  getPassword: ep('GET', '/user/{userName}/password/entity', PasswordResultSchema),
  deletePassword: ep('DELETE', '/user/{userName}/password/entity', PasswordResultSchema),
  enableMfa: ep('POST', '/user/{userName}/mfa', EnableMfaResultSchema),
  challengeMfa: ep('POST', '/user/{userName}/mfa/challenge', PasswordResultSchema),
  disableMfa: ep('DELETE', '/user/{userName}/mfa', PasswordResultSchema),
  getHasSecurityPolicy: ep('GET', '/user/{userName}/securityPolicy', SecurityPoliciesResultSchema),
  attachSecurityPolicy: ep('POST', '/user/{userName}/securityPolicy', SecurityPoliciesResultSchema),
  detachSecurityPolicy: ep(
    'DELETE',
    '/user/{userName}/securityPolicy/{securityPolicyId}',
    SecurityPoliciesResultSchema,
  ),
  describeSecurityPolicies: ep('GET', '/securityPolicy', DescribeSecurityPoliciesResultSchema),
  describeCommonSecurityPolicies: ep('GET', '/securityPolicy/common', DescribeSecurityPoliciesResultSchema),
  createSecurityPolicy: ep('POST', '/securityPolicy', SecurityPolicyResultSchema),
  getSecurityPolicy: ep('GET', '/securityPolicy/{securityPolicyName}', SecurityPolicyResultSchema),
  updateSecurityPolicy: ep('PUT', '/securityPolicy/{securityPolicyName}', SecurityPolicyResultSchema),
  deleteSecurityPolicy: ep('DELETE', '/securityPolicy/{securityPolicyName}', SecurityPolicyResultSchema),
} as const;

export type Gs2Operation = keyof typeof gs2Endpoints;

const call = vendorCaller(gs2Errors);

/** Calls one GS2 operation through the connection's proxy; the answer is parsed with its wire schema. */
export function gs2Call<K extends Gs2Operation>(
  connectionId: string,
  operation: K,
  args?: CallArgs,
): Promise<z.output<(typeof gs2Endpoints)[K]['response']>> {
  return call(connectionId, gs2Endpoints[operation] as Endpoint, args) as Promise<
    z.output<(typeof gs2Endpoints)[K]['response']>
  >;
}

export type PageArgs = { pageToken?: string | null | undefined; limit?: number | undefined };

/** Paging query: an absent token is left out (the emulator also accepts the SDK's literal "null"). */
export const pageQuery = ({ pageToken, limit }: PageArgs): NonNullable<CallArgs['query']> => ({
  pageToken: pageToken ?? undefined,
  limit,
});

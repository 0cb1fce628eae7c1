import type { z } from 'zod';
import { vendorCaller, type CallArgs, type Endpoint } from '@/lib/http/vendor-client';
import {
  CheckUsernameResponseSchema,
  ClassicOkSchema,
  GroupNamesResponseSchema,
  KbaQuestionsResponseSchema,
  MemberListResponseSchema,
  PasswordLastChangedResponseSchema,
  ServiceNamesResponseSchema,
  ServiceParentResponseSchema,
  ServiceResponseSchema,
  TokenConfigResponseSchema,
  TokenCreatedResponseSchema,
  TokenDetailsResponseSchema,
  TokenTypesResponseSchema,
  UserCreatedResponseSchema,
  UserDetailsResponseSchema,
  UserKbaResponseSchema,
  UserResponseSchema,
  UserSearchResponseSchema,
  UserServicesResponseSchema,
  WrappedOkSchema,
} from './wire';
import { ibmCipErrors } from './errors';

const ep = <S extends z.ZodType>(method: Endpoint['method'], path: string, response: S): Endpoint<S> => ({
  method,
  path: `/GmaApi${path}`,
  response,
});

/** Every IBM CIP operation the console calls, as data (reference/ibm-cip.md §3). */
export const ibmCipEndpoints = {
  getUser: ep('GET', '/users/{user}', UserResponseSchema),
  searchUsers: ep('GET', '/users', UserSearchResponseSchema),
  createUser: ep('POST', '/users/{user}', UserCreatedResponseSchema),
  updateUser: ep('PUT', '/users/{uuid}', ClassicOkSchema),
  deleteUser: ep('DELETE', '/users/{uuid}', ClassicOkSchema),
  userServices: ep('GET', '/users/{uuid}/services', UserServicesResponseSchema),
  userKba: ep('GET', '/users/{uuid}/kba', UserKbaResponseSchema),
  updateKba: ep('PUT', '/users/{uuid}/kba', ClassicOkSchema),
  deleteKba: ep('DELETE', '/users/{uuid}/kba/{question}', ClassicOkSchema),
  checkKbaAnswer: ep('POST', '/users/{uuid}/kba/checkAnswer', ClassicOkSchema),
  checkPassword: ep('POST', '/users/{uuid}/checkPassword', ClassicOkSchema),
  changePassword: ep('POST', '/users/{uuid}/changePassword', ClassicOkSchema),
  passwordLastChanged: ep('GET', '/users/{user}/passwordLastChanged', PasswordLastChangedResponseSchema),
  activeKbaQuestions: ep('GET', '/kba/questions/active', KbaQuestionsResponseSchema),
  groupNames: ep('GET', '/groups/names', GroupNamesResponseSchema),
  groupMembers: ep('GET', '/groups/{group}/members', MemberListResponseSchema),
  createGroup: ep('POST', '/groups/{group}', ClassicOkSchema),
  addGroupMember: ep('PUT', '/groups/{group}/members/{uuid}', ClassicOkSchema),
  addGroupMembers: ep('PUT', '/groups/{group}/members', ClassicOkSchema),
  removeGroupMember: ep('DELETE', '/groups/{group}/members/{uuid}', ClassicOkSchema),
  removeGroupMembers: ep('DELETE', '/groups/{group}/members', ClassicOkSchema),
  deleteGroup: ep('DELETE', '/groups/{group}', ClassicOkSchema),
  serviceNames: ep('GET', '/services/names', ServiceNamesResponseSchema),
  getService: ep('GET', '/services/{service}', ServiceResponseSchema),
  serviceMembers: ep('GET', '/services/{service}/members', MemberListResponseSchema),
  serviceChildren: ep('GET', '/services/{service}/children', ServiceNamesResponseSchema),
  serviceParent: ep('GET', '/services/{service}/parent', ServiceParentResponseSchema),
  serviceContained: ep('GET', '/services/{service}/contained', ServiceNamesResponseSchema),
  serviceContainers: ep('GET', '/services/{service}/containers', ServiceNamesResponseSchema),
  createService: ep('POST', '/services/{service}', ClassicOkSchema),
  updateService: ep('PUT', '/services/{service}', ClassicOkSchema),
  deleteService: ep('DELETE', '/services/{service}', ClassicOkSchema),
  changeServiceMembers: ep('PUT', '/services/{service}/members', ClassicOkSchema),
  addServiceChild: ep('PUT', '/services/{service}/children/{child}', ClassicOkSchema),
  addServiceChildren: ep('PUT', '/services/{service}/children', ClassicOkSchema),
  removeServiceChild: ep('DELETE', '/services/{service}/children/{child}', ClassicOkSchema),
  // S15 and S17: POST removes several, as the API defines it.
  removeServiceChildren: ep('POST', '/services/{service}/children', ClassicOkSchema),
  addContainedService: ep('PUT', '/services/{service}/contained/{contained}', ClassicOkSchema),
  addContainedServices: ep('PUT', '/services/{service}/contained', ClassicOkSchema),
  removeContainedService: ep('DELETE', '/services/{service}/contained/{contained}', ClassicOkSchema),
  removeContainedServices: ep('POST', '/services/{service}/contained', ClassicOkSchema),
  tokenTypes: ep('GET', '/verificationToken/tokenTypes', TokenTypesResponseSchema),
  tokenConfig: ep('GET', '/verificationToken/tokenConfig', TokenConfigResponseSchema),
  setTokenConfig: ep('POST', '/verificationToken/tokenConfig/{type}', ClassicOkSchema),
  createToken: ep('POST', '/verificationToken/token/{type}', TokenCreatedResponseSchema),
  lookUpToken: ep('GET', '/verificationToken/token', TokenDetailsResponseSchema),
  deleteToken: ep('DELETE', '/verificationToken/token/{value}', ClassicOkSchema),
  checkUsername: ep('GET', '/identities/checkUsername', CheckUsernameResponseSchema),
  userDetails: ep('GET', '/identities/getUserDetails', UserDetailsResponseSchema),
  editUser: ep('POST', '/identities/editUser', WrappedOkSchema),
} as const;

export type IbmCipOperation = keyof typeof ibmCipEndpoints;
type Result<K extends IbmCipOperation> = z.output<(typeof ibmCipEndpoints)[K]['response']>;

const call = vendorCaller(ibmCipErrors);

/** Calls one IBM CIP operation through the connection's proxy; the answer is parsed with its wire schema. */
export function cipCall<K extends IbmCipOperation>(
  connectionId: string,
  operation: K,
  args?: CallArgs,
): Promise<Result<K>> {
  return call(connectionId, ibmCipEndpoints[operation] as Endpoint, args) as Promise<Result<K>>;
}

export type FormValues = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * A form body as the API wants it: multi-valued attributes and member lists repeat their key
 * (`member=a&member=b`); undefined values are left out.
 */
export function formBody(values: FormValues): URLSearchParams {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (typeof value === 'string') body.append(key, value);
    else for (const v of value) body.append(key, v);
  }
  return body;
}

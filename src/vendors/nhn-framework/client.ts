import type { z } from 'zod';
import { vendorCaller, type CallArgs, type Endpoint } from '@/lib/http/vendor-client';
import { HeaderOnlyResponse } from './wire/common';
import {
  AddProjectAppKeyResponse,
  CreateUserAccessKeyResponse,
  ListOrgCredentialsResponse,
  ListProjectAppKeysResponse,
  ListTokensResponse,
  ListUserAccessKeysResponse,
  ReissueSecretResponse,
} from './wire/credentials';
import {
  GetLoginFailSettingResponse,
  GetMfaSettingResponse,
  GetPasswordRuleResponse,
  GetSessionSettingResponse,
  ListGovernancesResponse,
  ListOrgDomainsResponse,
  ListOrgIpAclResponse,
} from './wire/governance';
import {
  AddIamOrgMemberResponse,
  GetIamOrgMemberResponse,
  GetIamProjectMemberResponse,
  ListIamOrgMembersResponse,
  ListIamProjectMembersResponse,
} from './wire/iam';
import {
  GetOrgMemberResponse,
  GetProjectMemberResponse,
  SearchOrgMembersResponse,
  SearchProjectMembersResponse,
} from './wire/members';
import { GetRoleGroupResponse, ListRoleGroupsResponse } from './wire/role-groups';
import { ListRolesResponse } from './wire/roles';
import {
  CreateProjectResponse,
  DisableProductResponse,
  EnableProductResponse,
  GetProjectProductResponse,
  ListOrgProjectsResponse,
  ProductHierarchyResponse,
} from './wire/projects';
import { nhnFrameworkErrors } from './errors';

const ep = <S extends z.ZodType>(method: Endpoint['method'], path: string, response: S): Endpoint<S> => ({
  method,
  path,
  response,
});

/** Every NHN Framework operation the console calls, as data (reference/nhn-framework.md §2, §4.2). */
export const nhnEndpoints = {
  listProjects: ep('GET', '/v1/organizations/{orgId}/projects', ListOrgProjectsResponse),
  createProject: ep('POST', '/v1/organizations/{orgId}/projects', CreateProjectResponse),
  deleteProject: ep('DELETE', '/v1/projects/{projectId}', HeaderOnlyResponse),
  productHierarchy: ep('GET', '/v1/product-uis/hierarchy', ProductHierarchyResponse),
  getProjectProduct: ep('GET', '/v1/projects/{projectId}/products/{productId}', GetProjectProductResponse),
  enableProduct: ep('POST', '/v1/projects/{projectId}/products/{productId}/enable', EnableProductResponse),
  disableProduct: ep(
    'DELETE',
    '/v1/projects/{projectId}/products/{productId}/disable',
    DisableProductResponse,
  ),
  searchOrgMembers: ep('POST', '/v1/organizations/{orgId}/members/search', SearchOrgMembersResponse),
  searchProjectMembers: ep('POST', '/v1/projects/{projectId}/members/search', SearchProjectMembersResponse),
  listGovernances: ep('GET', '/v1/organizations/{orgId}/governances', ListGovernancesResponse),
  listDomains: ep('GET', '/v1/organizations/{orgId}/domains', ListOrgDomainsResponse),
  getIpAcl: ep('GET', '/v1/organizations/{orgId}/products/ip-acl', ListOrgIpAclResponse),
  getSessionSetting: ep('GET', '/v1/iam/organizations/{orgId}/settings/session', GetSessionSettingResponse),
  getMfaSetting: ep('GET', '/v1/iam/organizations/{orgId}/settings/security-mfa', GetMfaSettingResponse),
  getLoginFailSetting: ep(
    'GET',
    '/v1/iam/organizations/{orgId}/settings/security-login-fail',
    GetLoginFailSettingResponse,
  ),
  getPasswordRule: ep('GET', '/v1/iam/organizations/{orgId}/settings/password-rule', GetPasswordRuleResponse),
  listUserAccessKeys: ep('GET', '/v1/authentications/user-access-keys', ListUserAccessKeysResponse),
  createUserAccessKey: ep('POST', '/v1/authentications/user-access-keys', CreateUserAccessKeyResponse),
  reissueSecret: ep(
    'PUT',
    '/v1/authentications/user-access-keys/{userAccessKeyId}/secretkey-reissue',
    ReissueSecretResponse,
  ),
  setUserAccessKeyStatus: ep(
    'PUT',
    '/v1/authentications/user-access-keys/{userAccessKeyId}',
    HeaderOnlyResponse,
  ),
  deleteUserAccessKey: ep(
    'DELETE',
    '/v1/authentications/user-access-keys/{userAccessKeyId}',
    HeaderOnlyResponse,
  ),
  listTokens: ep('GET', '/v1/authentications/user-access-keys/{userAccessKeyId}/tokens', ListTokensResponse),
  expireTokens: ep(
    'DELETE',
    '/v1/authentications/user-access-keys/{userAccessKeyId}/tokens',
    HeaderOnlyResponse,
  ),
  listAppKeys: ep(
    'GET',
    '/v1/authentications/projects/{projectId}/project-appkeys',
    ListProjectAppKeysResponse,
  ),
  addAppKey: ep('POST', '/v1/authentications/projects/{projectId}/project-appkeys', AddProjectAppKeyResponse),
  deleteAppKey: ep(
    'DELETE',
    '/v1/authentications/projects/{projectId}/project-appkeys/{appKey}',
    HeaderOnlyResponse,
  ),
  listOrgCredentials: ep(
    'GET',
    '/v1/authentications/organizations/{orgId}/user-access-keys',
    ListOrgCredentialsResponse,
  ),
  listOrgRoles: ep('GET', '/v1/organizations/{orgId}/roles', ListRolesResponse),
  listProjectRoles: ep('GET', '/v1/projects/{projectId}/roles', ListRolesResponse),
  getOrgMember: ep('GET', '/v1/organizations/{orgId}/members/{memberUuid}', GetOrgMemberResponse),
  getProjectMember: ep('GET', '/v1/projects/{projectId}/members/{memberUuid}', GetProjectMemberResponse),
  setOrgMemberRoles: ep('PUT', '/v1/organizations/{orgId}/members/{memberUuid}', HeaderOnlyResponse),
  setProjectMemberRoles: ep('PUT', '/v1/projects/{projectId}/members/{memberUuid}', HeaderOnlyResponse),
  listOrgRoleGroups: ep('GET', '/v1/organizations/{orgId}/project-role-groups', ListRoleGroupsResponse),
  getOrgRoleGroup: ep(
    'GET',
    '/v1/organizations/{orgId}/project-role-groups/{roleGroupId}',
    GetRoleGroupResponse,
  ),
  createOrgRoleGroup: ep('POST', '/v1/organizations/{orgId}/project-role-groups', HeaderOnlyResponse),
  deleteOrgRoleGroups: ep('DELETE', '/v1/organizations/{orgId}/project-role-groups', HeaderOnlyResponse),
  setOrgRoleGroupInfo: ep(
    'PUT',
    '/v1/organizations/{orgId}/project-role-groups/{roleGroupId}/infos',
    HeaderOnlyResponse,
  ),
  setOrgRoleGroupRoles: ep(
    'PUT',
    '/v1/organizations/{orgId}/project-role-groups/{roleGroupId}/roles',
    HeaderOnlyResponse,
  ),
  listProjectRoleGroups: ep('GET', '/v1/projects/{projectId}/project-role-groups', ListRoleGroupsResponse),
  getProjectRoleGroup: ep(
    'GET',
    '/v1/projects/{projectId}/project-role-groups/{roleGroupId}',
    GetRoleGroupResponse,
  ),
  createProjectRoleGroup: ep('POST', '/v1/projects/{projectId}/project-role-groups', HeaderOnlyResponse),
  deleteProjectRoleGroups: ep('DELETE', '/v1/projects/{projectId}/project-role-groups', HeaderOnlyResponse),
  setProjectRoleGroupInfo: ep(
    'PUT',
    '/v1/projects/{projectId}/project-role-groups/{roleGroupId}/infos',
    HeaderOnlyResponse,
  ),
  setProjectRoleGroupRoles: ep(
    'PUT',
    '/v1/projects/{projectId}/project-role-groups/{roleGroupId}/roles',
    HeaderOnlyResponse,
  ),
  listIamMembers: ep('GET', '/v1/iam/organizations/{orgId}/members', ListIamOrgMembersResponse),
  getIamMember: ep('GET', '/v1/iam/organizations/{orgId}/members/{memberUuid}', GetIamOrgMemberResponse),
  createIamMember: ep('POST', '/v1/iam/organizations/{orgId}/members', AddIamOrgMemberResponse),
  updateIamMember: ep('PUT', '/v1/iam/organizations/{orgId}/members/{memberUuid}', HeaderOnlyResponse),
  setIamPassword: ep(
    'POST',
    '/v1/iam/organizations/{orgId}/members/{memberId}/set-password',
    HeaderOnlyResponse,
  ),
  sendPasswordMail: ep(
    'POST',
    '/v1/iam/organizations/{orgId}/members/{memberId}/send-password-setup-mail',
    HeaderOnlyResponse,
  ),
  listProjectIam: ep('GET', '/v1/iam/projects/{projectId}/members', ListIamProjectMembersResponse),
  getProjectIam: ep('GET', '/v1/iam/projects/{projectId}/members/{memberUuid}', GetIamProjectMemberResponse),
  addProjectIam: ep('POST', '/v1/iam/projects/{projectId}/members', HeaderOnlyResponse),
  deleteProjectIam: ep('DELETE', '/v1/iam/projects/{projectId}/members', HeaderOnlyResponse),
  setProjectIamRoles: ep('PUT', '/v1/iam/projects/{projectId}/members/{memberUuid}', HeaderOnlyResponse),
} as const;

export type NhnOperation = keyof typeof nhnEndpoints;
export type NhnResult<K extends NhnOperation> = z.output<(typeof nhnEndpoints)[K]['response']>;

const call = vendorCaller(nhnFrameworkErrors);

/**
 * Calls one NHN Framework operation through the connection's proxy; the answer is parsed with its wire
 * schema, and a failure reported in the `header` (even with HTTP 200) throws `HttpError`.
 */
export function nhnCall<K extends NhnOperation>(
  connectionId: string,
  operation: K,
  args?: CallArgs,
): Promise<NhnResult<K>> {
  return call(connectionId, nhnEndpoints[operation] as Endpoint, args) as Promise<NhnResult<K>>;
}

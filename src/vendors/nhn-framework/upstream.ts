import { joinUrl, loginExchange, tokenFromResponse, tokenKey } from '../../server/proxy/login';
import { routeTable } from '../../server/proxy/route-table';
import type { VendorUpstream } from '../../server/proxy/types';

/** The Framework API's "token expired or invalid" result code, reported in the body (reference §2.14). */
const TOKEN_INVALID = 80007;

/**
 * NHN Framework routes (reference/nhn-framework.md §2.0). Member searches and price lookups are POSTs
 * that only read; creating a User Access Key and reissuing its secret return the secret, once.
 */
const routes = routeTable('/v1', {
  'POST /projects/{projectId}/members': 'write',
  'POST /organizations/{orgId}/projects': 'write',
  'DELETE /projects/{projectId}/members/{targetUuid}': 'write',
  'DELETE /projects/{projectId}': 'write',
  'DELETE /projects/{projectId}/products/{productId}/disable': 'write',
  'POST /projects/{projectId}/products/{productId}/enable': 'write',
  'GET /organizations/{orgId}/roles': 'read',
  'GET /projects/{projectId}/roles': 'read',
  'GET /organizations/{orgId}/domains': 'read',
  'GET /organizations/{orgId}/members/{memberUuid}': 'read',
  'POST /organizations/{orgId}/members/search': 'read',
  'GET /organizations/{orgId}/project-role-groups': 'read',
  'GET /product-uis/hierarchy': 'read',
  'GET /projects/{projectId}/products/{productId}': 'read',
  'GET /projects/{projectId}/members/{memberUuid}': 'read',
  'POST /projects/{projectId}/members/search': 'read',
  'GET /projects/{projectId}/project-role-groups/{roleGroupId}': 'read',
  'GET /organizations/{orgId}/project-role-groups/{roleGroupId}': 'read',
  'GET /projects/{projectId}/project-role-groups': 'read',
  'GET /organizations/{orgId}/projects': 'read',
  'GET /organizations/{orgId}/governances': 'read',
  'POST /organizations/{orgId}/project-role-groups': 'write',
  'DELETE /organizations/{orgId}/project-role-groups': 'write',
  'PUT /organizations/{orgId}/project-role-groups/{roleGroupId}/infos': 'write',
  'PUT /organizations/{orgId}/project-role-groups/{roleGroupId}/roles': 'write',
  'POST /projects/{projectId}/project-role-groups': 'write',
  'DELETE /projects/{projectId}/project-role-groups': 'write',
  'PUT /projects/{projectId}/project-role-groups/{roleGroupId}/infos': 'write',
  'PUT /projects/{projectId}/project-role-groups/{roleGroupId}/roles': 'write',
  'PUT /organizations/{orgId}/members/{memberUuid}': 'write',
  'PUT /projects/{projectId}/members/{memberUuid}': 'write',
  'GET /iam/organizations/{orgId}/members/{memberUuid}': 'read',
  'GET /iam/organizations/{orgId}/members': 'read',
  'POST /iam/organizations/{orgId}/members': 'write',
  'POST /iam/organizations/{orgId}/members/{memberId}/send-password-setup-mail': 'write',
  'PUT /iam/organizations/{orgId}/members/{memberUuid}': 'write',
  'POST /iam/organizations/{orgId}/members/{memberId}/set-password': 'write',
  'GET /iam/organizations/{orgId}/settings/session': 'read',
  'GET /iam/organizations/{orgId}/settings/security-mfa': 'read',
  'GET /iam/organizations/{orgId}/settings/security-login-fail': 'read',
  'GET /iam/organizations/{orgId}/settings/password-rule': 'read',
  'GET /organizations/{orgId}/products/ip-acl': 'read',
  'POST /billing/contracts/basic/products/prices/search': 'read',
  'GET /billing/contracts/basic/products': 'read',
  'GET /authentications/projects/{projectId}/project-appkeys': 'read',
  'GET /authentications/user-access-keys': 'read',
  'POST /authentications/projects/{projectId}/project-appkeys': 'write',
  'POST /authentications/user-access-keys': 'secret',
  'DELETE /authentications/projects/{projectId}/project-appkeys/{appKey}': 'write',
  'PUT /authentications/user-access-keys/{userAccessKeyId}/secretkey-reissue': 'secret',
  'PUT /authentications/user-access-keys/{userAccessKeyId}': 'write',
  'DELETE /authentications/user-access-keys/{userAccessKeyId}': 'write',
  'GET /authentications/user-access-keys/{userAccessKeyId}/tokens': 'read',
  'DELETE /authentications/user-access-keys/{userAccessKeyId}/tokens': 'write',
  'POST /iam/projects/{projectId}/members': 'write',
  'DELETE /iam/projects/{projectId}/members': 'write',
  'GET /iam/projects/{projectId}/members/{memberUuid}': 'read',
  'GET /iam/projects/{projectId}/members': 'read',
  'PUT /iam/projects/{projectId}/members/{memberUuid}': 'write',
  'GET /authentications/organizations/{orgId}/user-access-keys': 'read',
});

function resultCode(body: Buffer | undefined): number | undefined {
  if (!body || body.length === 0) return undefined;
  try {
    const json = JSON.parse(body.toString('utf8')) as { header?: { resultCode?: unknown } };
    return typeof json.header?.resultCode === 'number' ? json.header.resultCode : undefined;
  } catch {
    return undefined;
  }
}

/**
 * NHN Framework: a User Access Key token from `<tokenBaseUrl>/oauth2/token/create` (HTTP Basic, client
 * credentials), sent as `x-nhn-authorization: Bearer`. An expired token shows as resultCode 80007.
 */
export const nhnFrameworkUpstream: VendorUpstream = {
  vendor: 'nhn-framework',
  routes,
  authHeaders: ['x-nhn-authorization', 'authorization'],
  async authorize(conn, req, { tokens, http }) {
    const basic = Buffer.from(
      `${conn.settings.userAccessKeyId ?? ''}:${conn.secrets.secretAccessKey ?? ''}`,
    ).toString('base64');
    const token = await tokens.get(tokenKey(conn), () =>
      loginExchange('NHN Cloud', async () =>
        tokenFromResponse(
          await http.exchange({
            method: 'POST',
            url: joinUrl(
              conn.settings.tokenBaseUrl ?? 'https://oauth.api.nhncloudservice.com',
              '/oauth2/token/create',
            ),
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              accept: 'application/json',
              authorization: `Basic ${basic}`,
            },
            body: Buffer.from('grant_type=client_credentials'),
          }),
          'NHN Cloud',
        ),
      ),
    );
    req.headers['x-nhn-authorization'] = `Bearer ${token}`;
    return { token };
  },
  inspectsBody: true,
  tokenRejected: (status, _headers, body) => status === 401 || resultCode(body) === TOKEN_INVALID,
  probe: (conn) => ({
    method: 'GET',
    path: `/v1/organizations/${encodeURIComponent(conn.settings.orgId ?? '')}/projects`,
  }),
};

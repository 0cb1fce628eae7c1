import { routeTable } from '../../server/proxy/route-table';
import type { VendorUpstream } from '../../server/proxy/types';
import { SCP_CLIENT_TYPE, scpSignedHeaders } from './signature';

/**
 * SCP returns an access key's secret on every read; Tessera shows it once, on creation (a `secret` call,
 * audited), and masks it in every other answer before it leaves the server.
 */
const ACCESS_KEY_SECRETS = ['secret_key'];

/** SCP IAM routes (reference/scp-iam.md §2.K). A service account's detail holds its password: `secret`. */
const routes = routeTable('/v1', {
  'GET /endpoints': 'read',
  'GET /accounts/{accountId}/users': 'read',
  'POST /accounts/{accountId}/users': 'write',
  'GET /accounts/{accountId}/users/{userId}': 'read',
  'PUT /accounts/{accountId}/users/{userId}': 'write',
  'PUT /accounts/{accountId}/users/{userId}/password': 'write',
  'DELETE /accounts/{accountId}/users/{userId}': 'write',
  'DELETE /accounts/{accountId}/users/bulk': 'write',
  'GET /users/{userId}/policy-bindings': 'read',
  'POST /users/{userId}/policy-bindings': 'write',
  'DELETE /users/{userId}/policy-bindings/{policyId}': 'write',
  'GET /groups': 'read',
  'POST /groups': 'write',
  'GET /groups/{groupId}': 'read',
  'PUT /groups/{groupId}': 'write',
  'DELETE /groups/{groupId}': 'write',
  'GET /groups/{groupId}/members': 'read',
  'POST /groups/{groupId}/members': 'write',
  'DELETE /groups/{groupId}/members/{userId}': 'write',
  'GET /groups/{groupId}/policy-bindings': 'read',
  'POST /groups/{groupId}/policy-bindings': 'write',
  'DELETE /groups/{groupId}/policy-bindings/{policyId}': 'write',
  'GET /policies': 'read',
  'POST /policies/list': 'read',
  'POST /policies': 'write',
  'GET /policies/{policyId}': 'read',
  'PUT /policies/{policyId}': 'write',
  'DELETE /policies/{policyId}': 'write',
  'DELETE /policies/bulk': 'write',
  'GET /policies/{policyId}/bindings': 'read',
  'PUT /policies/{policyId}/bindings': 'write',
  'GET /roles': 'read',
  'POST /roles': 'write',
  'GET /roles/{roleId}': 'read',
  'PUT /roles/{roleId}': 'write',
  'PUT /roles/{roleId}/trust-policy': 'write',
  'DELETE /roles/{roleId}': 'write',
  'DELETE /roles/bulk': 'write',
  'GET /roles/{roleId}/policy-bindings': 'read',
  'POST /roles/{roleId}/policy-bindings': 'write',
  'DELETE /roles/{roleId}/policy-bindings': 'write',
  'DELETE /roles/{roleId}/policy-bindings/{policyId}': 'write',
  'GET /access-keys': { kind: 'read', mask: ACCESS_KEY_SECRETS },
  'POST /access-keys': 'secret',
  'POST /access-keys/send-otp': 'write',
  'GET /access-keys/{accessKeyId}': { kind: 'read', mask: ACCESS_KEY_SECRETS },
  'PUT /access-keys/{accessKeyId}': { kind: 'write', mask: ACCESS_KEY_SECRETS },
  'DELETE /access-keys/{accessKeyId}': 'write',
  'DELETE /access-keys/bulk': 'write',
  'GET /saml-providers': 'read',
  'POST /saml-providers': 'write',
  'GET /saml-providers/{samlProviderId}': 'read',
  'PUT /saml-providers/{samlProviderId}': 'write',
  'DELETE /saml-providers/bulk': 'write',
  'GET /service-accounts': 'read',
  'GET /service-accounts/{serviceAccountId}': 'secret',
  // SRNs hold slashes (`srn:e:::::iam:policy/<id>`), sent percent-encoded in one segment.
  'GET /resource-policies/{srn~}': 'read',
  'PUT /resource-policies/{srn~}': 'write',
  'DELETE /resource-policies/{srn~}': 'write',
  'POST /resource-policies/{srn~}/statements': 'write',
  'PUT /resource-policies/{srn~}/statements/{sid}': 'write',
  'DELETE /resource-policies/{srn~}/statements/{sid}': 'write',
});

/** SCP: every request signed (reference/scp-iam.md §1.4) over the absolute upstream URL as sent, query included. */
export const scpUpstream: VendorUpstream = {
  vendor: 'scp',
  routes,
  authHeaders: [
    'scp-accesskey',
    'scp-signature',
    'scp-timestamp',
    'scp-clienttype',
    'scp-accountid',
    'scp-api-version',
    'x-auth-token',
    'authorization',
  ],
  authorize(conn, req) {
    const signed = scpSignedHeaders({
      method: req.method,
      url: req.url,
      accessKey: conn.settings.accessKey ?? '',
      secretKey: conn.secrets.secretKey ?? '',
      accountId: conn.settings.accountId ?? '',
      clientType: conn.settings.clientType ?? SCP_CLIENT_TYPE,
      apiVersion: conn.settings.apiVersion ?? '1.2',
    });
    // The signer sets Accept-Language itself; a second, lower-case copy would be sent as well.
    delete req.headers['accept-language'];
    Object.assign(req.headers, signed);
    return Promise.resolve({});
  },
  probe: () => ({ method: 'GET', path: '/v1/groups?page=0&size=1' }),
};

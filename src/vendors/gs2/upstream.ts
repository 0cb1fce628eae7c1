import { joinUrl, loginExchange, tokenFromResponse, tokenKey } from '../../server/proxy/login';
import { routeTable } from '../../server/proxy/route-table';
import type { VendorUpstream } from '../../server/proxy/types';

/** GS2-Identifier routes (reference/gs2-identifier.md §4.3), logins excluded: the proxy logs in itself. */
const routes = routeTable('', {
  'GET /user': 'read',
  'POST /user': 'write',
  'PUT /user/{userName}': 'write',
  'GET /user/{userName}': 'read',
  'DELETE /user/{userName}': 'write',
  'GET /securityPolicy': 'read',
  'GET /securityPolicy/common': 'read',
  'POST /securityPolicy': 'write',
  'PUT /securityPolicy/{securityPolicyName}': 'write',
  'GET /securityPolicy/{securityPolicyName}': 'read',
  'DELETE /securityPolicy/{securityPolicyName}': 'write',
  'GET /user/{userName}/identifier': 'read',
  // The new credential's client secret is in this answer, once.
  'POST /user/{userName}/identifier': 'secret',
  'GET /user/{userName}/identifier/{clientId}': 'read',
  'DELETE /user/{userName}/identifier/{clientId}': 'write',
  'GET /user/{userName}/identifier/{clientId}/guard': 'read',
  'POST /user/{userName}/identifier/{clientId}/guard': 'write',
  'DELETE /user/{userName}/identifier/{clientId}/guard/{guardNamespaceId}': 'write',
  'GET /system/version': 'read',
  'POST /user/{userName}/password': 'write',
  'GET /user/{userName}/password/entity': 'read',
  'DELETE /user/{userName}/password/entity': 'write',
  // Returns the TOTP challenge token (the seed of the user's MFA).
  'POST /user/{userName}/mfa': 'secret',
  'POST /user/{userName}/mfa/challenge': 'write',
  'DELETE /user/{userName}/mfa': 'write',
  'GET /user/{userName}/securityPolicy': 'read',
  'POST /user/{userName}/securityPolicy': 'write',
  'DELETE /user/{userName}/securityPolicy/{securityPolicyId}': 'write',
});

/** GS2: a project token from `/projectToken/login` (client credentials), sent as a Bearer token. */
export const gs2Upstream: VendorUpstream = {
  vendor: 'gs2',
  routes,
  authHeaders: ['authorization', 'x-gs2-client-id'],
  async authorize(conn, req, { tokens, http }) {
    const clientId = conn.settings.clientId ?? '';
    const token = await tokens.get(tokenKey(conn), () =>
      loginExchange('GS2', async () =>
        tokenFromResponse(
          await http.exchange({
            method: 'POST',
            url: joinUrl(conn.baseUrl, '/projectToken/login'),
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: Buffer.from(
              JSON.stringify({ client_id: clientId, client_secret: conn.secrets.clientSecret ?? '' }),
            ),
          }),
          'GS2',
        ),
      ),
    );
    req.headers.authorization = `Bearer ${token}`;
    req.headers['x-gs2-client-id'] = clientId;
    return { token };
  },
  tokenRejected: (status) => status === 401,
  probe: () => ({ method: 'GET', path: '/user?limit=1' }),
};

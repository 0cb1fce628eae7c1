import { joinUrl, loginExchange, tokenFromResponse, tokenKey } from '../../server/proxy/login';
import { routeTable } from '../../server/proxy/route-table';
import type { VendorUpstream } from '../../server/proxy/types';

/**
 * IBM CIP routes (reference/ibm-cip.md §0.1). Several POSTs only read (autocomplete, notice tables) and
 * two POSTs remove things (S15, S17). KBA answers, password checks and verification tokens are `secret`.
 */
const routes = routeTable('/GmaApi', {
  'GET /users/{user}': 'read',
  'GET /users/{uuid}/services': 'read',
  'GET /users/{uuid}/kba': 'secret',
  'GET /users': 'read',
  'POST /users/{user}': 'write',
  'POST /users/{uuid}/kba/checkAnswer': 'secret',
  'POST /users/{uuid}/checkPassword': 'secret',
  'POST /users/{uuid}/changePassword': 'write',
  'GET /users/{user}/passwordLastChanged': 'read',
  'PUT /users/{uuid}': 'write',
  'PUT /users/{uuid}/kba': 'write',
  'DELETE /users/{user}': 'write',
  'DELETE /users/{uuid}/kba/{question}': 'write',
  'GET /kba/questions/active': 'read',
  'GET /kba/questions/inactive': 'read',
  'GET /kba/questions': 'read',
  'GET /groups/names': 'read',
  'GET /groups/{groupName}/members': 'read',
  'POST /groups/{groupName}': 'write',
  'PUT /groups/{groupName}/members/{userUuid}': 'write',
  'PUT /groups/{groupName}/members': 'write',
  'DELETE /groups/{groupName}/members/{memberUuid}': 'write',
  'DELETE /groups/{groupName}/members': 'write',
  'DELETE /groups/{groupName}': 'write',
  'GET /services/names': 'read',
  'GET /services/{serviceName}': 'read',
  'GET /services/{serviceName}/members': 'read',
  'GET /services/{serviceName}/children': 'read',
  'GET /services/{serviceName}/parent': 'read',
  'GET /services/{serviceName}/contained': 'read',
  'GET /services/{serviceName}/containers': 'read',
  'PUT /services/{serviceName}': 'write',
  'PUT /services/{serviceName}/members': 'write',
  'PUT /services/{serviceName}/children/{childServiceName}': 'write',
  'PUT /services/{serviceName}/children': 'write',
  'PUT /services/{serviceName}/contained/{containedServiceName}': 'write',
  'PUT /services/{serviceName}/contained': 'write',
  'DELETE /services/{serviceName}/children/{childServiceName}': 'write',
  'POST /services/{serviceName}/children': 'write',
  'DELETE /services/{serviceName}/contained/{containedService}': 'write',
  'POST /services/{serviceName}/contained': 'write',
  'POST /services/{serviceName}': 'write',
  'DELETE /services/{serviceName}': 'write',
  'GET /ss/getPasswordResetOptions': 'read',
  'GET /ss/getKba': 'read',
  'GET /ss/getBrandingFile': 'read',
  'GET /ss/getBrandingFiles': 'read',
  'GET /ss/getBranding': 'read',
  'GET /ss/initAppManagementSetup': 'read',
  'GET /ss/getSelfRegistrationOptions': 'read',
  'GET /ss/getUsernameRecoveryOptions': 'read',
  'GET /ss/getPortalOptions': 'read',
  'GET /ss/getEmailTemplate': 'read',
  'GET /ss/role/{roleUuid}': 'read',
  'GET /ss/getAppTextKeys': 'read',
  'GET /ss/getAttributeElements': 'read',
  'POST /ss/autocomplete': 'read',
  'GET /ss/getSelfServiceOptions': 'read',
  'GET /ss/noticeTypes': 'read',
  'GET /ss/notices/type/{noticeType}/langCode/{langCode}': 'read',
  'POST /ss/notices/getNoticeDataTables': 'read',
  'GET /ss/roles': 'read',
  'POST /ss/createNewInstance': 'write',
  'POST /ss/notices/type/{noticeType}': 'write',
  'POST /ss/role': 'write',
  'POST /ss/updateSelfRegistrationOptions': 'write',
  'POST /ss/updatePasswordResetOptions': 'write',
  'POST /ss/updateKba': 'write',
  'POST /ss/updateUsernameRecoveryOptions': 'write',
  'POST /ss/updateEmailTemplate': 'write',
  'PUT /ss/updateDefaultLanguage/{langCode}': 'write',
  'PUT /ss/updateSelfServiceOptions': 'write',
  'PUT /ss/role/{roleUuid}': 'write',
  'POST /ss/updateAttributeElements': 'write',
  'POST /ss/updateAppTextKeys': 'write',
  'POST /ss/uploadBrandingFile': 'write',
  'POST /ss/uploadBrandingFile/IE9': 'write',
  'PUT /ss/roles': 'write',
  'GET /verificationToken/tokenTypes': 'read',
  'GET /verificationToken/token': 'secret',
  'GET /verificationToken/tokenConfig': 'read',
  'POST /verificationToken/tokenConfig/{tokenType}': 'write',
  'POST /verificationToken/token/{tokenType}': 'secret',
  // The vendor takes the token itself in the path; it must not reach the audit or the logs.
  'DELETE /verificationToken/token/{tokenValue}': { kind: 'write', secretParams: ['tokenValue'] },
  'GET /identities/checkUsername': 'read',
  'GET /identities/getUserDetails': 'read',
  'POST /identities/addUser': 'write',
  'POST /identities/editUser': 'write',
  'POST /identities/removeUser': 'write',
});

/** IBM CIP: OAuth client credentials at `/GmaApi/oauth/token` (form body), Bearer token, renewed on `invalid_token`. */
export const ibmCipUpstream: VendorUpstream = {
  vendor: 'ibm-cip',
  routes,
  authHeaders: ['authorization'],
  async authorize(conn, req, { tokens, http }) {
    const form = new URLSearchParams({
      client_id: conn.settings.clientId ?? '',
      client_secret: conn.secrets.clientSecret ?? '',
      grant_type: 'client_credentials',
    });
    const token = await tokens.get(tokenKey(conn), () =>
      loginExchange('IBM CIP', async () =>
        tokenFromResponse(
          await http.exchange({
            method: 'POST',
            url: joinUrl(conn.baseUrl, '/GmaApi/oauth/token'),
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: Buffer.from(form.toString()),
          }),
          'IBM CIP',
        ),
      ),
    );
    req.headers.authorization = `Bearer ${token}`;
    return { token };
  },
  // Only `invalid_token` is worth a new token; `unauthorized` (no token at all) would fail again.
  tokenRejected: (status, _headers, body) =>
    status === 401 && (body === undefined || body.includes('invalid_token')),
  probe: () => ({ method: 'GET', path: '/GmaApi/groups/names' }),
};

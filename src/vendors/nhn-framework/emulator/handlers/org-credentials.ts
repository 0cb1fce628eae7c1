import type { Hono } from 'hono';
import { ListOrgCredentialsResponse } from '../../wire/credentials';
import { orgAccess } from '../auth/access';
import { maskSecret } from '../format';
import { pageQuery, paginate, reply } from '../respond';
import type { NhnEnv, Runtime } from '../runtime';
import { validTokenCount } from './user-access-keys';

/** #60: every User Access Key of the org's members, IDs masked and secrets blank, for audit. */
export function registerOrgCredentials(app: Hono<NhnEnv>, rt: Runtime): void {
  app.get('/v1/authentications/organizations/:orgId/user-access-keys', (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), ['Organization.UserAccessKey.List']);
    const { page, limit } = pageQuery(c);
    const members = new Set(
      rt.store.orgMembers
        .list((m) => m.orgId === org.orgId && m.memberUuid !== undefined)
        .map((m) => m.memberUuid),
    );
    const keys = rt.store.userAccessKeys.list((k) => members.has(k.ownerUuid));
    const { items, paging } = paginate(keys, page, limit);
    return reply(c, ListOrgCredentialsResponse, {
      paging,
      authenticationList: items.map((k) => ({
        authId: maskSecret(k.authId),
        uuid: k.ownerUuid,
        userAccessKeyID: maskSecret(k.userAccessKeyID),
        secretAccessKey: '',
        authStatus: k.authStatus,
        tokenExpiryPeriod: k.tokenExpiryPeriod,
        regDatetime: k.regDatetime,
        modDatetime: k.modDatetime,
        lastUsedDatetime: k.lastUsedDatetime,
        reIssueDatetime: k.reIssueDatetime,
        lastTokenUsedDatetime: k.lastTokenUsedDatetime,
        validTokenCount: validTokenCount(rt, k.userAccessKeyID),
      })),
    });
  });
}

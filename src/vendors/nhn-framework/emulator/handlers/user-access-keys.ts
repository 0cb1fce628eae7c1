import type { Hono } from 'hono';
import { randomString, randomUuid } from '../../../../emulator-kit/random-id';
import { HeaderOnlyResponse } from '../../wire/common';
import {
  CreateUserAccessKeyRequest,
  CreateUserAccessKeyResponse,
  ListUserAccessKeysResponse,
  ReissueSecretRequest,
  ReissueSecretResponse,
  UpdateUserAccessKeyStatusRequest,
} from '../../wire/credentials';
import type { UserAccessKey } from '../../wire/credentials';
import { enforceHomeAcl } from '../auth/access';
import { expireTokens, setSecret, tokenActive } from '../auth/secrets';
import { NhnError, RESULT } from '../errors';
import { maskSecret, zuluDate } from '../format';
import { readBody, reply } from '../respond';
import type { NhnContext, NhnEnv, Runtime } from '../runtime';
import type { UserAccessKeyRecord } from '../store';

/** At most five keys per account, NHN Cloud or IAM alike. */
export const MAX_KEYS_PER_ACCOUNT = 5;

export function validTokenCount(rt: Runtime, userAccessKeyID: string): number {
  const now = rt.now();
  return rt.store.tokens.list((t) => t.userAccessKeyID === userAccessKeyID && tokenActive(t, now)).length;
}

/**
 * A key of the caller's own. Keys are managed only by their owner: another member's key is -6, an
 * unknown one 60003.
 */
export function ownKey(c: NhnContext, rt: Runtime, id: string): UserAccessKeyRecord {
  enforceHomeAcl(c, rt);
  const key = rt.store.userAccessKeys.get(id);
  if (!key) throw new NhnError(RESULT.NO_DATA);
  if (key.ownerUuid !== c.var.caller.account.uuid) throw new NhnError(RESULT.FORBIDDEN);
  return key;
}

const toWire = (rt: Runtime, k: UserAccessKeyRecord): UserAccessKey => ({
  authId: k.authId,
  userAccessKeyID: k.userAccessKeyID,
  secretAccessKey: maskSecret(k.secretHint),
  authStatus: k.authStatus,
  uuid: k.ownerUuid,
  tokenExpiryPeriod: k.tokenExpiryPeriod,
  regDatetime: k.regDatetime,
  modDatetime: k.modDatetime,
  reIssueDatetime: k.reIssueDatetime,
  lastUsedDatetime: k.lastUsedDatetime,
  lastTokenUsedDatetime: k.lastTokenUsedDatetime,
  validTokenCount: validTokenCount(rt, k.userAccessKeyID),
});

const BASE = '/v1/authentications/user-access-keys';

/** #46, #48, #50, #51, #52: the caller's own User Access Keys. */
export function registerUserAccessKeys(app: Hono<NhnEnv>, rt: Runtime): void {
  app.get(BASE, (c) => {
    enforceHomeAcl(c, rt);
    const keys = rt.store.userAccessKeys.list((k) => k.ownerUuid === c.var.caller.account.uuid);
    return reply(c, ListUserAccessKeysResponse, { authentications: keys.map((k) => toWire(rt, k)) });
  });

  app.post(BASE, async (c) => {
    enforceHomeAcl(c, rt);
    const body = await readBody(c, CreateUserAccessKeyRequest, { optional: true });
    const owner = c.var.caller.account.uuid;
    if (rt.store.userAccessKeys.list((k) => k.ownerUuid === owner).length >= MAX_KEYS_PER_ACCOUNT) {
      throw new NhnError(
        RESULT.PARAMETER_NOT_APPROPRIATE,
        `An account can have at most ${MAX_KEYS_PER_ACCOUNT} User Access Keys.`,
      );
    }
    const key: UserAccessKeyRecord = {
      authId: randomUuid(),
      userAccessKeyID: randomString(20),
      secretHash: '',
      secretHint: '',
      ownerUuid: owner,
      authStatus: 'STABLE',
      tokenExpiryPeriod: body.tokenExpiryPeriod ?? rt.defaultTokenExpirySeconds,
      regDatetime: zuluDate(rt.now()),
      modDatetime: null,
      reIssueDatetime: null,
      lastUsedDatetime: null,
      lastTokenUsedDatetime: null,
    };
    const secretAccessKey = setSecret(key);
    rt.store.userAccessKeys.put(key.userAccessKeyID, key);
    return reply(c, CreateUserAccessKeyResponse, {
      authentication: {
        authId: key.authId,
        userAccessKeyID: key.userAccessKeyID,
        secretAccessKey,
        tokenExpiryPeriod: key.tokenExpiryPeriod,
      },
    });
  });

  app.put(`${BASE}/:id/secretkey-reissue`, async (c) => {
    const key = ownKey(c, rt, c.req.param('id'));
    const body = await readBody(c, ReissueSecretRequest, { optional: true });
    const now = zuluDate(rt.now());
    const updated = { ...key, reIssueDatetime: now, modDatetime: now };
    const secretAccessKey = setSecret(updated);
    rt.store.transaction(() => {
      rt.store.userAccessKeys.put(key.userAccessKeyID, updated);
      if (body.needExpireTokens) expireTokens(rt.store, key.userAccessKeyID);
    });
    return reply(c, ReissueSecretResponse, { authentication: { secretAccessKey } });
  });

  app.put(`${BASE}/:id`, async (c) => {
    const key = ownKey(c, rt, c.req.param('id'));
    if (key.authStatus === 'BLOCKED')
      throw new NhnError(RESULT.FORBIDDEN, 'A BLOCKED key can only be released by NHN Cloud.');
    const { status } = await readBody(c, UpdateUserAccessKeyStatusRequest);
    rt.store.transaction(() => {
      rt.store.userAccessKeys.put(key.userAccessKeyID, {
        ...key,
        authStatus: status,
        modDatetime: zuluDate(rt.now()),
      });
      // Stopping a key ends the tokens it issued; enabling it again does not revive them.
      if (status === 'STOP') expireTokens(rt.store, key.userAccessKeyID);
    });
    return reply(c, HeaderOnlyResponse, {});
  });

  app.delete(`${BASE}/:id`, (c) => {
    const key = ownKey(c, rt, c.req.param('id'));
    rt.store.transaction(() => {
      rt.store.userAccessKeys.delete(key.userAccessKeyID);
      for (const t of rt.store.tokens.list((t) => t.userAccessKeyID === key.userAccessKeyID))
        rt.store.tokens.delete(t.hash);
    });
    return reply(c, HeaderOnlyResponse, {});
  });
}

import { randomString, randomUuid } from '../../../emulator-kit/random-id';
import { setSecret } from './auth/secrets';
import { offsetDate, zuluDate } from './format';
import type { Runtime } from './runtime';
import type { MetaRecord, OrgRecord } from './store';
import { membershipKey } from './store';

/** What an organization looks like before anyone changes its governance settings in the vendor console. */
export function freshOrg(orgId: string, orgName: string, ownerUuid: string, now: Date): OrgRecord {
  return {
    orgId,
    orgName,
    ownerUuid,
    ownerCorporate: false,
    projectLimit: 10,
    ssoEnabled: false,
    regDateTime: offsetDate(now),
    domains: [],
    governances: [],
    ipAcl: [],
    session: {
      multiSessionsLimit: 1,
      sessionTimeoutMinutes: 60,
      mobileSessionTimeoutMinutes: 60,
      sessionType: 'fixed',
    },
    mfa: null,
    loginFail: null,
    passwordRule: {
      ruleType: 'default',
      passwordConstraints: {
        minLength: 8,
        mustNotIncludeIllegalSequence: true,
        mustIncludeUpperCase: false,
        mustIncludeLowerCase: true,
        mustIncludeNumberCase: true,
        mustIncludeSpecialCase: true,
      },
      passwordExpiry: { enabled: true, expiryDays: 90, allowExpend: true },
      limitPasswordReuse: { enabled: true, limitCount: 1 },
      applyRule: 'onChangePassword',
    },
  };
}

/**
 * The bootstrap credential every start prints: an organization, its OWNER (an NHN Cloud member) and the
 * OWNER's User Access Key. Created once, on an empty store, with or without demo data.
 */
export function bootstrap(
  rt: Runtime,
  orgName: string,
  fixed?: { userAccessKeyId: string; secretAccessKey: string },
): MetaRecord {
  const now = rt.now();
  const orgId = randomString(16);
  const ownerUuid = randomUuid();
  const userAccessKeyId = fixed?.userAccessKeyId ?? randomString(20);
  const key = {
    authId: randomUuid(),
    userAccessKeyID: userAccessKeyId,
    secretHash: '',
    secretHint: '',
    ownerUuid,
    authStatus: 'STABLE' as const,
    tokenExpiryPeriod: rt.defaultTokenExpirySeconds,
    regDatetime: zuluDate(now),
    modDatetime: null,
    reIssueDatetime: null,
    lastUsedDatetime: null,
    lastTokenUsedDatetime: null,
  };
  const secretAccessKey = setSecret(key, fixed?.secretAccessKey);
  const meta: MetaRecord = { orgId, ownerUuid, userAccessKeyId, secretAccessKey, tokenSeq: 0 };
  rt.store.transaction(() => {
    rt.store.accounts.put(ownerUuid, {
      uuid: ownerUuid,
      type: 'TOAST_CLOUD',
      email: 'owner@acme-games.example',
      name: 'Jiwoo Han',
      state: 'STABLE',
      secondFactorCertificationYn: 'Y',
      recentLoginYmdt: offsetDate(now),
      recentPasswordModifyYmdt: offsetDate(now),
    });
    rt.store.orgs.put(orgId, freshOrg(orgId, orgName, ownerUuid, now));
    const member = { orgId, memberUuid: ownerUuid, email: 'owner@acme-games.example' };
    rt.store.orgMembers.put(membershipKey(orgId, member), {
      key: membershipKey(orgId, member),
      ...member,
      inviteStatusCode: 'COMPLETE',
      blocked: false,
      joinYmdt: offsetDate(now),
      roles: [{ roleId: 'OWNER', regDateTime: offsetDate(now) }],
    });
    rt.store.userAccessKeys.put(userAccessKeyId, key);
    rt.store.meta.put('meta', meta);
  });
  return meta;
}

import { randomUuid } from '../../../../emulator-kit/random-id';
import { offsetDate } from '../format';
import { hashPassword } from '../iam-rules';
import type { AccountRecord, NhnStore } from '../store';
import { membershipKey } from '../store';
import type { Clock } from './org-settings';
import { CLOUD_MEMBERS, IAM_MEMBERS } from './people';

export function addCloudMembers(store: NhnStore, orgId: string, clock: Clock): AccountRecord[] {
  return CLOUD_MEMBERS.flatMap((p, i) => {
    const joined = offsetDate(clock.at(400 - i * 30));
    const roles = p.orgRoles.map((roleId) => ({ roleId, regDateTime: joined }));
    if (p.invited) {
      const key = membershipKey(orgId, { email: p.email });
      store.orgMembers.put(key, {
        key,
        orgId,
        email: p.email,
        inviteStatusCode: 'WAIT',
        blocked: false,
        joinYmdt: offsetDate(clock.at(2)),
        roles,
      });
      return [];
    }
    const account: AccountRecord = {
      uuid: randomUuid(),
      type: 'TOAST_CLOUD',
      email: p.email,
      name: p.name,
      state: p.state ?? 'STABLE',
      secondFactorCertificationYn: p.mfa ? 'Y' : 'N',
      recentLoginYmdt: offsetDate(clock.at(i % 7)),
      recentPasswordModifyYmdt: offsetDate(clock.at(60 + i * 9)),
    };
    store.accounts.put(account.uuid, account);
    const key = membershipKey(orgId, { memberUuid: account.uuid, email: p.email });
    store.orgMembers.put(key, {
      key,
      orgId,
      memberUuid: account.uuid,
      email: p.email,
      inviteStatusCode: 'COMPLETE',
      blocked: p.blocked ?? false,
      joinYmdt: joined,
      roles,
    });
    return [account];
  });
}

export function addIamMembers(store: NhnStore, orgId: string, clock: Clock): AccountRecord[] {
  return IAM_MEMBERS.map((p, i) => {
    const created = clock.at(350 - i * 15);
    const email = `${p.userCode.replace(/[^a-z0-9.]/g, '.')}@acme-games.example`;
    const lastLogin = p.neverLoggedIn ? null : offsetDate(clock.at(i % 5));
    const account: AccountRecord = {
      uuid: randomUuid(),
      type: 'IAM',
      email,
      name: p.name,
      state: p.leaved ? 'WITHDRAWN' : 'STABLE',
      secondFactorCertificationYn: 'N',
      recentLoginYmdt: lastLogin,
      recentPasswordModifyYmdt: p.neverLoggedIn ? null : offsetDate(clock.at(20 + i)),
      iam: {
        userCode: p.userCode,
        name: p.name,
        emailAddress: email,
        status: p.leaved ? 'leaved' : 'member',
        department: p.department,
        position: p.position,
        corporate: 'Acme Games',
        englishName: p.name,
        officeHoursBegin: '09:00',
        officeHoursEnd: '18:00',
        ...(p.phone ? { mobilePhone: p.phone, mobilePhoneCountryCode: '+82' } : {}),
        idProviderType: p.sso ? 'sso' : 'service',
        creationType: p.sso ? 'SSO' : 'registered',
        orgId,
        createdAt: offsetDate(created),
        lastAccessedAt: lastLogin,
        lastLoggedInAt: lastLogin,
        lastLoggedInIp: lastLogin ? `10.20.${i}.${10 + i}` : null,
        passwordChangedAt: p.neverLoggedIn || p.sso ? null : offsetDate(clock.at(20 + i)),
        passwordHash: p.neverLoggedIn || p.sso ? null : hashPassword(`Demo-${p.userCode}-Pw!9`),
        saasRoles: [
          { productId: 'kC4nS7xe', productName: 'Instance', role: i % 3 === 0 ? 'ADMIN' : 'MEMBER' },
        ],
      },
    };
    store.accounts.put(account.uuid, account);
    const key = membershipKey(orgId, { memberUuid: account.uuid, email });
    const roles = (p.orgRoles ?? ['NONE']).map((roleId) => ({ roleId, regDateTime: offsetDate(created) }));
    store.orgMembers.put(key, {
      key,
      orgId,
      memberUuid: account.uuid,
      email,
      inviteStatusCode: 'COMPLETE',
      blocked: false,
      joinYmdt: offsetDate(created),
      roles,
    });
    return account;
  });
}

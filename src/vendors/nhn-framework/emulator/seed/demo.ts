import { randomString, randomUuid } from '../../../../emulator-kit/random-id';
import { issueToken, setSecret } from '../auth/secrets';
import { findProduct } from '../catalog/products';
import { offsetDate, zuluDate } from '../format';
import { hashPassword } from '../iam-rules';
import type { Runtime } from '../runtime';
import type { AccountRecord, NhnStore, OrgRecord, ProjectRecord, RoleGroupRecord, StoredAssignment, UserAccessKeyRecord } from '../store';
import { membershipKey } from '../store';
import { CLOUD_MEMBERS, IAM_MEMBERS } from './people';

type Clock = { at: (daysAgo: number) => Date };

/** Governance as a security-minded studio would set it in the vendor console. */
function governOrg(org: OrgRecord, clock: Clock): OrgRecord {
  return {
    ...org,
    ssoEnabled: true,
    projectLimit: 5,
    domains: [{ domainId: randomString(16), domainName: 'acme-games' }],
    governances: [
      { governanceTypeCode: 'UNIQUE_INSTANCE_NAME', regDatetime: offsetDate(clock.at(300)) },
      { governanceTypeCode: 'BLOCK_STORAGE_SNAPSHOT', regDatetime: offsetDate(clock.at(120)) },
    ],
    // Loopback and private ranges stay allowed so the console (and its proxy) on this machine can call the API.
    ipAcl: [
      { ips: ['127.0.0.1', '::1', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] },
      { productId: 'oBj8St0r', ips: ['203.0.113.0/24', '198.51.100.7'] },
    ],
    session: { multiSessionsLimit: 2, sessionTimeoutMinutes: 30, mobileSessionTimeoutMinutes: 60, sessionType: 'idle' },
    mfa: {
      range: 'services',
      organizationMfaSetting: { type: 'email', bypassByIp: { enable: true, ipList: ['10.0.0.0/8'] } },
      serviceMfaSettings: [
        { serviceId: 'cloud', type: 'totp', bypassByIp: { enable: true, ipList: ['10.20.0.0/16', '192.168.10.5'] } },
        { serviceId: 'dooray', type: 'email', bypassByIp: { enable: false, ipList: [] } },
      ],
    },
    loginFail: { enable: true, loginFailCount: { limit: 5, blockMinutes: 30 } },
    passwordRule: {
      ...org.passwordRule,
      ruleType: 'custom',
      passwordConstraints: { ...org.passwordRule.passwordConstraints, minLength: 10, mustIncludeUpperCase: true },
      limitPasswordReuse: { enabled: true, limitCount: 3 },
      applyRule: 'onLogin',
    },
  };
}

function addCloudMembers(store: NhnStore, orgId: string, clock: Clock): AccountRecord[] {
  return CLOUD_MEMBERS.flatMap((p, i) => {
    const joined = offsetDate(clock.at(400 - i * 30));
    const roles = p.orgRoles.map((roleId) => ({ roleId, regDateTime: joined }));
    if (p.invited) {
      const key = membershipKey(orgId, { email: p.email });
      store.orgMembers.put(key, { key, orgId, email: p.email, inviteStatusCode: 'WAIT', blocked: false, joinYmdt: offsetDate(clock.at(2)), roles });
      return [];
    }
    const account: AccountRecord = {
      uuid: randomUuid(), type: 'TOAST_CLOUD', email: p.email, name: p.name, state: p.state ?? 'STABLE',
      secondFactorCertificationYn: p.mfa ? 'Y' : 'N', recentLoginYmdt: offsetDate(clock.at(i % 7)), recentPasswordModifyYmdt: offsetDate(clock.at(60 + i * 9)),
    };
    store.accounts.put(account.uuid, account);
    const key = membershipKey(orgId, { memberUuid: account.uuid, email: p.email });
    store.orgMembers.put(key, { key, orgId, memberUuid: account.uuid, email: p.email, inviteStatusCode: 'COMPLETE', blocked: p.blocked ?? false, joinYmdt: joined, roles });
    return [account];
  });
}

function addIamMembers(store: NhnStore, orgId: string, clock: Clock): AccountRecord[] {
  return IAM_MEMBERS.map((p, i) => {
    const created = clock.at(350 - i * 15);
    const email = `${p.userCode.replace(/[^a-z0-9.]/g, '.')}@acme-games.example`;
    const lastLogin = p.neverLoggedIn ? null : offsetDate(clock.at(i % 5));
    const account: AccountRecord = {
      uuid: randomUuid(), type: 'IAM', email, name: p.name, state: p.leaved ? 'WITHDRAWN' : 'STABLE', secondFactorCertificationYn: 'N',
      recentLoginYmdt: lastLogin, recentPasswordModifyYmdt: p.neverLoggedIn ? null : offsetDate(clock.at(20 + i)),
      iam: {
        userCode: p.userCode, name: p.name, emailAddress: email, status: p.leaved ? 'leaved' : 'member', department: p.department, position: p.position,
        corporate: 'Acme Games', englishName: p.name, officeHoursBegin: '09:00', officeHoursEnd: '18:00',
        ...(p.phone ? { mobilePhone: p.phone, mobilePhoneCountryCode: '+82' } : {}),
        idProviderType: p.sso ? 'sso' : 'service', creationType: p.sso ? 'SSO' : 'registered', orgId, createdAt: offsetDate(created),
        lastAccessedAt: lastLogin, lastLoggedInAt: lastLogin, lastLoggedInIp: lastLogin ? `10.20.${i}.${10 + i}` : null,
        passwordChangedAt: p.neverLoggedIn || p.sso ? null : offsetDate(clock.at(20 + i)),
        passwordHash: p.neverLoggedIn || p.sso ? null : hashPassword(`Demo-${p.userCode}-Pw!9`),
        saasRoles: [{ productId: 'kC4nS7xe', productName: 'Instance', role: i % 3 === 0 ? 'ADMIN' : 'MEMBER' }],
      },
    };
    store.accounts.put(account.uuid, account);
    const key = membershipKey(orgId, { memberUuid: account.uuid, email });
    const roles = (p.orgRoles ?? ['NONE']).map((roleId) => ({ roleId, regDateTime: offsetDate(created) }));
    store.orgMembers.put(key, { key, orgId, memberUuid: account.uuid, email, inviteStatusCode: 'COMPLETE', blocked: false, joinYmdt: offsetDate(created), roles });
    return account;
  });
}

function addProject(store: NhnStore, org: OrgRecord, name: string, description: string, since: Date, deletedAt?: Date): ProjectRecord {
  const project: ProjectRecord = {
    projectId: randomString(8), orgId: org.orgId, projectName: name, description, projectStatusCode: 'STABLE', regDateTime: offsetDate(since),
    modDateTime: offsetDate(deletedAt ?? since), ownerId: org.ownerUuid, deleted: deletedAt !== undefined,
    ...(deletedAt ? { delDateTime: offsetDate(deletedAt) } : {}),
  };
  store.projects.put(project.projectId, project);
  return project;
}

function addGroup(store: NhnStore, g: Omit<RoleGroupRecord, 'roleGroupId' | 'usedByNotificationGroup' | 'roles'> & { roles: [string, 'ALLOW' | 'DENY'][]; notify?: boolean }): string {
  const roleGroupId = randomString(16);
  store.roleGroups.put(roleGroupId, {
    roleGroupId, roleGroupType: g.roleGroupType, orgId: g.orgId, roleGroupName: g.roleGroupName, regDateTime: g.regDateTime,
    usedByNotificationGroup: g.notify ?? false, ...(g.projectId ? { projectId: g.projectId } : {}), ...(g.description ? { description: g.description } : {}),
    roles: g.roles.map(([roleId, roleApplyPolicyCode]) => ({
      roleId, roleApplyPolicyCode, regDateTime: g.regDateTime,
      ...(roleId === 'PROJECT_MEMBER_VIEWER' ? { conditions: [{ attributeId: 'SOURCE_IP', attributeOperatorTypeCode: 'ANY_MATCH' as const, attributeValues: ['10.0.0.0/8'] }] } : {}),
    })),
  });
  return roleGroupId;
}

function join(store: NhnStore, project: ProjectRecord, a: { uuid?: string; email: string }, roleIds: string[], at: Date, invited = false): void {
  const member = { ...(a.uuid ? { memberUuid: a.uuid } : {}), email: a.email };
  const key = membershipKey(project.projectId, member);
  const roles: StoredAssignment[] = roleIds.map((roleId) => ({ roleId, regDateTime: offsetDate(at) }));
  store.projectMembers.put(key, { key, projectId: project.projectId, ...member, statusCode: invited ? 'WAIT' : 'COMPLETE', relationDateTime: offsetDate(at), roles });
}

function enable(store: NhnStore, project: ProjectRecord, productId: string, at: Date, by: string): void {
  const product = findProduct(productId);
  if (!product) return;
  const key = `${project.projectId}/${productId}`;
  store.projectProducts.put(key, {
    key, projectId: project.projectId, productId, appKey: randomString(16), relationDate: offsetDate(at), updateDate: offsetDate(at), updateUuid: by,
    ...(product.usesSecretKey ? { secretKey: randomString(8) } : {}), ...(product.hasTenant ? { externalId: randomString(32, '0123456789abcdef') } : {}),
  });
}

function addKey(rt: Runtime, ownerUuid: string, at: Date, opts: { status?: 'STOP'; expiry?: number; tokens?: number } = {}): UserAccessKeyRecord {
  const key: UserAccessKeyRecord = {
    authId: randomUuid(), userAccessKeyID: randomString(20), secretHash: '', secretHint: '', ownerUuid, authStatus: opts.status ?? 'STABLE',
    tokenExpiryPeriod: opts.expiry ?? 86_400, regDatetime: zuluDate(at), modDatetime: null, reIssueDatetime: null,
    lastUsedDatetime: opts.tokens ? zuluDate(rt.now()) : null, lastTokenUsedDatetime: opts.tokens ? zuluDate(rt.now()) : null,
  };
  setSecret(key);
  rt.store.userAccessKeys.put(key.userAccessKeyID, key);
  for (let i = 0; i < (opts.tokens ?? 0); i++) issueToken(rt.store, key, rt.now());
  return key;
}

/** Demo data for a console walk-through, added to the bootstrap organization and its OWNER. */
export function seedDemo(rt: Runtime): void {
  const { store } = rt;
  const meta = store.meta.get('meta');
  const base = store.orgs.get(meta?.orgId ?? '');
  if (!meta || !base) return;
  const now = rt.now().getTime();
  const clock: Clock = { at: (daysAgo) => new Date(now - daysAgo * 86_400_000) };
  const org = governOrg(base, clock);
  const owner = { uuid: meta.ownerUuid, email: store.accounts.get(meta.ownerUuid)?.email ?? '' };
  store.transaction(() => {
    store.orgs.put(org.orgId, { ...org, regDateTime: offsetDate(clock.at(520)) });
    const ownerKey = membershipKey(org.orgId, { memberUuid: owner.uuid, email: owner.email });
    const ownership = store.orgMembers.get(ownerKey);
    if (ownership) store.orgMembers.put(ownerKey, { ...ownership, joinYmdt: offsetDate(clock.at(520)) });
    const cloud = addCloudMembers(store, org.orgId, clock);
    const iam = addIamMembers(store, org.orgId, clock);
    const person = (list: AccountRecord[], i: number) => list[i] ?? { uuid: owner.uuid, email: owner.email };

    const live = addProject(store, org, 'Live Ops', 'Production game servers and operations tooling', clock.at(380));
    const data = addProject(store, org, 'Data Platform', 'Telemetry pipeline and analytics', clock.at(200));
    addProject(store, org, 'Legacy Launcher', 'Retired PC launcher', clock.at(500), clock.at(90));

    const at = (d: number) => offsetDate(clock.at(d));
    const developers = addGroup(store, { roleGroupType: 'ORG', orgId: org.orgId, roleGroupName: 'Developers', description: 'Build and run services in any project', regDateTime: at(250), roles: [['MEMBER', 'ALLOW'], ['INSTANCE_ADMIN', 'ALLOW'], ['OBJECT_STORAGE_ADMIN', 'ALLOW'], ['SMS_ADMIN', 'DENY']] });
    const auditors = addGroup(store, { roleGroupType: 'ORG', orgId: org.orgId, roleGroupName: 'Auditors', description: 'Read-only review from the office network', regDateTime: at(240), roles: [['PROJECT_MEMBER_VIEWER', 'ALLOW'], ['MEMBER', 'ALLOW']] });
    const onCall = addGroup(store, { roleGroupType: 'PROJECT', orgId: org.orgId, projectId: live.projectId, roleGroupName: 'On-call', description: 'Incident response for live servers', regDateTime: at(200), roles: [['INSTANCE_ADMIN', 'ALLOW'], ['LOG_CRASH_SEARCH_ADMIN', 'ALLOW'], ['AUTO_SCALE_ADMIN', 'ALLOW']] });
    addGroup(store, { roleGroupType: 'PROJECT', orgId: org.orgId, projectId: data.projectId, roleGroupName: 'Analysts', description: 'Query logs and read exports', regDateTime: at(150), roles: [['LOG_CRASH_SEARCH_VIEWER', 'ALLOW'], ['OBJECT_STORAGE_VIEWER', 'ALLOW']], notify: true });

    join(store, live, owner, ['ADMIN'], clock.at(380));
    join(store, live, person(cloud, 0), ['ADMIN'], clock.at(370));
    join(store, live, person(cloud, 1), ['PROJECT_MEMBER_ADMIN', 'MEMBER'], clock.at(300));
    join(store, live, person(cloud, 3), [developers], clock.at(280));
    join(store, live, { email: 'sofia.rossi@outsourcing.example' }, ['MEMBER'], clock.at(2), true);
    [0, 1, 2].forEach((i) => join(store, live, person(iam, i), [developers], clock.at(250 - i)));
    [3, 4, 5].forEach((i) => join(store, live, person(iam, i), [onCall, 'MEMBER'], clock.at(240 - i)));
    join(store, live, person(iam, 10), [auditors], clock.at(100));
    [11, 12].forEach((i) => join(store, live, person(iam, i), ['MEMBER', 'INSTANCE_VIEWER'], clock.at(90)));

    join(store, data, owner, ['ADMIN'], clock.at(200));
    join(store, data, person(iam, 6), ['ADMIN'], clock.at(199));
    [7, 8].forEach((i) => join(store, data, person(iam, i), ['MEMBER', 'LOG_CRASH_SEARCH_VIEWER'], clock.at(150)));
    join(store, data, person(cloud, 4), [auditors], clock.at(120));
    join(store, data, person(iam, 17), ['OBJECT_STORAGE_ADMIN'], clock.at(60));

    for (const id of ['kC4nS7xe', 'Ab3sCl9q', 'oBj8St0r', 'LcS2rch7', 'Nt1fSmS0']) enable(store, live, id, clock.at(360), owner.uuid);
    for (const id of ['oBj8St0r', 'LcS2rch7']) enable(store, data, id, clock.at(190), owner.uuid);
    // Live Ops sits at the AppKey limit; Data Platform has room for more.
    for (const [p, alias, d] of [[live, 'game-server', 300], [live, 'ops-dashboard', 200], [live, 'ci-pipeline', 50], [data, 'etl-jobs', 150]] as const) {
      const appKey = randomString(20);
      store.projectAppKeys.put(appKey, { authId: randomUuid(), appKey, alias, projectId: p.projectId, authStatus: 'STABLE', regDatetime: zuluDate(clock.at(d)), modDatetime: null, reIssueDatetime: null, lastUsedDatetime: zuluDate(clock.at(1)) });
    }

    addKey(rt, owner.uuid, clock.at(40), { status: 'STOP', expiry: 3_600 });
    addKey(rt, person(cloud, 0).uuid, clock.at(100), { tokens: 2 });
    addKey(rt, person(iam, 17).uuid, clock.at(80), { expiry: 3_600, tokens: 3 });
    addKey(rt, person(iam, 18).uuid, clock.at(30), { tokens: 1 });
    addKey(rt, person(iam, 9).uuid, clock.at(10), { expiry: 600 });
  });
}

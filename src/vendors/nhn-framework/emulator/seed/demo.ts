import { randomString, randomUuid } from '../../../../emulator-kit/random-id';
import { offsetDate, zuluDate } from '../format';
import type { Runtime } from '../runtime';
import type { AccountRecord } from '../store';
import { membershipKey } from '../store';
import { addCloudMembers, addIamMembers } from './accounts';
import { addGroup, addKey, addProject, enable, join } from './builders';
import { governOrg } from './org-settings';
import type { Clock } from './org-settings';

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

    const live = addProject(
      store,
      org,
      'Live Ops',
      'Production game servers and operations tooling',
      clock.at(380),
    );
    const data = addProject(store, org, 'Data Platform', 'Telemetry pipeline and analytics', clock.at(200));
    addProject(store, org, 'Legacy Launcher', 'Retired PC launcher', clock.at(500), clock.at(90));

    const at = (d: number) => offsetDate(clock.at(d));
    const developers = addGroup(store, {
      roleGroupType: 'ORG',
      orgId: org.orgId,
      roleGroupName: 'Developers',
      description: 'Build and run services in any project',
      regDateTime: at(250),
      roles: [
        ['MEMBER', 'ALLOW'],
        ['INSTANCE_ADMIN', 'ALLOW'],
        ['OBJECT_STORAGE_ADMIN', 'ALLOW'],
        ['SMS_ADMIN', 'DENY'],
      ],
    });
    const auditors = addGroup(store, {
      roleGroupType: 'ORG',
      orgId: org.orgId,
      roleGroupName: 'Auditors',
      description: 'Read-only review from the office network',
      regDateTime: at(240),
      roles: [
        ['PROJECT_MEMBER_VIEWER', 'ALLOW'],
        ['MEMBER', 'ALLOW'],
      ],
    });
    const onCall = addGroup(store, {
      roleGroupType: 'PROJECT',
      orgId: org.orgId,
      projectId: live.projectId,
      roleGroupName: 'On-call',
      description: 'Incident response for live servers',
      regDateTime: at(200),
      roles: [
        ['INSTANCE_ADMIN', 'ALLOW'],
        ['LOG_CRASH_SEARCH_ADMIN', 'ALLOW'],
        ['AUTO_SCALE_ADMIN', 'ALLOW'],
      ],
    });
    addGroup(store, {
      roleGroupType: 'PROJECT',
      orgId: org.orgId,
      projectId: data.projectId,
      roleGroupName: 'Analysts',
      description: 'Query logs and read exports',
      regDateTime: at(150),
      roles: [
        ['LOG_CRASH_SEARCH_VIEWER', 'ALLOW'],
        ['OBJECT_STORAGE_VIEWER', 'ALLOW'],
      ],
      notify: true,
    });

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
    [7, 8].forEach((i) =>
      join(store, data, person(iam, i), ['MEMBER', 'LOG_CRASH_SEARCH_VIEWER'], clock.at(150)),
    );
    join(store, data, person(cloud, 4), [auditors], clock.at(120));
    join(store, data, person(iam, 17), ['OBJECT_STORAGE_ADMIN'], clock.at(60));

    for (const id of ['kC4nS7xe', 'Ab3sCl9q', 'oBj8St0r', 'LcS2rch7', 'Nt1fSmS0'])
      enable(store, live, id, clock.at(360), owner.uuid);
    for (const id of ['oBj8St0r', 'LcS2rch7']) enable(store, data, id, clock.at(190), owner.uuid);
    // Live Ops sits at the AppKey limit; Data Platform has room for more.
    for (const [p, alias, d] of [
      [live, 'game-server', 300],
      [live, 'ops-dashboard', 200],
      [live, 'ci-pipeline', 50],
      [data, 'etl-jobs', 150],
    ] as const) {
      const appKey = randomString(20);
      store.projectAppKeys.put(appKey, {
        authId: randomUuid(),
        appKey,
        alias,
        projectId: p.projectId,
        authStatus: 'STABLE',
        regDatetime: zuluDate(clock.at(d)),
        modDatetime: null,
        reIssueDatetime: null,
        lastUsedDatetime: zuluDate(clock.at(1)),
      });
    }

    addKey(rt, owner.uuid, clock.at(40), { status: 'STOP', expiry: 3_600 });
    addKey(rt, person(cloud, 0).uuid, clock.at(100), { tokens: 2 });
    addKey(rt, person(iam, 17).uuid, clock.at(80), { expiry: 3_600, tokens: 3 });
    addKey(rt, person(iam, 18).uuid, clock.at(30), { tokens: 1 });
    addKey(rt, person(iam, 9).uuid, clock.at(10), { expiry: 600 });
  });
}

import { randomString, randomUuid } from '../../../../emulator-kit/random-id';
import { issueToken, setSecret } from '../auth/secrets';
import { findProduct } from '../catalog/products';
import { offsetDate, zuluDate } from '../format';
import type { Runtime } from '../runtime';
import type {
  NhnStore,
  OrgRecord,
  ProjectRecord,
  RoleGroupRecord,
  StoredAssignment,
  UserAccessKeyRecord,
} from '../store';
import { membershipKey } from '../store';

/** Small constructors of demo records, so the demo reads as a list of facts. */

export function addProject(
  store: NhnStore,
  org: OrgRecord,
  name: string,
  description: string,
  since: Date,
  deletedAt?: Date,
): ProjectRecord {
  const project: ProjectRecord = {
    projectId: randomString(8),
    orgId: org.orgId,
    projectName: name,
    description,
    projectStatusCode: 'STABLE',
    regDateTime: offsetDate(since),
    modDateTime: offsetDate(deletedAt ?? since),
    ownerId: org.ownerUuid,
    deleted: deletedAt !== undefined,
    ...(deletedAt ? { delDateTime: offsetDate(deletedAt) } : {}),
  };
  store.projects.put(project.projectId, project);
  return project;
}

export function addGroup(
  store: NhnStore,
  g: Omit<RoleGroupRecord, 'roleGroupId' | 'usedByNotificationGroup' | 'roles'> & {
    roles: [string, 'ALLOW' | 'DENY'][];
    notify?: boolean;
  },
): string {
  const roleGroupId = randomString(16);
  store.roleGroups.put(roleGroupId, {
    roleGroupId,
    roleGroupType: g.roleGroupType,
    orgId: g.orgId,
    roleGroupName: g.roleGroupName,
    regDateTime: g.regDateTime,
    usedByNotificationGroup: g.notify ?? false,
    ...(g.projectId ? { projectId: g.projectId } : {}),
    ...(g.description ? { description: g.description } : {}),
    roles: g.roles.map(([roleId, roleApplyPolicyCode]) => ({
      roleId,
      roleApplyPolicyCode,
      regDateTime: g.regDateTime,
      ...(roleId === 'PROJECT_MEMBER_VIEWER'
        ? {
            conditions: [
              {
                attributeId: 'SOURCE_IP',
                attributeOperatorTypeCode: 'ANY_MATCH' as const,
                attributeValues: ['10.0.0.0/8'],
              },
            ],
          }
        : {}),
    })),
  });
  return roleGroupId;
}

export function join(
  store: NhnStore,
  project: ProjectRecord,
  a: { uuid?: string; email: string },
  roleIds: string[],
  at: Date,
  invited = false,
): void {
  const member = { ...(a.uuid ? { memberUuid: a.uuid } : {}), email: a.email };
  const key = membershipKey(project.projectId, member);
  const roles: StoredAssignment[] = roleIds.map((roleId) => ({ roleId, regDateTime: offsetDate(at) }));
  store.projectMembers.put(key, {
    key,
    projectId: project.projectId,
    ...member,
    statusCode: invited ? 'WAIT' : 'COMPLETE',
    relationDateTime: offsetDate(at),
    roles,
  });
}

export function enable(
  store: NhnStore,
  project: ProjectRecord,
  productId: string,
  at: Date,
  by: string,
): void {
  const product = findProduct(productId);
  if (!product) return;
  const key = `${project.projectId}/${productId}`;
  store.projectProducts.put(key, {
    key,
    projectId: project.projectId,
    productId,
    appKey: randomString(16),
    relationDate: offsetDate(at),
    updateDate: offsetDate(at),
    updateUuid: by,
    ...(product.usesSecretKey ? { secretKey: randomString(8) } : {}),
    ...(product.hasTenant ? { externalId: randomString(32, '0123456789abcdef') } : {}),
  });
}

export function addKey(
  rt: Runtime,
  ownerUuid: string,
  at: Date,
  opts: { status?: 'STOP'; expiry?: number; tokens?: number } = {},
): UserAccessKeyRecord {
  const key: UserAccessKeyRecord = {
    authId: randomUuid(),
    userAccessKeyID: randomString(20),
    secretHash: '',
    secretHint: '',
    ownerUuid,
    authStatus: opts.status ?? 'STABLE',
    tokenExpiryPeriod: opts.expiry ?? 86_400,
    regDatetime: zuluDate(at),
    modDatetime: null,
    reIssueDatetime: null,
    lastUsedDatetime: opts.tokens ? zuluDate(rt.now()) : null,
    lastTokenUsedDatetime: opts.tokens ? zuluDate(rt.now()) : null,
  };
  setSecret(key);
  rt.store.userAccessKeys.put(key.userAccessKeyID, key);
  for (let i = 0; i < (opts.tokens ?? 0); i++) issueToken(rt.store, key, rt.now());
  return key;
}

/** Demo data for a console walk-through, added to the bootstrap organization and its OWNER. */

import type {
  AttributeCreationTypeCode,
  AttributeDataTypeCode,
  AttributeOperatorTypeCode,
  RoleApplyPolicyCode,
} from '../wire/common';
import type { TrailingSlashPolicyCode } from '../wire/config';
import type { UserHistoryType } from '../wire/users';

/** The stored shapes of one ROLE tenant; handlers turn them into the wire bundles. */

export type Condition = {
  attributeId: string;
  attributeOperatorTypeCode: AttributeOperatorTypeCode;
  attributeValues: string[];
};

export type UserRoleRelation = {
  scopeId: string;
  roleId: string;
  roleApplyPolicyCode: RoleApplyPolicyCode;
  conditions: Condition[];
  regYmdt: string;
};

export type User = {
  userId: string;
  description: string | null;
  regYmdt: string;
  roleRelations: UserRoleRelation[];
};

/** `roleId` includes `relatedRoleId`: holding roleId grants what relatedRoleId grants. */
export type RoleRelation = {
  relatedRoleId: string;
  roleApplyPolicyCode: RoleApplyPolicyCode;
  conditions: Condition[];
  regDateTime: string;
};

export type Role = {
  roleId: string;
  roleName: string | null;
  roleGroup: string | null;
  description: string | null;
  exposureOrder: number;
  regDateTime: string;
  roleTagIds: string[];
  roleRelations: RoleRelation[];
};

export type Scope = { scopeId: string; description: string | null };
export type Operation = { operationId: string; description: string | null };

export type Resource = {
  resourceId: string;
  name: string | null;
  description: string | null;
  path: string;
  uiPath: string;
  priority: number;
  metadata: string | null;
};

/** Role may perform operation on resource; not scoped. */
export type Authorization = { resourceId: string; operationId: string; roleId: string };

export type Attribute = {
  attributeId: string;
  attributeName: string | null;
  description: string | null;
  attributeCreationTypeCode: AttributeCreationTypeCode;
  attributeDataTypeCode: AttributeDataTypeCode;
  roles: { roleId: string; regYmdt: string }[];
  tags: { attributeTagId: string; regYmdt: string }[];
};

export type UserHistory = {
  userHistorySeq: number;
  userId: string;
  command: UserHistoryType;
  executionTime: string;
  operatorUuid: string | null;
  roleId: string | null;
  scopeId: string | null;
  roleApplyPolicyCode: RoleApplyPolicyCode | null;
  conditions: Condition[] | null;
};

export type TenantConfig = {
  resourcePathTrailingSlashMatchPolicyCode: TrailingSlashPolicyCode;
  cacheTtl: number;
  cacheSize: number;
  cacheSizeByPath: number;
  cacheSizeTree: number;
  cacheFlushTime: string;
};

export type Tenant = { appKey: string; secretKey: string; config: TenantConfig; nextHistorySeq: number };

export const ALL_SCOPE = 'ALL';

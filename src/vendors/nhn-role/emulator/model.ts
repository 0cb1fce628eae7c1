import type { Condition, RoleRelation } from '../engine/model';
import type { AttributeCreationTypeCode, AttributeDataTypeCode, RoleApplyPolicyCode } from '../wire/common';
import type { TrailingSlashPolicyCode } from '../wire/config';
import type { UserHistoryType } from '../wire/users';

/** The stored shapes of one ROLE tenant; handlers turn them into the wire bundles. */

export type {
  Authorization,
  Condition,
  Resource,
  RoleRelation,
  User,
  UserRoleRelation,
} from '../engine/model';
export { ALL_SCOPE } from '../engine/model';

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

export type Attribute = {
  attributeId: string;
  attributeName: string | null;
  description: string | null;
  attributeCreationTypeCode: AttributeCreationTypeCode;
  attributeDataTypeCode: AttributeDataTypeCode;
  roles: { roleId: string; regYmdt: string }[];
  tags: { attributeTagId: string; regYmdt: string }[];
};

export type Scope = { scopeId: string; description: string | null };
export type Operation = { operationId: string; description: string | null };

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

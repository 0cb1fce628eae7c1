import type { AttributeOperatorTypeCode, RoleApplyPolicyCode } from '../wire/common';

/**
 * The stored shapes the authorization engine reads. They live beside the engine, not in the emulator, so
 * the console can run the very same engine in the browser over data it fetched.
 */

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

/** The scope every tenant has from the start; a check without a scope is made in it. */
export const ALL_SCOPE = 'ALL';

import type { AssignAttributeCondition, AssignRole, RoleBundle, UserAssignRole } from '../wire/common';

/** A read-back condition as it is sent again: only the assignment fields, not the catalogue's enrichment. */
const toAssignCondition = (c: AssignAttributeCondition): AssignAttributeCondition => ({
  attributeId: c.attributeId,
  attributeOperatorTypeCode: c.attributeOperatorTypeCode,
  attributeValues: c.attributeValues,
});

/** A role group's read-back entry as it is written back (#25/#29 replace the whole list). */
export function toAssignRole(r: RoleBundle): AssignRole {
  return {
    roleId: r.roleId,
    roleApplyPolicyCode: r.roleApplyPolicyCode,
    ...(r.conditions?.length ? { conditions: r.conditions.map(toAssignCondition) } : {}),
  };
}

/** A member's read-back role as it is written back, keeping its conditions (#30/#31 replace the whole set). */
export function toUserAssignRole(r: RoleBundle): UserAssignRole {
  return {
    roleId: r.roleId,
    ...(r.conditions?.length ? { conditions: r.conditions.map(toAssignCondition) } : {}),
  };
}

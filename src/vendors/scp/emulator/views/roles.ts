import type { Role } from '../../wire/roles';
import type { RoleRec } from '../records';
import { identityDocument } from './documents';
import { policiesView } from './policies';
import { stampNames, type ViewContext } from './view-context';

export function roleView(v: ViewContext, r: RoleRec, withPolicies = true): Role {
  return {
    account_id: v.accountId,
    assume_role_policy_document: identityDocument(r.trust.document),
    created_at: r.created_at,
    created_by: r.created_by,
    description: r.description,
    id: r.id,
    max_session_duration: r.max_session_duration,
    modified_at: r.modified_at,
    modified_by: r.modified_by,
    ...stampNames(v, r),
    name: r.name,
    policies: withPolicies ? policiesView(v, r.policy_ids) : [],
    type: r.type,
  };
}

export function roleSortKey(r: RoleRec, field: string): string {
  if (field === 'name') return r.name.toLowerCase();
  return field === 'modified_at' ? r.modified_at : r.created_at;
}

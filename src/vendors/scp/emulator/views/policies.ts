import type { Policy } from '../../wire/policies';
import type { PolicyRec } from '../records';
import { identityDocument } from './documents';
import { stampNames, type ViewContext } from './view-context';

export const SERVICE_NAME = 'Identity Access Management';

export function policyView(v: ViewContext, p: PolicyRec): Policy {
  return {
    account_id: p.policy_type === 'SYSTEM_MANAGED' ? null : v.accountId,
    created_at: p.created_at,
    created_by: p.created_by,
    default_version_id: p.default_version_id,
    description: p.description,
    domain_name: 'scp',
    id: p.id,
    modified_at: p.modified_at,
    modified_by: p.modified_by,
    ...stampNames(v, p),
    policy_category: p.policy_category,
    policy_name: p.policy_name,
    policy_type: p.policy_type,
    policy_versions: p.versions.map((ver) => ({
      created_at: ver.created_at,
      created_by: ver.created_by,
      id: ver.id,
      modified_at: ver.modified_at,
      modified_by: ver.modified_by,
      policy_document: identityDocument(ver.document),
      policy_id: p.id,
      policy_version_name: ver.name,
    })),
    resource_type: 'policy',
    service_name: SERVICE_NAME,
    service_type: p.service_type,
    srn: v.srn('policy', p.id),
    state: p.state,
  };
}

/** Views of the policies with these ids, in the order given, skipping any that no longer exist. */
export function policiesView(v: ViewContext, ids: string[]): Policy[] {
  return ids.flatMap((id) => {
    const p = v.store.policies.get(id);
    return p ? [policyView(v, p)] : [];
  });
}

export function policySortKey(p: PolicyRec, field: string): string {
  if (field === 'policy_name') return p.policy_name.toLowerCase();
  return field === 'modified_at' ? p.modified_at : p.created_at;
}

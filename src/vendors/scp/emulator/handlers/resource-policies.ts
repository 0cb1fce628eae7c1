import type { PolicyDocument } from '../../wire/common';
import { ResourcePolicySetRequest, ResourcePolicyShowResponse } from '../../wire/resource-policies';
import { newId } from '../ids';
import type { ResourcePolicyRec } from '../records';
import { readJson } from '../request';
import { noContent, send, type Deps, type RouteSpec, type ScpContext } from '../routing';
import { decodeSrnParam } from '../srn';
import { resourceDocument, withSids } from '../views/documents';
import { SERVICE_NAME } from '../views/policies';
import { stampNames, viewContext } from '../views/view-context';
import { mustGet, newStamps, touched } from './shared';

export const srnOf = (c: ScpContext): string => decodeSrnParam(c.req.param('srn') ?? '');

export function resourcePolicyView(deps: Deps, r: ResourcePolicyRec) {
  const v = viewContext(deps);
  return {
    account_id: v.accountId,
    created_at: r.created_at,
    created_by: r.created_by,
    ...stampNames(v, r),
    default_version_id: r.default_version_id,
    modified_at: r.modified_at,
    modified_by: r.modified_by,
    policy_category: 'RESOURCE_BASED' as const,
    policy_type: 'USER_DEFINED' as const,
    policy_versions: r.versions.map(({ document, ...rest }) => ({
      ...rest,
      policy_document: resourceDocument(document),
    })),
    service_name: SERVICE_NAME,
  };
}

export const defaultDocument = (r: ResourcePolicyRec): PolicyDocument =>
  (r.versions.find((x) => x.id === r.default_version_id) ?? r.versions[0])?.document ?? {
    Version: '2024-07-01',
    Statement: [],
  };

/** Writes a new document as the policy's one version, creating the policy for an SRN that has none yet. */
export function saveDocument(
  c: ScpContext,
  deps: Deps,
  srn: string,
  document: PolicyDocument,
): ResourcePolicyRec {
  const existing = deps.store.resourcePolicies.get(srn);
  const stamps = newStamps(c, deps);
  const version = { id: existing?.default_version_id ?? newId(), document: withSids(document), ...stamps };
  const rec: ResourcePolicyRec = existing
    ? touched(c, deps, {
        ...existing,
        versions: [{ ...version, created_at: existing.created_at, created_by: existing.created_by }],
      })
    : { srn, default_version_id: version.id, versions: [version], ...stamps };
  deps.store.resourcePolicies.put(srn, rec);
  return rec;
}

/** Resource policies are authorised against the SRN they govern. */
const resourceOf = srnOf;

export const resourcePolicyRoutes: RouteSpec[] = [
  {
    method: 'GET',
    path: '/v1/resource-policies/:srn',
    action: 'iam:ShowResourcePolicy',
    level: 'PERMISSION',
    resourceOf,
    handler: (c, d) =>
      send(
        c,
        ResourcePolicyShowResponse,
        resourcePolicyView(d, mustGet(d.store.resourcePolicies, srnOf(c), 'Resource policy')),
      ),
  },
  {
    method: 'PUT',
    path: '/v1/resource-policies/:srn',
    action: 'iam:SetResourcePolicy',
    level: 'PERMISSION',
    resourceOf,
    handler: async (c, d) => {
      const srn = srnOf(c);
      const { policy_version } = await readJson(c, ResourcePolicySetRequest);
      return send(
        c,
        ResourcePolicyShowResponse,
        resourcePolicyView(d, saveDocument(c, d, srn, policy_version.policy_document)),
      );
    },
  },
  {
    method: 'DELETE',
    path: '/v1/resource-policies/:srn',
    action: 'iam:DeleteResourcePolicy',
    level: 'PERMISSION',
    resourceOf,
    handler: (c, d) => {
      d.store.resourcePolicies.delete(mustGet(d.store.resourcePolicies, srnOf(c), 'Resource policy').srn);
      return noContent(c);
    },
  },
];

import { PoliciesResponse, PolicyPageResponse } from '../../wire/policies';
import { RolePolicyBindingRequest } from '../../wire/roles';
import { readJson } from '../request';
import { noContent, send, type RouteSpec } from '../routing';
import { policiesView } from '../views/policies';
import { viewContext } from '../views/view-context';
import { boundPolicyPage, withPolicies, withoutPolicy } from './policy-filters';
import { mustGet, param, touched } from './shared';

const target = { type: 'role', param: 'role_id' };

export const rolePolicyBindingRoutes: RouteSpec[] = [
  {
    method: 'GET',
    path: '/v1/roles/:role_id/policy-bindings',
    action: 'iam:ListRolePolicyBindings',
    level: 'LIST',
    target,
    handler: (c, d) =>
      send(
        c,
        PolicyPageResponse,
        boundPolicyPage(c, d, mustGet(d.store.roles, param(c, 'role_id'), 'Role').policy_ids),
      ),
  },
  {
    method: 'POST',
    path: '/v1/roles/:role_id/policy-bindings',
    action: 'iam:AddRolePolicyBinding',
    level: 'PERMISSION',
    target,
    handler: async (c, d) => {
      const role = mustGet(d.store.roles, param(c, 'role_id'), 'Role');
      const { policy_ids } = await readJson(c, RolePolicyBindingRequest);
      const next = touched(c, d, { ...role, policy_ids: withPolicies(d, role.policy_ids, policy_ids) });
      d.store.roles.put(role.id, next);
      return send(c, PoliciesResponse, { policies: policiesView(viewContext(d), next.policy_ids) });
    },
  },
  {
    method: 'DELETE',
    path: '/v1/roles/:role_id/policy-bindings',
    action: 'iam:RemoveBulkRolePolicyBinding',
    level: 'PERMISSION',
    target,
    // The seed shows an empty body; it carries the policy ids to detach, all of which must be bound.
    handler: async (c, d) => {
      const role = mustGet(d.store.roles, param(c, 'role_id'), 'Role');
      const { policy_ids } = await readJson(c, RolePolicyBindingRequest);
      const remaining = [...new Set(policy_ids)].reduce(
        (ids, id) => withoutPolicy(ids, id, `role "${role.name}"`),
        [...new Set(role.policy_ids)],
      );
      d.store.roles.put(role.id, touched(c, d, { ...role, policy_ids: remaining }));
      return noContent(c);
    },
  },
  {
    method: 'DELETE',
    path: '/v1/roles/:role_id/policy-bindings/:policy_id',
    action: 'iam:RemoveRolePolicyBinding',
    level: 'DELETE',
    target,
    handler: (c, d) => {
      const role = mustGet(d.store.roles, param(c, 'role_id'), 'Role');
      d.store.roles.put(
        role.id,
        touched(c, d, {
          ...role,
          policy_ids: withoutPolicy(role.policy_ids, param(c, 'policy_id'), `role "${role.name}"`),
        }),
      );
      return noContent(c);
    },
  },
];

import { GroupPolicyBindingRequest } from '../../wire/groups';
import { PoliciesResponse, PolicyPageResponse } from '../../wire/policies';
import { readJson } from '../request';
import { noContent, send, type RouteSpec } from '../routing';
import { policiesView } from '../views/policies';
import { viewContext } from '../views/view-context';
import { boundPolicyPage, withPolicies, withoutPolicy } from './policy-filters';
import { mustGet, param, touched } from './shared';

const target = { type: 'group', param: 'group_id' };

export const groupPolicyBindingRoutes: RouteSpec[] = [
  {
    method: 'GET',
    path: '/v1/groups/:group_id/policy-bindings',
    action: 'iam:ListGroupPolicyBindings',
    level: 'LIST',
    target,
    handler: (c, d) =>
      send(
        c,
        PolicyPageResponse,
        boundPolicyPage(c, d, mustGet(d.store.groups, param(c, 'group_id'), 'Group').policy_ids),
      ),
  },
  {
    method: 'POST',
    path: '/v1/groups/:group_id/policy-bindings',
    action: 'iam:AddGroupPolicyBinding',
    level: 'PERMISSION',
    target,
    // Answers with every policy now bound to the group, not only the added ones.
    handler: async (c, d) => {
      const group = mustGet(d.store.groups, param(c, 'group_id'), 'Group');
      const { policy_ids } = await readJson(c, GroupPolicyBindingRequest);
      const next = touched(c, d, { ...group, policy_ids: withPolicies(d, group.policy_ids, policy_ids) });
      d.store.groups.put(group.id, next);
      return send(c, PoliciesResponse, { policies: policiesView(viewContext(d), next.policy_ids) });
    },
  },
  {
    method: 'DELETE',
    path: '/v1/groups/:group_id/policy-bindings/:policy_id',
    action: 'iam:RemoveGroupPolicyBinding',
    level: 'PERMISSION',
    target,
    handler: (c, d) => {
      const group = mustGet(d.store.groups, param(c, 'group_id'), 'Group');
      d.store.groups.put(
        group.id,
        touched(c, d, {
          ...group,
          policy_ids: withoutPolicy(group.policy_ids, param(c, 'policy_id'), `group "${group.name}"`),
        }),
      );
      return noContent(c);
    },
  },
];

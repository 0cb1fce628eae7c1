import { PolicyIdsRequest, UserPolicyPageResponse, UserPolicyResponse } from '../../wire/policies';
import { readJson } from '../request';
import { noContent, send, type RouteSpec } from '../routing';
import { policiesView } from '../views/policies';
import { viewContext } from '../views/view-context';
import { boundPolicyPage, withPolicies, withoutPolicy } from './policy-filters';
import { mustGet, param, touched } from './shared';

const target = { type: 'user', param: 'user_id' };

export const userPolicyBindingRoutes: RouteSpec[] = [
  {
    method: 'GET',
    path: '/v1/users/:user_id/policy-bindings',
    action: 'iam:ListUserPolicyBindings',
    level: 'LIST',
    target,
    handler: (c, d) => {
      const user = mustGet(d.store.users, param(c, 'user_id'), 'User');
      return send(c, UserPolicyPageResponse, { ...boundPolicyPage(c, d, user.policy_ids), user_id: user.id });
    },
  },
  {
    method: 'POST',
    path: '/v1/users/:user_id/policy-bindings',
    action: 'iam:AddUserPolicyBinding',
    level: 'PERMISSION',
    target,
    handler: async (c, d) => {
      const user = mustGet(d.store.users, param(c, 'user_id'), 'User');
      const { policy_ids } = await readJson(c, PolicyIdsRequest);
      const next = touched(c, d, { ...user, policy_ids: withPolicies(d, user.policy_ids, policy_ids) });
      d.store.users.put(user.id, next);
      return send(c, UserPolicyResponse, {
        policies: policiesView(viewContext(d), next.policy_ids),
        user_id: user.id,
      });
    },
  },
  {
    method: 'DELETE',
    path: '/v1/users/:user_id/policy-bindings/:policy_id',
    action: 'iam:RemoveUserPolicyBinding',
    level: 'PERMISSION',
    target,
    handler: (c, d) => {
      const user = mustGet(d.store.users, param(c, 'user_id'), 'User');
      d.store.users.put(
        user.id,
        touched(c, d, {
          ...user,
          policy_ids: withoutPolicy(user.policy_ids, param(c, 'policy_id'), `user "${user.user_name}"`),
        }),
      );
      return noContent(c);
    },
  },
];

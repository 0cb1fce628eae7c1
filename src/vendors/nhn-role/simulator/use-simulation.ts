import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User } from '../engine/model';
import { HttpError } from '@/lib/http/errors';
import { rolesAllQuery } from '../roles/api';
import { toEngineUser, toRoleGraph } from '../shared/engine-model';
import type { RoleConn } from '../shared/use-role-conn';
import { fetchUser, scopeMembersQuery } from '../users/api';
import {
  attributesAllQuery,
  checkResource,
  configQuery,
  fetchAuthorizations,
  resourcesAllQuery,
  type CheckItem,
} from './api';
import { explainCheck, resolveFor, type ExplainInput } from './explain';

export type SimulationRequest = { userId: string; item: ExplainInput['item'] };

/** Everything but the user: read once per run (cached), so "who can" reuses it for every member. */
function useExplainBase(conn: RoleConn) {
  const qc = useQueryClient();
  return async (item: ExplainInput['item']) => {
    const [roles, resources, attributes, config] = await Promise.all([
      qc.query(rolesAllQuery(conn)),
      qc.query(resourcesAllQuery(conn)),
      qc.query(attributesAllQuery(conn)),
      qc.query(configQuery(conn)),
    ]);
    const base = {
      graph: toRoleGraph(roles),
      resources,
      attributeTypes: new Map(attributes.map((a) => [a.attributeId, a.attributeDataTypeCode])),
      trailingSlashPolicy: config.resourcePathTrailingSlashMatchPolicyCode,
      item,
    };
    const resource = resolveFor(base);
    const authorizations = resource ? await fetchAuthorizations(conn, resource.resourceId) : [];
    return { ...base, authorizations };
  };
}

const toCheckItem = (item: ExplainInput['item']): CheckItem => ({
  operationId: item.operationId,
  scopeId: item.scopeId,
  ...(item.resourceId ? { resourceId: item.resourceId } : { resourcePath: item.resourcePath ?? '' }),
  attributes: [...item.attributes],
});

/** The real check and the explanation, side by side; fresh data every run (the check never caches). */
export function useSimulation(conn: RoleConn) {
  const qc = useQueryClient();
  const base = useExplainBase(conn);
  return useMutation({
    mutationFn: async ({ userId, item }: SimulationRequest) => {
      for (const key of [
        rolesAllQuery(conn),
        resourcesAllQuery(conn),
        attributesAllQuery(conn),
        configQuery(conn),
      ])
        await qc.invalidateQueries({ queryKey: key.queryKey });
      const [answer, input, user] = await Promise.all([
        checkResource(conn, userId, toCheckItem(item)),
        base(item),
        fetchUser(conn, userId).then(toEngineUser, (err: unknown) => {
          // An unknown user is a legitimate question: ROLE answers "not allowed", and so does the engine.
          if (err instanceof HttpError && err.code === '14001') return undefined;
          throw err;
        }),
      ]);
      return { answer, explanation: explainCheck({ ...input, user }) };
    },
  });
}

/** Members of the scope the engine would allow, with the same request attributes. */
export function useWhoCan(conn: RoleConn) {
  const qc = useQueryClient();
  const base = useExplainBase(conn);
  return useMutation({
    mutationFn: async (item: ExplainInput['item']) => {
      const [input, members] = await Promise.all([
        base(item),
        qc.query({ ...scopeMembersQuery(conn, item.scopeId), staleTime: 0 }),
      ]);
      const users: User[] = members.map(toEngineUser);
      const allowed = users
        .filter((user) => explainCheck({ ...input, user }).permission)
        .map((u) => u.userId);
      return { allowed, total: users.length };
    },
  });
}

import { GuardRequestSchema, GuardsResultSchema, IdentifierRequestSchema } from '../../wire';
import type { EmulatorContext } from '../context';
import { badRequest } from '../errors';
import { isGuardNamespaceGrn } from '../grn';
import { requireCredential } from '../lookups';
import { defineRoute } from '../operation';

const component = 'attachGuard';
/** Not published; the same ceiling as policy attachments keeps a credential's list bounded. */
export const MAX_GUARDS = 100;

function setGuards(ctx: EmulatorContext, clientId: string, guards: string[]) {
  const credential = ctx.store.credentials.get(clientId);
  if (credential)
    ctx.store.credentials.put(clientId, { ...credential, guards, revision: credential.revision + 1 });
  return { items: guards };
}

export const guardRoutes = [
  defineRoute({
    name: 'describeAttachedGuards',
    method: 'GET',
    path: '/user/:userName/identifier/:clientId/guard',
    component,
    request: IdentifierRequestSchema,
    result: GuardsResultSchema,
    run: ({ userName, clientId }, { ctx }) => ({ items: requireCredential(ctx, userName, clientId).guards }),
  }),
  defineRoute({
    name: 'attachGuard',
    method: 'POST',
    path: '/user/:userName/identifier/:clientId/guard',
    component,
    request: GuardRequestSchema,
    result: GuardsResultSchema,
    run: ({ userName, clientId, guardNamespaceId }, { ctx }) => {
      const { guards } = requireCredential(ctx, userName, clientId);
      if (!isGuardNamespaceGrn(guardNamespaceId)) throw badRequest(component, 'guardNamespaceId', 'invalid');
      // Attaching one already attached changes nothing and still answers the complete list.
      if (guards.includes(guardNamespaceId)) return { items: guards };
      if (guards.length >= MAX_GUARDS) throw badRequest(component, 'guardNamespaceIds', 'tooMany');
      return setGuards(ctx, clientId, [...guards, guardNamespaceId]);
    },
  }),
  defineRoute({
    name: 'detachGuard',
    method: 'DELETE',
    path: '/user/:userName/identifier/:clientId/guard/:guardNamespaceId',
    component,
    request: GuardRequestSchema,
    result: GuardsResultSchema,
    run: ({ userName, clientId, guardNamespaceId }, { ctx }) => {
      const { guards } = requireCredential(ctx, userName, clientId);
      // Detaching one that is not attached is not an error: the remaining list is the answer either way.
      if (!guards.includes(guardNamespaceId)) return { items: guards };
      return setGuards(
        ctx,
        clientId,
        guards.filter((g) => g !== guardNamespaceId),
      );
    },
  }),
];

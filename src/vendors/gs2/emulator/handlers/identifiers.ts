import {
  CreateIdentifierResultSchema,
  DescribeIdentifiersRequestSchema,
  DescribeIdentifiersResultSchema,
  IdentifierRequestSchema,
  IdentifierResultSchema,
  UserNameRequestSchema,
} from '../../wire';
import { requireCredential, requireUser } from '../lookups';
import { defineRoute } from '../operation';
import { paginate } from '../paging';
import { presentIdentifier } from '../present';
import { newClientId, newClientSecret, sha256 } from '../secrets';

const component = 'identifier';

export const identifierRoutes = [
  defineRoute({
    name: 'describeIdentifiers',
    method: 'GET',
    path: '/user/:userName/identifier',
    component,
    request: DescribeIdentifiersRequestSchema,
    result: DescribeIdentifiersResultSchema,
    run: ({ userName, pageToken, limit }, { ctx }) => {
      requireUser(ctx, userName);
      const scope = `identifier/${userName}`;
      return paginate(
        ctx.store.credentials,
        { component, scope, pageToken, limit },
        presentIdentifier,
        (c) => c.userName === userName,
      );
    },
  }),
  defineRoute({
    name: 'createIdentifier',
    method: 'POST',
    path: '/user/:userName/identifier',
    component,
    request: UserNameRequestSchema,
    result: CreateIdentifierResultSchema,
    run: ({ userName }, { ctx }) => {
      requireUser(ctx, userName);
      const clientId = newClientId();
      const clientSecret = newClientSecret();
      const record = {
        clientId,
        userName,
        secretHash: sha256(clientSecret),
        createdAt: ctx.now(),
        revision: 0,
        guards: [],
      };
      ctx.store.credentials.put(clientId, record);
      // The only response that ever carries the secret.
      return { item: presentIdentifier(record), clientSecret };
    },
  }),
  defineRoute({
    name: 'getIdentifier',
    method: 'GET',
    path: '/user/:userName/identifier/:clientId',
    component,
    request: IdentifierRequestSchema,
    result: IdentifierResultSchema,
    run: ({ userName, clientId }, { ctx }) => ({
      item: presentIdentifier(requireCredential(ctx, userName, clientId)),
    }),
  }),
  defineRoute({
    name: 'deleteIdentifier',
    method: 'DELETE',
    path: '/user/:userName/identifier/:clientId',
    component,
    request: IdentifierRequestSchema,
    result: IdentifierResultSchema,
    run: ({ userName, clientId }, { ctx }) => {
      const credential = requireCredential(ctx, userName, clientId);
      // Project tokens it obtained stay valid until they expire, as the reference states.
      ctx.store.credentials.delete(clientId);
      return { item: presentIdentifier(credential) };
    },
  }),
];

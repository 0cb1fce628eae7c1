import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env';
import { auditRequest } from '../audit/from-request';
import { requireRole, sessionGuard } from '../auth/guards';
import { problem } from '../problem';
import { readJson } from '../validate';
import { NameSchema } from '../../vendors/gs2/wire';
import type { SelfServiceDeps } from './feature';

const CreateLinkBody = z.object({ connectionId: z.string().min(1).max(64), userName: NameSchema });

/** Where the SPA serves the self-service page of a link; the token is the last path segment. */
export const gs2LinkPath = (token: string) => `/self-service/gs2/${token}`;

/**
 * The operator side: an operator (not a viewer) of the console creates a link for one GS2 user of one
 * connection. Mounted before the global session guard, so it applies the guard itself.
 */
export function mountLinkRoutes(app: Hono<AppEnv>, deps: SelfServiceDeps): void {
  app.post('/api/self-service/links', sessionGuard(deps), requireRole('admin', 'operator'), async (c) => {
    const body = await readJson(c, CreateLinkBody);
    const connection = await deps.repo.get(body.connectionId);
    if (connection?.vendor !== 'gs2') {
      return problem(
        c,
        404,
        'not-found',
        'No such connection',
        'Self-service links exist for GS2 connections only.',
      );
    }
    await deps.links.sweep();
    const operator = c.get('operator');
    const { token, link } = await deps.links.createLink({
      connectionId: connection.id,
      purpose: 'gs2-mfa',
      subject: body.userName,
      createdBy: operator?.id ?? '',
    });
    await auditRequest(c, deps.store.db, {
      action: 'self-service.link.create',
      result: 'success',
      connectionId: connection.id,
      target: `gs2:user:${body.userName}`,
      detail: { linkId: link.id, expiresAt: link.expiresAt },
    });
    return c.json({ path: gs2LinkPath(token), expiresAt: link.expiresAt }, 201);
  });
}

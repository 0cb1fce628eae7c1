import type { Context, Hono } from 'hono';
import type { AppEnv, OperatorRole, SignedInOperator } from '../app-env';
import { auditRequest } from '../audit/from-request';
import { ProblemError } from '../problem';
import type { ProxyService } from '../proxy/service';
import { readJson } from '../validate';
import { createBody, manifestFor, normaliseBaseUrl, patchBody, splitSettings } from './input';
import { presentConnection } from './present';
import { testConnection } from './probe';
import { NameTakenError, type ConnectionRepo } from './repo';

function allow(c: Context<AppEnv>, roles: readonly OperatorRole[]): SignedInOperator {
  const operator = c.get('operator');
  if (!operator) throw new ProblemError(401, 'unauthenticated', 'Sign in first');
  if (!roles.includes(operator.role)) {
    throw new ProblemError(
      403,
      'forbidden',
      'Not allowed for your role',
      `Only ${roles.join(' or ')} may do this.`,
    );
  }
  return operator;
}

const ID = /^[A-Za-z0-9-]{1,64}$/;
function idParam(c: Context<AppEnv>): string {
  const id = c.req.param('id') ?? '';
  if (!ID.test(id)) throw new ProblemError(404, 'connection-not-found', 'No such connection');
  return id;
}

const notFound = () =>
  new ProblemError(
    404,
    'connection-not-found',
    'No such connection',
    'The connection does not exist (any more).',
  );

function nameTaken(err: unknown): never {
  if (err instanceof NameTakenError) {
    throw new ProblemError(409, 'name-taken', 'Name in use', 'Another connection already has this name.', {
      errors: [{ field: 'name', message: 'Another connection already has this name.' }],
    });
  }
  throw err;
}

/**
 * `/api/connections`: every signed-in operator may list and read (secrets appear as "set"); admins
 * create, edit and delete; admins and operators may test. Every change is audited without secrets.
 */
export function mountConnectionRoutes(app: Hono<AppEnv>, repo: ConnectionRepo, svc: ProxyService): void {
  const audit = (
    c: Context<AppEnv>,
    action: string,
    connectionId: string,
    detail: Record<string, unknown>,
    extra: { result?: 'success' | 'failure'; durationMs?: number } = {},
  ) =>
    auditRequest(c, svc.db, {
      action,
      result: extra.result ?? 'success',
      connectionId,
      target: connectionId,
      durationMs: extra.durationMs,
      detail,
    });

  app.get('/api/connections', async (c) => {
    allow(c, ['admin', 'operator', 'viewer']);
    return c.json({ items: (await repo.list()).map(presentConnection) });
  });

  app.get('/api/connections/:id', async (c) => {
    allow(c, ['admin', 'operator', 'viewer']);
    const found = await repo.get(idParam(c));
    if (!found) throw notFound();
    return c.json(presentConnection(found));
  });

  app.post('/api/connections', async (c) => {
    allow(c, ['admin']);
    const input = await readJson(c, createBody);
    const manifest = manifestFor(input.vendor);
    const baseUrl = normaliseBaseUrl(input.baseUrl);
    const { settings, secrets } = splitSettings(manifest, input.settings);
    const created = await repo
      .create({ vendor: input.vendor, name: input.name, baseUrl, settings, secrets })
      .catch(nameTaken);
    await audit(c, 'connection.create', created.id, {
      vendor: created.vendor,
      name: created.name,
      baseUrl,
    });
    return c.json(presentConnection(created), 201);
  });

  app.patch('/api/connections/:id', async (c) => {
    allow(c, ['admin']);
    const id = idParam(c);
    const patch = await readJson(c, patchBody);
    const current = await repo.resolve(id);
    if (!current) throw notFound();
    const manifest = manifestFor(current.vendor);
    const given = patch.settings ?? {};
    // Secrets left out (or empty) keep their stored value; the form never receives them to send back.
    const kept = Object.fromEntries(
      Object.entries(current.secrets).filter(([k]) => given[k] === undefined || given[k] === ''),
    );
    const plain = Object.fromEntries(
      Object.entries(given).filter(([k]) => !manifest.secretFields.includes(k) || given[k] !== ''),
    );
    const { settings, secrets } = splitSettings(manifest, { ...current.settings, ...kept, ...plain });
    const baseUrl = patch.baseUrl === undefined ? current.baseUrl : normaliseBaseUrl(patch.baseUrl);
    const updated = await repo
      .update(id, { name: patch.name ?? current.name, baseUrl, settings, secrets })
      .catch(nameTaken);
    if (!updated) throw notFound();
    svc.revoke(id, { abort: false });
    const changed = Object.keys(given).filter((k) => given[k] !== '' && given[k] !== current.settings[k]);
    await audit(c, 'connection.update', id, {
      changed: [
        ...changed,
        ...(patch.name !== undefined && patch.name !== current.name ? ['name'] : []),
        ...(baseUrl !== current.baseUrl ? ['baseUrl'] : []),
      ],
      rotatedSecrets: changed.filter((k) => manifest.secretFields.includes(k)),
    });
    return c.json(presentConnection(updated));
  });

  app.delete('/api/connections/:id', async (c) => {
    allow(c, ['admin']);
    const id = idParam(c);
    const existing = await repo.get(id);
    if (!existing || !(await repo.remove(id))) throw notFound();
    svc.revoke(id, { abort: true });
    await audit(c, 'connection.delete', id, { vendor: existing.vendor, name: existing.name });
    return c.body(null, 204);
  });

  app.post('/api/connections/:id/test', async (c) => {
    allow(c, ['admin', 'operator']);
    const conn = await repo.resolve(idParam(c));
    if (!conn) throw notFound();
    const result = await testConnection(svc, conn);
    await audit(
      c,
      'connection.test',
      conn.id,
      { stage: result.stage },
      {
        result: result.ok ? 'success' : 'failure',
        durationMs: result.durationMs,
      },
    );
    return c.json(result);
  });
}

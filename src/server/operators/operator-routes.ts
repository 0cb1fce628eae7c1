import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env';
import { auditRequest } from '../audit/from-request';
import { requireRole, type AuthDeps } from '../auth/guards';
import { clearMfa } from '../auth/mfa';
import { generatePassword, hashPassword } from '../auth/password';
import { revokeOperatorSessions } from '../auth/sessions';
import { problem, ProblemError } from '../problem';
import { readJson } from '../validate';
import { isMfaRequired, setMfaRequired } from './auth-policy';
import {
  countActiveAdmins,
  findOperatorById,
  findOperatorByUsername,
  insertOperator,
  listOperators,
  normaliseUsername,
  OPERATOR_ROLES,
  toOperatorView,
  updateOperator,
  USERNAME_PATTERN,
  type OperatorRow,
} from './operator-store';

const CreateBody = z.object({
  username: z
    .string()
    .transform(normaliseUsername)
    .pipe(z.string().regex(USERNAME_PATTERN, 'Use 2–64 letters, digits, dots, dashes or underscores.')),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(OPERATOR_ROLES),
});

const PatchBody = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    role: z.enum(OPERATOR_ROLES).optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to change.' });

const PolicyBody = z.object({ requireMfa: z.boolean() });

const LAST_ADMIN = 'This is the last active administrator. Make another operator an administrator first.';

/**
 * Operator administration (admins only) and the sign-in policy. The last active admin rule is checked
 * inside a transaction with the change, so two admins demoting each other at once cannot both succeed.
 */
export function mountOperatorRoutes(app: Hono<AppEnv>, deps: AuthDeps): void {
  const { store, config } = deps;
  const db = store.db;
  const adminOnly = requireRole('admin');

  async function target(c: Context<AppEnv>): Promise<OperatorRow> {
    const row = await findOperatorById(db, c.req.param('id') ?? '');
    if (!row) throw new ProblemError(404, 'not-found', 'Not found', 'No such operator.');
    return row;
  }
  const isSelf = (c: Context<AppEnv>, row: OperatorRow) => c.get('operator')?.id === row.id;

  /** Runs a change that may remove an active admin; refuses it when none would be left. */
  async function keepingAnAdmin(change: (trx: typeof db) => Promise<void>): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await change(trx);
      if ((await countActiveAdmins(trx)) < 1)
        throw new ProblemError(409, 'last-admin', 'Last administrator', LAST_ADMIN);
    });
  }

  app.get('/api/operators', adminOnly, async (c) => {
    const rows = await listOperators(db);
    return c.json({ operators: rows.map(toOperatorView), requireMfa: await isMfaRequired(db) });
  });

  app.post('/api/operators', adminOnly, async (c) => {
    const body = await readJson(c, CreateBody);
    if (await findOperatorByUsername(db, body.username)) {
      throw new ProblemError(409, 'username-taken', 'Username taken', 'That username is already in use.', {
        errors: [{ field: 'username', message: 'That username is already in use.' }],
      });
    }
    const oneTimePassword = generatePassword();
    const row = await insertOperator(db, {
      username: body.username,
      displayName: body.displayName,
      role: body.role,
      passwordHash: await hashPassword(oneTimePassword, config.scryptLogN),
      mustChangePassword: true,
    });
    await auditRequest(c, db, {
      action: 'operator.create',
      result: 'success',
      target: row.username,
      detail: { role: row.role },
    });
    return c.json({ operator: toOperatorView(row), oneTimePassword }, 201);
  });

  app.patch('/api/operators/:id', adminOnly, async (c) => {
    const row = await target(c);
    const body = await readJson(c, PatchBody);
    if (body.disabled === true && isSelf(c, row))
      return problem(c, 409, 'self-disable', 'Not allowed', 'You cannot disable yourself.');
    const roleChanged = body.role !== undefined && body.role !== row.role;
    const disabling = body.disabled === true && row.disabled !== 1;
    await keepingAnAdmin(async (trx) => {
      await updateOperator(trx, row.id, {
        ...(body.displayName === undefined ? {} : { display_name: body.displayName }),
        ...(body.role === undefined ? {} : { role: body.role }),
        ...(body.disabled === undefined ? {} : { disabled: body.disabled ? 1 : 0 }),
      });
    });
    // A role change or a disable takes effect now: the operator's sessions end (an admin changing their
    // own role keeps the session they are using).
    if (roleChanged || disabling)
      await revokeOperatorSessions(db, row.id, isSelf(c, row) ? c.get('operator')?.sessionId : undefined);
    const action = disabling
      ? 'operator.disable'
      : body.disabled === false && row.disabled === 1
        ? 'operator.enable'
        : roleChanged
          ? 'operator.role'
          : 'operator.update';
    await auditRequest(c, db, {
      action,
      result: 'success',
      target: row.username,
      detail: { ...(roleChanged ? { from: row.role, to: body.role } : {}), ...body },
    });
    const updated = await findOperatorById(db, row.id);
    return c.json({ operator: toOperatorView(updated ?? row) });
  });

  app.post('/api/operators/:id/password-reset', adminOnly, async (c) => {
    const row = await target(c);
    const oneTimePassword = generatePassword();
    await updateOperator(db, row.id, {
      password_hash: await hashPassword(oneTimePassword, config.scryptLogN),
      must_change_password: 1,
      password_changed_at: new Date().toISOString(),
    });
    await revokeOperatorSessions(db, row.id, isSelf(c, row) ? c.get('operator')?.sessionId : undefined);
    await auditRequest(c, db, { action: 'operator.reset-password', result: 'success', target: row.username });
    return c.json({ oneTimePassword });
  });

  app.post('/api/operators/:id/mfa-reset', adminOnly, async (c) => {
    const row = await target(c);
    await clearMfa(db, row.id);
    if (!isSelf(c, row)) await revokeOperatorSessions(db, row.id);
    await auditRequest(c, db, { action: 'operator.reset-mfa', result: 'success', target: row.username });
    return c.body(null, 204);
  });

  app.delete('/api/operators/:id', adminOnly, async (c) => {
    const row = await target(c);
    if (isSelf(c, row)) return problem(c, 409, 'self-delete', 'Not allowed', 'You cannot delete yourself.');
    await keepingAnAdmin(async (trx) => {
      await trx.deleteFrom('operator_sessions').where('operator_id', '=', row.id).execute();
      await trx.deleteFrom('operators').where('id', '=', row.id).execute();
    });
    await auditRequest(c, db, { action: 'operator.delete', result: 'success', target: row.username });
    return c.body(null, 204);
  });

  app.get('/api/auth-policy', async (c) => c.json({ requireMfa: await isMfaRequired(db) }));

  app.put('/api/auth-policy', adminOnly, async (c) => {
    const body = await readJson(c, PolicyBody);
    await setMfaRequired(db, body.requireMfa);
    await auditRequest(c, db, {
      action: 'policy.require-mfa',
      result: 'success',
      detail: { requireMfa: body.requireMfa },
    });
    return c.json(body);
  });
}

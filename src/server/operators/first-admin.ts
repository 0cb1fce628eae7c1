import type { Config } from '../config';
import { generatePassword, hashPassword } from '../auth/password';
import type { Store } from '../store/open';
import { recordAudit } from '../audit/record';
import { countOperators, insertOperator } from './operator-store';

export const FIRST_ADMIN_USERNAME = 'admin';

/**
 * On first start (no operator at all) creates `admin`, with TESSERA_ADMIN_PASSWORD when set or a random
 * password otherwise. Either way the first sign-in must change it. Returns lines for the terminal only:
 * the random password appears there once and nowhere else.
 */
export async function ensureFirstAdmin(store: Store, config: Config): Promise<string[]> {
  if ((await countOperators(store.db)) > 0) return [];
  const fromEnv = config.adminPassword !== undefined;
  const password = config.adminPassword ?? generatePassword();
  const row = await insertOperator(store.db, {
    username: FIRST_ADMIN_USERNAME,
    displayName: 'Administrator',
    role: 'admin',
    passwordHash: await hashPassword(password, config.scryptLogN),
    mustChangePassword: true,
  });
  await recordAudit(store.db, {
    action: 'operator.create',
    result: 'success',
    target: row.username,
    detail: { role: 'admin', reason: 'first-start', passwordSource: fromEnv ? 'environment' : 'generated' },
  });
  return fromEnv
    ? [
        `First start: created operator "admin" with the password from TESSERA_ADMIN_PASSWORD (change it at first sign-in).`,
      ]
    : [
        `First start: created operator "admin" with this one-time password (shown only now):`,
        `    ${password}`,
        `Sign in and choose a new password.`,
      ];
}

import { commonPolicyGrn } from './common-policies';
import type { EmulatorContext } from './context';
import { policyGrn } from './grn';
import { DEMO_PASSWORD, DEMO_POLICIES, DEMO_TOTP_SECRET, DEMO_USERS, type DemoUser } from './seed-data';
import { hashPassword, newClientId, newClientSecret, sha256 } from './secrets';
import type { PasswordRecord } from './store';

const DAY = 86_400_000;
const COMMON = new Set([
  'AdministratorAccess',
  'ApplicationAccess',
  'DeliveryAccess',
  'UnauthenticatedAccess',
]);

/** Loads the demo project, spreading creation times over the past months as a real project would have them. */
export function seedDemo(ctx: EmulatorContext): void {
  const { store } = ctx;
  const ownerId = ctx.meta().ownerId;
  const start = ctx.now() - 200 * DAY;
  const passwordHash = hashPassword(DEMO_PASSWORD);
  store.atomic(() => {
    DEMO_POLICIES.forEach((p, i) => {
      const at = start + i * DAY;
      store.policies.put(p.name, { ...p, createdAt: at, updatedAt: at + DAY });
    });
    DEMO_USERS.forEach((u, i) => {
      const at = start + (i + 10) * 4 * DAY;
      store.users.put(u.name, {
        name: u.name,
        description: u.description,
        createdAt: at,
        updatedAt: at + (i % 5) * DAY,
        revision: i % 3,
      });
      const ids = u.policies.map((name) =>
        COMMON.has(name) ? commonPolicyGrn(name) : policyGrn(ownerId, name),
      );
      if (ids.length > 0)
        store.attachments.put(u.name, {
          userName: u.name,
          securityPolicyIds: ids,
          attachedAt: at,
          revision: 0,
        });
      for (let n = 0; n < (u.credentials ?? 0); n++) {
        const clientId = newClientId();
        const guards = (u.guards ?? []).map((g) => `grn:gs2:ap-northeast-1:${ownerId}:guard:${g}`);
        // The secrets are thrown away, as they are after createIdentifier: nobody can read them again.
        store.credentials.put(clientId, {
          clientId,
          userName: u.name,
          secretHash: sha256(newClientSecret()),
          createdAt: at + n * DAY,
          revision: guards.length,
          guards,
        });
      }
      if (u.password) store.passwords.put(u.name, demoPassword(u, passwordHash, at));
    });
  });
}

function demoPassword(u: DemoUser, hash: string, at: number): PasswordRecord {
  const base = { userName: u.name, hash, createdAt: at, revision: u.mfa ? 1 : 0 };
  return u.mfa
    ? { ...base, mfa: 'RFC6238', mfaStatus: u.mfa, totpSecret: DEMO_TOTP_SECRET }
    : { ...base, mfa: 'Disable' };
}

import { randomBytes } from 'node:crypto';
import { GS2_LIMITS } from '../wire';
import { ADMINISTRATOR_ACCESS_GRN } from './common-policies';
import type { EmulatorContext } from './context';
import { newClientId, newClientSecret, sha256 } from './secrets';
import type { MetaRecord } from './store';

export const ADMIN_USER = 'admin';
const META_KEY = 'meta';

export type BootstrapCredential = { clientId: string; clientSecret: string };

export function checkBootstrapCredential(c: BootstrapCredential): void {
  if (!c.clientId || c.clientId.length > GS2_LIMITS.clientId)
    throw new Error(`The admin client id must be 1 to ${GS2_LIMITS.clientId} characters.`);
  if (!c.clientSecret || c.clientSecret.length > GS2_LIMITS.clientSecret)
    throw new Error(`The admin secret must be 1 to ${GS2_LIMITS.clientSecret} characters.`);
}

export const readMeta = (ctx: Pick<EmulatorContext, 'store'>): MetaRecord | undefined =>
  ctx.store.meta.get(META_KEY);

/**
 * Makes sure the project can be entered: an owner id, and an `admin` user holding AdministratorAccess and
 * the bootstrap credential. Run at every start, so the credential printed at start always works, even
 * if it was deleted through the API; its secret is kept in the emulator's metadata for that reason.
 */
export function ensureBootstrap(ctx: EmulatorContext, override?: BootstrapCredential): MetaRecord {
  const { store } = ctx;
  return store.atomic(() => {
    const current = readMeta(ctx);
    const meta: MetaRecord = {
      ownerId: current?.ownerId ?? `owner-${randomBytes(6).toString('hex')}`,
      bootstrap: override ??
        current?.bootstrap ?? { clientId: newClientId(), clientSecret: newClientSecret() },
    };
    store.meta.put(META_KEY, meta);
    const now = ctx.now();
    if (!store.users.has(ADMIN_USER)) {
      store.users.put(ADMIN_USER, {
        name: ADMIN_USER,
        description: 'Project administrator (bootstrap credential of the emulator).',
        createdAt: now,
        updatedAt: now,
        revision: 0,
      });
    }
    const attached = store.attachments.get(ADMIN_USER);
    if (!attached?.securityPolicyIds.includes(ADMINISTRATOR_ACCESS_GRN)) {
      const ids = [ADMINISTRATOR_ACCESS_GRN, ...(attached?.securityPolicyIds ?? [])].slice(
        0,
        GS2_LIMITS.attachedPolicies,
      );
      store.attachments.put(ADMIN_USER, {
        userName: ADMIN_USER,
        securityPolicyIds: ids,
        attachedAt: attached?.attachedAt ?? now,
        revision: (attached?.revision ?? -1) + 1,
      });
    }
    const { clientId, clientSecret } = meta.bootstrap;
    const credential = store.credentials.get(clientId);
    if (credential?.userName !== ADMIN_USER || credential.secretHash !== sha256(clientSecret)) {
      store.credentials.put(clientId, {
        clientId,
        userName: ADMIN_USER,
        secretHash: sha256(clientSecret),
        createdAt: now,
        revision: 0,
        guards: [],
      });
    }
    return meta;
  });
}

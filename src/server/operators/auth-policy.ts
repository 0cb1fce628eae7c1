import type { Kysely } from 'kysely';
import type { StoreSchema } from '../store/schema';

const REQUIRE_MFA_KEY = 'auth.require_mfa';

/** Whether an admin has required MFA for every operator (those without it must enrol after sign-in). */
export async function isMfaRequired(db: Kysely<StoreSchema>): Promise<boolean> {
  const row = await db
    .selectFrom('tessera_meta')
    .select('value')
    .where('key', '=', REQUIRE_MFA_KEY)
    .executeTakeFirst();
  return row?.value === '1';
}

export async function setMfaRequired(db: Kysely<StoreSchema>, required: boolean): Promise<void> {
  const value = required ? '1' : '0';
  await db
    .insertInto('tessera_meta')
    .values({ key: REQUIRE_MFA_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

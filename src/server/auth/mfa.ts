import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { base32Encode } from '../../lib/otp/base32';
import { newTotpSecret, verifyTotp } from '../../lib/otp/totp';
import type { OperatorRow } from '../operators/operator-store';
import type { Config } from '../config';
import type { StoreSchema } from '../store/schema';
import { openTotpSecret, sealTotpSecret } from './totp-secret-box';
import { sha256Hex } from './tokens';

type Db = Kysely<StoreSchema>;

export const RECOVERY_CODE_COUNT = 10;
/** An enrolment must be confirmed within this time, or it has to start again with a new secret. */
export const ENROLMENT_TTL_MS = 15 * 60_000;

/**
 * Starts (or restarts) enrolment: a new secret, stored encrypted and kept pending until a code from it
 * is confirmed. Returns the plain secret for the QR code.
 */
export async function startEnrolment(db: Db, config: Config, operatorId: string): Promise<string> {
  const secret = newTotpSecret();
  await db
    .updateTable('operators')
    .set({
      mfa_pending_secret: sealTotpSecret(config, operatorId, secret),
      mfa_pending_at: new Date().toISOString(),
    })
    .where('id', '=', operatorId)
    .execute();
  return secret;
}

/**
 * Accepts a TOTP code (±1 step) once: the matched step is written only if it is newer than the last one
 * used, in the same statement, so two requests racing with one code cannot both succeed.
 */
export async function consumeTotp(
  db: Db,
  operator: OperatorRow,
  secret: string,
  code: string,
): Promise<boolean> {
  const step = verifyTotp(secret, code.trim(), { afterStep: operator.mfa_last_step ?? undefined });
  if (step === undefined) return false;
  const res = await db
    .updateTable('operators')
    .set({ mfa_last_step: step })
    .where('id', '=', operator.id)
    .where((eb) => eb.or([eb('mfa_last_step', 'is', null), eb('mfa_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Checks a code against the operator's active MFA secret. */
export function consumeOperatorTotp(
  db: Db,
  config: Config,
  operator: OperatorRow,
  code: string,
): Promise<boolean> {
  const secret =
    operator.mfa_enabled === 1 ? openTotpSecret(config, operator.id, operator.mfa_secret) : undefined;
  if (!secret) return Promise.resolve(false);
  return consumeTotp(db, operator, secret, code);
}

function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Replaces the operator's recovery codes with 10 new ones and returns them; only hashes are kept. */
export async function issueRecoveryCodes(db: Db, operatorId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = base32Encode(randomBytes(7)).slice(0, 10).toLowerCase();
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('operator_recovery_codes').where('operator_id', '=', operatorId).execute();
    await trx
      .insertInto('operator_recovery_codes')
      .values(
        codes.map((code) => ({
          id: randomUUID(),
          operator_id: operatorId,
          code_hash: sha256Hex(normaliseRecoveryCode(code)),
          used_at: null,
        })),
      )
      .execute();
  });
  return codes;
}

/** Spends one recovery code; each works once. */
export async function consumeRecoveryCode(db: Db, operatorId: string, code: string): Promise<boolean> {
  const normalised = normaliseRecoveryCode(code);
  if (normalised.length !== 10) return false;
  const res = await db
    .updateTable('operator_recovery_codes')
    .set({ used_at: new Date().toISOString() })
    .where('operator_id', '=', operatorId)
    .where('code_hash', '=', sha256Hex(normalised))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function recoveryCodesLeft(db: Db, operatorId: string): Promise<number> {
  const row = await db
    .selectFrom('operator_recovery_codes')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('operator_id', '=', operatorId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Turns MFA off and forgets the secret and the recovery codes (self-service disable or admin reset). */
export async function clearMfa(db: Db, operatorId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('operators')
      .set({
        mfa_enabled: 0,
        mfa_secret: null,
        mfa_pending_secret: null,
        mfa_pending_at: null,
        mfa_last_step: null,
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', operatorId)
      .execute();
    await trx.deleteFrom('operator_recovery_codes').where('operator_id', '=', operatorId).execute();
  });
}

import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { OperatorRole } from '../app-env';
import type { StoreSchema } from '../store/schema';

export const OPERATOR_ROLES = ['admin', 'operator', 'viewer'] as const satisfies readonly OperatorRole[];

export type OperatorRow = Selectable<StoreSchema['operators']>;
type Db = Kysely<StoreSchema>;

/** What the API shows of an operator: never the hash, the MFA secret or recovery codes. */
export type OperatorView = {
  id: string;
  username: string;
  displayName: string;
  role: OperatorRole;
  mfaEnabled: boolean;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
  lastSignInAt: string | null;
};

export function asRole(value: string): OperatorRole {
  return (OPERATOR_ROLES as readonly string[]).includes(value) ? (value as OperatorRole) : 'viewer';
}

export function toOperatorView(row: OperatorRow): OperatorView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: asRole(row.role),
    mfaEnabled: row.mfa_enabled === 1,
    disabled: row.disabled === 1,
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastSignInAt: row.last_sign_in_at,
  };
}

/** Usernames are compared and stored in lower case, so `Admin` and `admin` are one operator. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export function findOperatorByUsername(db: Db, username: string): Promise<OperatorRow | undefined> {
  return db
    .selectFrom('operators')
    .selectAll()
    .where('username', '=', normaliseUsername(username))
    .executeTakeFirst();
}

export function findOperatorById(db: Db, id: string): Promise<OperatorRow | undefined> {
  return db.selectFrom('operators').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listOperators(db: Db): Promise<OperatorRow[]> {
  return db.selectFrom('operators').selectAll().orderBy('username').execute();
}

export async function countOperators(db: Db): Promise<number> {
  const row = await db
    .selectFrom('operators')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Admins who can still sign in: the console must always keep at least one. */
export async function countActiveAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('operators')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertOperator(
  db: Db,
  input: {
    username: string;
    displayName: string;
    role: OperatorRole;
    passwordHash: string;
    mustChangePassword: boolean;
  },
): Promise<OperatorRow> {
  const now = new Date().toISOString();
  const row: OperatorRow = {
    id: randomUUID(),
    username: normaliseUsername(input.username),
    display_name: input.displayName,
    role: input.role,
    password_hash: input.passwordHash,
    must_change_password: input.mustChangePassword ? 1 : 0,
    mfa_enabled: 0,
    mfa_secret: null,
    mfa_pending_secret: null,
    mfa_pending_at: null,
    mfa_last_step: null,
    disabled: 0,
    created_at: now,
    updated_at: now,
    last_sign_in_at: null,
    password_changed_at: now,
  };
  await db.insertInto('operators').values(row).execute();
  return row;
}

type OperatorPatch = Partial<Omit<OperatorRow, 'id' | 'created_at' | 'updated_at'>>;

export async function updateOperator(db: Db, id: string, patch: OperatorPatch): Promise<void> {
  await db
    .updateTable('operators')
    .set({ ...patch, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isVendorId, type VendorId } from '../../vendors/ids';
import type { StoreSchema } from '../store/schema';
import type { SecretBox } from './secret-box';

/** A connection as the server keeps it, without its secrets. */
export type ConnectionRecord = {
  id: string;
  vendor: VendorId;
  name: string;
  baseUrl: string;
  settings: Record<string, string>;
  /** Names of the secret fields that hold a value. */
  secretNames: string[];
  demoVendor: VendorId | null;
  createdAt: string;
  updatedAt: string;
  revision: number;
};

/** A connection with its secrets decrypted, for upstream authentication only; never serialised. */
export type ResolvedConnection = ConnectionRecord & { secrets: Record<string, string> };

export type ConnectionInput = {
  vendor: VendorId;
  name: string;
  baseUrl: string;
  settings: Record<string, string>;
  secrets: Record<string, string>;
  demoVendor?: VendorId | null;
};

type Row = StoreSchema['connections'];

export class NameTakenError extends Error {
  override name = 'NameTakenError';
}

export type ConnectionRepo = ReturnType<typeof createConnectionRepo>;

/** The connections table: secrets sealed on every write (a fresh IV each time), opened only on resolve. */
export function createConnectionRepo(db: Kysely<StoreSchema>, box: SecretBox) {
  const toRecord = (row: Row): ConnectionRecord & { sealed: string } => {
    if (!isVendorId(row.vendor)) throw new Error(`Unknown vendor ${row.vendor} in connection ${row.id}.`);
    const demo = row.demo_vendor;
    return {
      id: row.id,
      vendor: row.vendor,
      name: row.name,
      baseUrl: row.base_url,
      settings: JSON.parse(row.settings) as Record<string, string>,
      secretNames: [],
      demoVendor: demo && isVendorId(demo) ? demo : null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      revision: row.revision,
      sealed: row.secrets,
    };
  };
  const withSecrets = (row: Row): ResolvedConnection => {
    const { sealed, ...record } = toRecord(row);
    const secrets = box.open(sealed, row.id);
    return { ...record, secretNames: Object.keys(secrets).filter((k) => secrets[k]), secrets };
  };
  const publicOf = (row: Row): ConnectionRecord => {
    const { secrets: _secrets, ...record } = withSecrets(row);
    return record;
  };
  const nameTaken = async (name: string, exceptId?: string) => {
    const hit = await db.selectFrom('connections').select('id').where('name', '=', name).executeTakeFirst();
    return hit !== undefined && hit.id !== exceptId;
  };
  const row = (id: string) =>
    db.selectFrom('connections').selectAll().where('id', '=', id).executeTakeFirst();

  return {
    async list(): Promise<ConnectionRecord[]> {
      const rows = await db.selectFrom('connections').selectAll().orderBy('name').execute();
      return rows.map(publicOf);
    },
    async get(id: string): Promise<ConnectionRecord | undefined> {
      const r = await row(id);
      return r && publicOf(r);
    },
    async resolve(id: string): Promise<ResolvedConnection | undefined> {
      const r = await row(id);
      return r && withSecrets(r);
    },
    async findDemo(vendor: VendorId): Promise<ConnectionRecord | undefined> {
      const r = await db
        .selectFrom('connections')
        .selectAll()
        .where('demo_vendor', '=', vendor)
        .executeTakeFirst();
      return r && publicOf(r);
    },
    async create(input: ConnectionInput): Promise<ConnectionRecord> {
      if (await nameTaken(input.name)) throw new NameTakenError(input.name);
      const id = randomUUID();
      const now = new Date().toISOString();
      await db
        .insertInto('connections')
        .values({
          id,
          vendor: input.vendor,
          name: input.name,
          base_url: input.baseUrl,
          settings: JSON.stringify(input.settings),
          secrets: box.seal(input.secrets, id),
          demo_vendor: input.demoVendor ?? null,
          created_at: now,
          updated_at: now,
          revision: 1,
        })
        .execute();
      const created = await this.get(id);
      if (!created) throw new Error('The new connection vanished.');
      return created;
    },
    /** Replaces name, base URL and settings; secrets are replaced as given (the caller merges). */
    async update(
      id: string,
      next: Pick<ConnectionInput, 'name' | 'baseUrl' | 'settings' | 'secrets'>,
    ): Promise<ConnectionRecord | undefined> {
      if (await nameTaken(next.name, id)) throw new NameTakenError(next.name);
      const result = await db
        .updateTable('connections')
        .set((eb) => ({
          name: next.name,
          base_url: next.baseUrl,
          settings: JSON.stringify(next.settings),
          secrets: box.seal(next.secrets, id),
          updated_at: new Date().toISOString(),
          revision: eb('revision', '+', 1),
        }))
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n ? this.get(id) : undefined;
    },
    async remove(id: string): Promise<boolean> {
      const result = await db.deleteFrom('connections').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

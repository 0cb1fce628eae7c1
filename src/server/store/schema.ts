

/**
 * The console store's tables as Kysely sees them. Each feature adds its tables here and a migration in
 * ./migrations; the types are written to match the migration, never inferred from a live database.
 */
export type StoreSchema = {
  tessera_meta: { key: string; value: string };
};

/**
 * The console store's tables as Kysely sees them. Each feature adds its tables here and a migration in
 * ./migrations; the types are written to match the migration, never inferred from a live database.
 */
export type StoreSchema = {
  tessera_meta: { key: string; value: string };
  audit_log: {
    id: string;
    at: string;
    operator_id: string | null;
    username: string | null;
    action: string;
    target: string | null;
    connection_id: string | null;
    result: string;
    status: number | null;
    ip: string | null;
    request_id: string | null;
    duration_ms: number | null;
    detail: string | null;
  };
};

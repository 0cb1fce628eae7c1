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
  operators: {
    id: string;
    username: string;
    display_name: string;
    role: string;
    password_hash: string;
    must_change_password: number;
    mfa_enabled: number;
    mfa_secret: string | null;
    mfa_pending_secret: string | null;
    mfa_pending_at: string | null;
    mfa_last_step: number | null;
    disabled: number;
    created_at: string;
    updated_at: string;
    last_sign_in_at: string | null;
    password_changed_at: string;
  };
  operator_sessions: {
    token_hash: string;
    id: string;
    operator_id: string;
    stage: string;
    created_at: string;
    last_seen_at: string;
    expires_at: string;
    ip: string | null;
    user_agent: string | null;
  };
  operator_recovery_codes: {
    id: string;
    operator_id: string;
    code_hash: string;
    used_at: string | null;
  };
  sign_in_throttle: {
    key: string;
    failures: number;
    first_failure_at: number;
    next_allowed_at: number;
    locked_until: number;
  };
  connections: {
    id: string;
    vendor: string;
    name: string;
    base_url: string;
    /** JSON of the vendor's plain settings. */
    settings: string;
    /** AES-256-GCM envelope of the secret settings; never leaves the server. */
    secrets: string;
    demo_vendor: string | null;
    created_at: string;
    updated_at: string;
    revision: number;
  };
  self_service_links: {
    token_hash: string;
    id: string;
    connection_id: string;
    /** What the link opens, e.g. `gs2-mfa`; a link is good for nothing else. */
    purpose: string;
    /** The vendor user the link is for. */
    subject: string;
    created_by: string | null;
    created_at: string;
    expires_at: string;
  };
  self_service_sessions: {
    token_hash: string;
    id: string;
    link_id: string;
    /** The vendor token for the link's user, sealed with the connection secret key; never leaves the server. */
    sealed_token: string;
    created_at: string;
    expires_at: string;
  };
};

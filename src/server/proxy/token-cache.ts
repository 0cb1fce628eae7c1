/** A login failure that was remembered; thrown to every caller until the cool-down ends. */
export class LoginFailed extends Error {
  override name = 'LoginFailed';
  constructor(
    message: string,
    /** `rejected`: the vendor refused the credentials; `unavailable`: it could not be asked. */
    readonly reason: 'rejected' | 'unavailable' | 'timeout',
    readonly vendorStatus?: number,
  ) {
    super(message);
  }
}

export type IssuedToken = { token: string; expiresInSeconds: number };

type Entry = {
  token?: string;
  expiresAt: number;
  pending?: Promise<string>;
  failure?: { error: LoginFailed; until: number };
};

export type TokenCacheOptions = {
  now?: () => number;
  /** Renew this long before the vendor's expiry, so a token never expires in flight. */
  skewMs?: number;
  /** After refused credentials, answer from memory this long instead of asking the vendor again. */
  rejectedCooldownMs?: number;
  /** After a network failure of the login itself. */
  unavailableCooldownMs?: number;
};

/**
 * Vendor tokens per connection: one login in flight per key (concurrent first requests share it), the
 * token reused until shortly before it expires, and failed logins remembered for a short while so wrong
 * credentials do not turn every page view into a login attempt.
 */
export class TokenCache {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  private readonly skewMs: number;
  private readonly rejectedCooldownMs: number;
  private readonly unavailableCooldownMs: number;

  constructor(opts: TokenCacheOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.skewMs = opts.skewMs ?? 60_000;
    this.rejectedCooldownMs = opts.rejectedCooldownMs ?? 15_000;
    this.unavailableCooldownMs = opts.unavailableCooldownMs ?? 2_000;
  }

  async get(key: string, login: () => Promise<IssuedToken>): Promise<string> {
    const entry = this.entries.get(key) ?? { expiresAt: 0 };
    this.entries.set(key, entry);
    const now = this.now();
    if (entry.token && now < entry.expiresAt) return entry.token;
    if (entry.failure && now < entry.failure.until) throw entry.failure.error;
    if (entry.pending) return entry.pending;
    const pending = login().then(
      (issued) => {
        // Very short lifetimes still get half their span, rather than none at all.
        const lifetime = issued.expiresInSeconds * 1000;
        const usable = Math.max(lifetime - this.skewMs, lifetime / 2);
        if (this.entries.get(key) === entry) {
          entry.token = issued.token;
          entry.expiresAt = this.now() + usable;
          delete entry.failure;
        }
        return issued.token;
      },
      (err: unknown) => {
        const error =
          err instanceof LoginFailed
            ? err
            : new LoginFailed(err instanceof Error ? err.message : String(err), 'unavailable');
        const cooldown = error.reason === 'rejected' ? this.rejectedCooldownMs : this.unavailableCooldownMs;
        if (this.entries.get(key) === entry) {
          delete entry.token;
          entry.failure = { error, until: this.now() + cooldown };
        }
        throw error;
      },
    );
    entry.pending = pending;
    void pending.then(
      () => {
        delete entry.pending;
      },
      () => {
        delete entry.pending;
      },
    );
    return pending;
  }

  /** Forgets `token` if it is still the cached one; a token already replaced by another request stays. */
  reject(key: string, token: string): void {
    const entry = this.entries.get(key);
    if (entry?.token === token) {
      delete entry.token;
      entry.expiresAt = 0;
    }
  }

  /** Drops everything cached for keys starting with `prefix` (a connection edited or deleted). */
  forget(prefix: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }
}

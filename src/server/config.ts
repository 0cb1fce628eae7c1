import { z } from 'zod';
import path from 'node:path';

/** Thrown for configuration a user must fix; the CLI prints `message` alone and exits non-zero. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));
const intIn = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const envSchema = z.object({
  PORT: intIn(0, 65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  TESSERA_DATA_DIR: z.string().min(1).default('.tessera'),
  TESSERA_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave unset for SQLite in the data dir)')
    .optional(),
  TESSERA_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  TESSERA_BODY_LIMIT: intIn(1024, 1024 ** 3).default(1024 * 1024),
  TESSERA_PROXY_BODY_LIMIT: intIn(1024, 1024 ** 3).default(10 * 1024 * 1024),
  TESSERA_COOKIE_SECURE: flag.optional(),
  TESSERA_SESSION_IDLE_MINUTES: intIn(1, 7 * 24 * 60).default(30),
  TESSERA_SESSION_MAX_HOURS: intIn(1, 24 * 30).default(12),
  TESSERA_SECRET_KEY: z
    .string()
    .regex(
      /^[A-Za-z0-9+/=_-]{43,88}$/,
      'must be 32 random bytes in base64 or hex (try: openssl rand -base64 32)',
    )
    .optional(),
  TESSERA_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  TESSERA_UPSTREAM_CONNECT_TIMEOUT_MS: intIn(100, 120_000).default(5_000),
  TESSERA_UPSTREAM_TIMEOUT_MS: intIn(100, 600_000).default(30_000),
});

/**
 * Sign-in throttling, per username and per client address (figures documented in docs/security.md).
 * After `freeFailures` failures within `windowMs`, each further failure makes the key wait
 * `baseDelayMs * 2^(n - freeFailures - 1)` (capped at `maxDelayMs`) before the next attempt is looked
 * at; `lockAfter` failures lock the key for `lockMs`.
 */
export type ThrottleRule = { freeFailures: number; lockAfter: number };
export type SignInThrottle = {
  username: ThrottleRule;
  address: ThrottleRule;
  baseDelayMs: number;
  maxDelayMs: number;
  lockMs: number;
  windowMs: number;
};

export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottle = {
  username: { freeFailures: 3, lockAfter: 10 },
  address: { freeFailures: 10, lockAfter: 50 },
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  lockMs: 15 * 60_000,
  windowMs: 15 * 60_000,
};

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  bodyLimit: number;
  proxyBodyLimit: number;
  /** undefined: decide per request from the scheme the browser used. */
  cookieSecure: boolean | undefined;
  sessionIdleMs: number;
  sessionMaxMs: number;
  secretKey: string | undefined;
  adminPassword: string | undefined;
  upstreamConnectTimeoutMs: number;
  upstreamTimeoutMs: number;
  /** scrypt cost for new password hashes as log2(N); each hash stores its own parameters. */
  scryptLogN: number;
  signInThrottle: SignInThrottle;
};

/** Reads configuration from the environment, naming each bad variable and how to fix it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const parsed = envSchema.safeParse(picked);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${i.path.join('.')}=${JSON.stringify(picked[String(i.path[0])] ?? '')} ${i.message}`,
    );
    throw new ConfigError(`Invalid environment: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.TESSERA_DATA_DIR),
    databaseUrl: e.TESSERA_DATABASE_URL,
    logLevel: e.TESSERA_LOG_LEVEL,
    bodyLimit: e.TESSERA_BODY_LIMIT,
    proxyBodyLimit: e.TESSERA_PROXY_BODY_LIMIT,
    cookieSecure: e.TESSERA_COOKIE_SECURE,
    sessionIdleMs: e.TESSERA_SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.TESSERA_SESSION_MAX_HOURS * 3_600_000,
    secretKey: e.TESSERA_SECRET_KEY,
    adminPassword: e.TESSERA_ADMIN_PASSWORD,
    upstreamConnectTimeoutMs: e.TESSERA_UPSTREAM_CONNECT_TIMEOUT_MS,
    upstreamTimeoutMs: e.TESSERA_UPSTREAM_TIMEOUT_MS,
    scryptLogN: 15,
    signInThrottle: DEFAULT_SIGN_IN_THROTTLE,
  };
}

/** A config for tests: every default, a given data dir, no log noise. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), logLevel: 'silent', port: 0, ...overrides };
}

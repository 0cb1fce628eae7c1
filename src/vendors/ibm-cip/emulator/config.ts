import type { EmulatorOptions } from '../../../emulator-kit/types';
import type { CipStore } from './store';

/** An API key as the admin UI's "API Key Management" would configure it; the API has no call for them. */
export type ApiKey = { clientId: string; clientSecret: string; accessTokenValiditySeconds: number };

export type CipConfig = {
  apiKeys: ApiKey[];
  /** Directory size limit of user searches; past it the search answers `result_limit_exceeded`. */
  searchLimit: number;
  /** Failed password checks before the password is locked (403). */
  lockoutThreshold: number;
  minPasswordLength: number;
};

export type CipEmulatorOptions = EmulatorOptions & {
  clientId?: string;
  clientSecret?: string;
  /** The launcher's generic names for the bootstrap credential (`--admin-id`, `--admin-secret`). */
  adminId?: string | undefined;
  adminSecret?: string | undefined;
  /** Access-token lifetime in seconds (default 3600, or TESSERA_IBM_CIP_TOKEN_VALIDITY). */
  tokenValiditySeconds?: number;
  searchLimit?: number;
  lockoutThreshold?: number;
  minPasswordLength?: number;
  /** Clock in epoch ms, so tests can expire tokens without waiting. */
  now?: () => number;
};

/** Handlers get the store, the configuration and the clock through this one object. */
export type Ctx = { store: CipStore; config: CipConfig; now(): number };

export const DEMO_CLIENT_ID = 'client-12345-12345';
export const DEMO_CLIENT_SECRET = 'secret-12345-12345';

function envInt(name: string): number | undefined {
  const raw = process.env[name];
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

export function resolveConfig(opts: CipEmulatorOptions): CipConfig {
  return {
    apiKeys: [
      {
        clientId: opts.clientId ?? opts.adminId ?? process.env.TESSERA_IBM_CIP_CLIENT_ID ?? DEMO_CLIENT_ID,
        clientSecret:
          opts.clientSecret ??
          opts.adminSecret ??
          process.env.TESSERA_IBM_CIP_CLIENT_SECRET ??
          DEMO_CLIENT_SECRET,
        accessTokenValiditySeconds:
          opts.tokenValiditySeconds ?? envInt('TESSERA_IBM_CIP_TOKEN_VALIDITY') ?? 3600,
      },
    ],
    searchLimit: opts.searchLimit ?? envInt('TESSERA_IBM_CIP_SEARCH_LIMIT') ?? 100,
    lockoutThreshold: opts.lockoutThreshold ?? 5,
    minPasswordLength: opts.minPasswordLength ?? 8,
  };
}

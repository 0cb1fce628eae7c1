import type { Context } from 'hono';
import type { EmulatorOptions } from '../../../emulator-kit/types';
import type { HttpStatusMode, ResultCode } from './errors';
import type { AccountRecord, NhnStore, TokenRecord, UserAccessKeyRecord } from './store';

export type NhnEmulatorOptions = EmulatorOptions & {
  /** The clock; tests move it forward to expire tokens. */
  now?: () => Date;
  /** Token lifetime of keys created without `tokenExpiryPeriod` (the vendor's default is one day). */
  defaultTokenExpirySeconds?: number;
  /** HTTP statuses of failures: mapped from the result code (default) or always 200. */
  httpStatusMode?: HttpStatusMode;
  /** Fixes the bootstrap User Access Key (ID of 20 and secret of 16 characters) instead of generating one. */
  bootstrap?: { userAccessKeyId: string; secretAccessKey: string };
};

/** What every handler needs: the state, the clock and the settings. */
export type Runtime = {
  store: NhnStore;
  now: () => Date;
  defaultTokenExpirySeconds: number;
  httpStatusMode: HttpStatusMode;
  /**
   * Downstream failures to simulate, keyed `METHOD /route/:pattern` (e.g. `GET /v1/billing/contracts/basic/products`
   * → 72005). The vendor's faults of other systems (1201, 13001, 62014, 72005, 500) cannot happen on their own here.
   */
  faults: Map<string, ResultCode>;
};

/** The authenticated caller, set by the bearer middleware. */
export type Caller = { account: AccountRecord; key: UserAccessKeyRecord; token: TokenRecord };

export type NhnEnv = { Variables: { caller: Caller } };
export type NhnContext = Context<NhnEnv>;

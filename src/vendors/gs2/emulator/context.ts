import type { Gs2Store, MetaRecord } from './store';

export type EmulatorSettings = {
  /** Evaluate the caller's attached security policies on every call (on by default). */
  enforcePolicies: boolean;
  /** Serve the /__emulator hooks (reset, current TOTP code); off unless asked for. */
  testMode: boolean;
  /** Load the demo project on an empty store and after a reset. */
  seed: boolean;
};

/** Everything a handler needs; `now` is injectable so tests can move the clock past token expiry. */
export type EmulatorContext = {
  store: Gs2Store;
  settings: EmulatorSettings;
  now: () => number;
  meta: () => MetaRecord;
};

/** One authorised call: the token's user (absent on the login routes) and the request's options. */
export type Call = {
  ctx: EmulatorContext;
  principal: string | undefined;
  requestId: string | undefined;
  dryRun: boolean;
};

/** Behaviour switches of the SCP emulator; every field has a default (see ./README.md). */
export type ScpEmulatorConfig = {
  /**
   * The base URL clients sign (scheme + host, no trailing slash). Unset, the emulator signs-checks against the
   * scheme and Host of each request, which is what a client that signs the URL it fetches produces.
   */
  publicBaseUrl: string | undefined;
  /** Accepted clock difference between Scp-Timestamp and the emulator's clock. */
  timestampSkewMs: number;
  /** Evaluate the caller's identity-based policies on every request (403 on denial). */
  authorize: boolean;
  /** Refuse 1.0 and 1.1 after their "Supported Until" date. */
  enforceVersionSunset: boolean;
  /** The region requests are made in, for `scp:RequestedRegion` conditions and the endpoint catalogue. */
  region: string;
  /** The environment part of SRNs. */
  environment: string;
  /** How long a temporary access key OTP stays valid. */
  otpTtlMs: number;
  /** Every temporary-key OTP is this code instead of a random one (sandboxes and demos). */
  fixedOtp: string | undefined;
  now: () => number;
};

export function scpConfig(overrides: Partial<ScpEmulatorConfig> = {}): ScpEmulatorConfig {
  return {
    publicBaseUrl: undefined,
    timestampSkewMs: 5 * 60_000,
    authorize: true,
    enforceVersionSunset: false,
    region: 'kr-west1',
    environment: 'emulator',
    otpTtlMs: 5 * 60_000,
    fixedOtp: undefined,
    now: () => Date.now(),
    ...overrides,
  };
}

/** RFC 3339 in UTC at second precision, as SCP's examples show it. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

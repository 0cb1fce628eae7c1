/** Field limits and rules from the GS2-Identifier API reference, shared by client forms and the emulator. */
export const GS2_LIMITS = {
  name: 128,
  description: 1024,
  grn: 1024,
  clientId: 256,
  clientSecret: 100,
  password: 1024,
  passcode: 6,
  policy: 524_288,
  pageToken: 1024,
  pageLimitMin: 1,
  pageLimitMax: 1000,
  pageLimitDefault: 30,
  attachedPolicies: 100,
  projectToken: 1024,
  projectTokenSeconds: 36_000,
} as const;

/** "Alphanumeric characters, hyphens (-), underscores (_), and periods (.)" for user and policy names. */
export const GS2_NAME_PATTERN = /^[A-Za-z0-9_.-]+$/;

export const GS2_REGIONS = ['ap-northeast-1', 'us-east-1', 'eu-west-1', 'ap-southeast-1'] as const;
export type Gs2Region = (typeof GS2_REGIONS)[number];

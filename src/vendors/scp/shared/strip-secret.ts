import type { AccessKey } from '../wire/access-keys';

/** An access key as the console keeps it: whatever secret a read carried is dropped before caching. */
export type StoredAccessKey = Omit<AccessKey, 'secret_key'>;

/** SCP returns `secret_key` on every read; Tessera's proxy masks it, and the console drops even the mask. */
export function stripSecret(key: AccessKey): StoredAccessKey {
  const { secret_key: _dropped, ...rest } = key;
  return rest;
}

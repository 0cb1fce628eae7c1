import { neverExpires } from '../shared/format';
import type { StoredAccessKey } from '../shared/strip-secret';

export type KeyStatus = 'enabled' | 'disabled' | 'expired';

/** Expiry wins over the enabled flag: an expired key is refused whatever it says. */
export function keyStatus(k: StoredAccessKey, now = Date.now()): KeyStatus {
  if (!neverExpires(k.expiration_timestamp) && Date.parse(k.expiration_timestamp) <= now) return 'expired';
  return k.is_enabled ? 'enabled' : 'disabled';
}

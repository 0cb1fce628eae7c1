import { createHash, timingSafeEqual } from 'node:crypto';
import { randomString } from '../../../../emulator-kit/random-id';
import type { NhnStore, TokenRecord, UserAccessKeyRecord } from '../store';
import { zuluDate } from '../format';

/** Secrets and tokens are kept as SHA-256 digests: the plain value leaves the emulator once. */
export const digest = (value: string): string => createHash('sha256').update(value).digest('hex');

export function digestMatches(value: string, expectedHex: string): boolean {
  const a = Buffer.from(digest(value), 'hex');
  const b = Buffer.from(expectedHex, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Sizes of the vendor's examples: a 16-character secret, a 128-character token. */
export const newSecretAccessKey = (): string => randomString(16);
const newAccessToken = (): string => randomString(128);

/** Stores a fresh secret on the key and returns it in plain, the only time it is seen. */
export function setSecret(key: UserAccessKeyRecord, secret: string = newSecretAccessKey()): string {
  key.secretHash = digest(secret);
  key.secretHint = secret.slice(0, 4);
  return secret;
}

/** An ACTIVE token is one not expired by hand and not past its expiry. */
export const tokenActive = (t: TokenRecord, now: Date): boolean =>
  !t.expired && Date.parse(t.expireDatetime) > now.getTime();

/** Issues a token with the key's lifetime at this moment; a later lifetime change does not affect it. */
export function issueToken(
  store: NhnStore,
  key: UserAccessKeyRecord,
  now: Date,
): { accessToken: string; record: TokenRecord } {
  const meta = store.meta.get('meta');
  if (!meta) throw new Error('The emulator store has no bootstrap record.');
  const tokenId = meta.tokenSeq + 1;
  store.meta.put('meta', { ...meta, tokenSeq: tokenId });
  const accessToken = newAccessToken();
  const record: TokenRecord = {
    tokenId,
    hash: digest(accessToken),
    hint: accessToken.slice(0, 4),
    userAccessKeyID: key.userAccessKeyID,
    ownerUuid: key.ownerUuid,
    expired: false,
    regDatetime: zuluDate(now),
    expireDatetime: zuluDate(new Date(now.getTime() + key.tokenExpiryPeriod * 1000)),
    lastAccessDatetime: null,
  };
  store.tokens.put(record.hash, record);
  return { accessToken, record };
}

/** Expires the key's tokens that `select` picks (all of them by default). */
export function expireTokens(
  store: NhnStore,
  userAccessKeyID: string,
  select: (t: TokenRecord) => boolean = () => true,
): number {
  const hits = store.tokens.list((t) => t.userAccessKeyID === userAccessKeyID && !t.expired && select(t));
  for (const t of hits) store.tokens.put(t.hash, { ...t, expired: true });
  return hits.length;
}

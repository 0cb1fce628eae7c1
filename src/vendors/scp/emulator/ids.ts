import { randomBytes, randomInt, randomUUID } from 'node:crypto';

/** SCP resource ids: 32 lowercase hex characters, a UUID without dashes. */
export const newId = (): string => randomBytes(16).toString('hex');
/** Secret keys look like dashed UUIDs. */
export const newSecret = (): string => randomUUID();
export const newOtpCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

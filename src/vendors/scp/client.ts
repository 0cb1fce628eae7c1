import { vendorCaller } from '@/lib/http/vendor-client';
import { scpErrors } from './errors';

/**
 * Calls one operation through the connection's proxy (which signs it), parsing the answer with the
 * endpoint's wire schema; SCP's error list becomes an `HttpError` with the vendor's own message.
 * Each console area declares its endpoints with `endpoint()` in its own `<area>/api.ts`.
 */
export const scpCall = vendorCaller(scpErrors);

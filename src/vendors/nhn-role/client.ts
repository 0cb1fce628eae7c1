import { vendorCaller } from '@/lib/http/vendor-client';
import { nhnRoleErrors } from './errors';

/**
 * Calls one operation through the connection's proxy (which adds the secret key), parsing the answer
 * with the endpoint's wire schema; a failed `header`, even on HTTP 200, becomes an `HttpError`.
 * Each console area declares its endpoints with `endpoint()` in its own `<area>/api.ts`.
 */
export const roleCall = vendorCaller(nhnRoleErrors);

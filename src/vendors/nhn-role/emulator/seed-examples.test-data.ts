/**
 * Key paths of the response examples in the seed (API v3 guide), extracted once from its JSON examples:
 * `a.b[].c` means key c inside the items of list b inside a. Header-only examples are left out. Split by
 * resource so each file stays readable.
 */
import { RESOURCE_OPERATION_ATTRIBUTE_KEYS } from './seed-examples-resources.test-data';
import { USER_ROLE_SCOPE_KEYS } from './seed-examples-users-roles.test-data';

export const SEED_RESPONSE_KEYS: Record<string, readonly string[]> = {
  ...USER_ROLE_SCOPE_KEYS,
  ...RESOURCE_OPERATION_ATTRIBUTE_KEYS,
};

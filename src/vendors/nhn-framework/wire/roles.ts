import { z } from 'zod';
import { envelope, Role } from './common';

/** #7 and #8 query: the category filter accepts these three codes. */
export const RoleListCategory = z.enum(['ROLE', 'PERMISSION', 'ROLE_GROUP']);
export type RoleListCategory = z.infer<typeof RoleListCategory>;

/** #7 and #8 response: a top-level `totalCount` instead of `paging`. */
export const ListRolesResponse = envelope({ roles: z.array(Role), totalCount: z.number().int() });
export type ListRolesResponse = z.infer<typeof ListRolesResponse>;

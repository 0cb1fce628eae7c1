import { z } from 'zod';
import { LooseBooleanSchema, LooseIntSchema, wrapped } from './common';

export const VIEW_SECTIONS = ['launchpad', 'profile', 'reports', 'requests', 'services', 'users'] as const;

const ViewPrefSchema = z.object({ appSectionCode: z.string(), show: z.boolean() });
export const FilterSchema = z.object({
  attributeName: z.string(),
  attributeValue: z.string(),
  includeInResult: z.boolean(),
});
export const SearchOptionSchema = z.object({
  id: z.number().int().optional(),
  name: z.string(),
  mapping: z.string(),
  rank: z.number().int(),
});
export const ViewPermissionSchema = z.object({
  attributeName: z.string(),
  editable: z.boolean(),
  visible: z.boolean(),
  subjectType: z.object({
    id: z.number().int().min(1).max(6),
    description: z.string().optional(),
    subjectTypeSubjectId: z.union([z.number(), z.string()]).nullish(),
    name: z.string().nullish(),
  }),
});

/** SS11 role: the full definition. */
export const RoleSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  instanceId: z.number().int(),
  uuid: z.string(),
  name: z.string(),
  description: z.string(),
  defaultRole: z.boolean(),
  clientRolePriority: z.number().int(),
  applicationSuites: z.array(
    z.object({ applicationId: z.number().int().min(1).max(4), allowAccess: z.boolean() }),
  ),
  viewPrefs: z.record(z.string(), ViewPrefSchema),
  preferences: z.record(z.string(), z.boolean()),
  filterOptions: z.object({ userFilter: z.array(FilterSchema), serviceFilter: z.array(FilterSchema) }),
  searchOptions: z.object({
    userSearch: z.array(SearchOptionSchema),
    serviceSearch: z.array(SearchOptionSchema),
  }),
  viewPermissions: z.array(ViewPermissionSchema),
});
export type Role = z.infer<typeof RoleSchema>;

/** SS11: `defaultRole` at the top is the uuid of the instance's default role ("" when it has none). */
export const RoleResponseSchema = wrapped({ defaultRole: z.string(), roles: z.array(RoleSchema) });
export type RoleResponse = z.infer<typeof RoleResponseSchema>;

/** SS19: bare array of role summaries. */
export const RoleSummarySchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  name: z.string(),
  uuid: z.string(),
  aliasMapping: z.object({ id: z.number().int(), name: z.string(), clientId: z.number().int() }),
  defaultRole: z.boolean(),
  clientRolePriority: z.number().int(),
  clientRoleDescription: z.string(),
});
export type RoleSummary = z.infer<typeof RoleSummarySchema>;
export const RoleListSchema = z.array(RoleSummarySchema);

/** One filter or a list of them: the seed's create example sends objects, its update example arrays. */
const FilterInput = z
  .union([FilterSchema, z.array(FilterSchema)])
  .transform((f) => (Array.isArray(f) ? f : [f]));
const SearchInput = z.object({
  id: z.number().int().optional(),
  name: z.string(),
  mapping: z.string(),
  rank: LooseIntSchema,
});

/** SS22 and SS30 body (Table 143 = Table 160). */
export const RoleRequestSchema = z.object({
  applicationSuites: z.array(
    z.object({
      applicationId: LooseIntSchema.pipe(z.number().int().min(1).max(4)),
      allowAccess: LooseBooleanSchema,
    }),
  ),
  defaultRole: LooseBooleanSchema,
  filterOptions: z
    .object({ userFilter: FilterInput.optional(), serviceFilter: FilterInput.optional() })
    .optional(),
  instanceId: LooseIntSchema,
  name: z.string().trim().min(1),
  description: z.string().max(100),
  preferences: z.record(z.string(), LooseBooleanSchema).optional(),
  searchOptions: z
    .object({ userSearch: z.array(SearchInput).optional(), serviceSearch: z.array(SearchInput).optional() })
    .optional(),
  uuid: z.string().optional(),
  viewPermissions: z.array(ViewPermissionSchema).optional(),
  viewPrefs: z.object(
    Object.fromEntries(
      VIEW_SECTIONS.map((k) => [k, z.object({ appSectionCode: z.string(), show: LooseBooleanSchema })]),
    ) as Record<
      (typeof VIEW_SECTIONS)[number],
      z.ZodObject<{ appSectionCode: z.ZodString; show: typeof LooseBooleanSchema }>
    >,
  ),
});
export type RoleRequest = z.input<typeof RoleRequestSchema>;

/** SS22 answers the status object plus a summary of the new role. */
export const RoleCreatedResponseSchema = wrapped({
  clientRolePriority: z.number().int(),
  clientId: z.number().int(),
  roleName: z.string(),
  uuid: z.string(),
  description: z.string(),
  defaultRole: z.boolean(),
});
export type RoleCreatedResponse = z.infer<typeof RoleCreatedResponseSchema>;

/** SS35; the seed's table capitalises `ClientId` and `Uuid`, so both spellings are read. */
export const RolePriorityRequestSchema = z.object({
  clientId: LooseIntSchema,
  uuid: z.string().min(1),
  clientRolePriority: LooseIntSchema.pipe(z.number().int().nonnegative()),
  defaultRole: LooseBooleanSchema,
});
export type RolePriorityRequest = z.input<typeof RolePriorityRequestSchema>;

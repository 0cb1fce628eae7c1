import { z } from 'zod';
import { VIEW_SECTIONS, type Role, type RoleRequest } from '../../wire';
import type { SettingsText } from '../settings-text';

export type RoleValues = {
  name: string;
  description: string;
  apps: { applicationId: number; allowAccess: boolean }[];
  sections: Record<(typeof VIEW_SECTIONS)[number], boolean>;
  preferences: Record<string, boolean>;
};

/** The API's rules for SS30: a name, a description of at most 100 characters, one shown section. */
export const roleSchema = (t: { nameRequired: string; descriptionMax: string; sectionsRequired: string }) =>
  z.object({
    name: z.string().trim().min(1, t.nameRequired),
    description: z.string().max(100, t.descriptionMax),
    apps: z.array(z.object({ applicationId: z.number().int(), allowAccess: z.boolean() })),
    sections: z
      .record(z.enum(VIEW_SECTIONS), z.boolean())
      .refine((s) => Object.values(s).some(Boolean), t.sectionsRequired),
    preferences: z.record(z.string(), z.boolean()),
  });

export function toRoleValues(role: Role): RoleValues {
  const apps = [1, 2, 3, 4].map((applicationId) => ({
    applicationId,
    allowAccess: role.applicationSuites.find((a) => a.applicationId === applicationId)?.allowAccess ?? false,
  }));
  return {
    name: role.name,
    description: role.description,
    apps,
    sections: Object.fromEntries(
      VIEW_SECTIONS.map((s) => [s, role.viewPrefs[s]?.show ?? false]),
    ) as RoleValues['sections'],
    preferences: { ...role.preferences },
  };
}

/** SS30 replaces the role: the parts the form does not edit go back as they were. */
export function fromRoleValues(role: Role, v: RoleValues): RoleRequest {
  return {
    applicationSuites: v.apps,
    defaultRole: role.defaultRole,
    filterOptions: role.filterOptions,
    instanceId: role.instanceId,
    name: v.name.trim(),
    description: v.description,
    preferences: v.preferences,
    searchOptions: role.searchOptions,
    uuid: role.uuid,
    viewPermissions: role.viewPermissions,
    viewPrefs: Object.fromEntries(
      VIEW_SECTIONS.map((s) => [s, { appSectionCode: s, show: v.sections[s] }]),
    ) as RoleRequest['viewPrefs'],
  };
}

export type PriorityValues = { clientRolePriority: string; defaultRole: boolean };
export const prioritySchema = (t: SettingsText) =>
  z.object({
    clientRolePriority: z.string().trim().regex(/^\d+$/, t.wholeNumber),
    defaultRole: z.boolean(),
  });

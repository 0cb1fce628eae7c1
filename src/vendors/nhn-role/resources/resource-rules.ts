import { z } from 'zod';
import { HttpError } from '@/lib/http/errors';
import { childUiPath } from './tree-model';

/** resourceId: ≤ 64 letters, digits, - and _, alphanumeric at both ends (v1 guide, release note 2018-02-22). */
export const RESOURCE_ID = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62}[A-Za-z0-9])?$/;
export const PATH_MAX = 1024;
export const METADATA_MAX = 65_536;
export const PRIORITY_MIN = -32_768;
export const PRIORITY_MAX = 32_767;

export type ResourceFormValues = {
  resourceId: string;
  name: string;
  segment: string;
  path: string;
  priority: string;
  description: string;
  metadata: string;
};

export type ResourceRuleText = {
  idInvalid: string;
  nameRequired: string;
  noSlash: string;
  pathStart: string;
  tooLong: (max: number) => string;
  priorityRange: string;
  uiPathTooLong: string;
};

/**
 * The vendor's field rules, checked before sending. A new resource may leave its ID to ROLE; an edited one
 * keeps its ID, whatever it is, or takes a new one that follows the rule. `parentUiPath` bounds the length.
 */
export function resourceFormSchema(
  t: ResourceRuleText,
  originalId: string | undefined,
  parentUiPath: string | undefined,
) {
  return z
    .object({
      resourceId: z
        .string()
        .trim()
        .refine(
          (v) => (originalId === undefined ? v === '' : v === originalId) || RESOURCE_ID.test(v),
          t.idInvalid,
        ),
      name: z
        .string()
        .trim()
        .min(1, t.nameRequired)
        .refine((v) => !v.includes('/'), t.noSlash),
      segment: z
        .string()
        .trim()
        .refine((v) => !v.includes('/'), t.noSlash),
      path: z.string().trim().startsWith('/', t.pathStart).max(PATH_MAX, t.tooLong(PATH_MAX)),
      priority: z
        .string()
        .trim()
        .refine((v) => /^-?\d+$/.test(v) && +v >= PRIORITY_MIN && +v <= PRIORITY_MAX, t.priorityRange),
      description: z.string().max(128, t.tooLong(128)),
      metadata: z.string().max(METADATA_MAX, t.tooLong(METADATA_MAX)),
    })
    .refine((v) => uiPathOf(parentUiPath, v).length <= PATH_MAX, {
      path: ['segment'],
      message: t.uiPathTooLong,
    });
}

/** The tree segment defaults to the name, as ROLE's own console builds uiPaths from names. */
export const uiPathOf = (parentUiPath: string | undefined, v: Pick<ResourceFormValues, 'name' | 'segment'>) =>
  childUiPath(parentUiPath, v.segment.trim() || v.name.trim());

/** The fields PUT and POST share; every optional field is sent, because ROLE clears what is left out. */
export function toWriteFields(parentUiPath: string | undefined, v: ResourceFormValues) {
  return {
    name: v.name.trim(),
    path: v.path.trim(),
    uiPath: uiPathOf(parentUiPath, v),
    priority: Number(v.priority.trim()),
    description: v.description === '' ? null : v.description,
    metadata: v.metadata === '' ? null : v.metadata,
  };
}

/** ROLE's resource result codes that belong to one field of the form (digest §6.4). */
const FIELD_OF_CODE: Record<string, keyof ResourceFormValues> = {
  '10003': 'path',
  '10004': 'resourceId',
  '10007': 'segment',
  '10008': 'name',
};

export function fieldOfError(err: unknown): keyof ResourceFormValues | undefined {
  return err instanceof HttpError && err.code !== undefined ? FIELD_OF_CODE[err.code] : undefined;
}

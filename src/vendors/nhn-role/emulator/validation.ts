import { LEGACY, RESULT, RoleError, type LegacyCode } from './result';

/**
 * ID and field limits (v1 guide and release notes; the 2024-02-27 release reports them all as 400).
 * IDs start and end with a letter or digit, except resource IDs: NHN's own console example answers with
 * resourceId "{boardId}", so braces and dots are allowed there anywhere.
 */
type IdRule = { max: number; chars: RegExp; alnumEdges: boolean };
const ID_RULES = {
  userId: { max: 48, chars: /^[A-Za-z0-9@._-]*$/, alnumEdges: true },
  scopeId: { max: 36, chars: /^[A-Za-z0-9_-]*$/, alnumEdges: true },
  roleId: { max: 128, chars: /^[A-Za-z0-9._:-]*$/, alnumEdges: true },
  operationId: { max: 32, chars: /^[A-Za-z0-9_-]*$/, alnumEdges: true },
  resourceId: { max: 64, chars: /^[A-Za-z0-9_.{}-]*$/, alnumEdges: false },
  // Attribute IDs are dotted names in the vendor's examples ("instance.name"); their limit is not published.
  attributeId: { max: 128, chars: /^[A-Za-z0-9._-]*$/, alnumEdges: true },
  roleTagId: { max: 128, chars: /^[A-Za-z0-9._:-]*$/, alnumEdges: true },
  attributeTagId: { max: 128, chars: /^[A-Za-z0-9._:-]*$/, alnumEdges: true },
} satisfies Record<string, IdRule>;

export type IdKind = keyof typeof ID_RULES;

export function isValidId(kind: IdKind, value: string): boolean {
  const rule: IdRule = ID_RULES[kind];
  if (value.length === 0 || value.length > rule.max || !rule.chars.test(value)) return false;
  return !rule.alnumEdges || /^[A-Za-z0-9](.*[A-Za-z0-9])?$/s.test(value);
}

const LEGACY_ID_CODES: Partial<Record<IdKind, LegacyCode>> = {
  userId: LEGACY.INVALID_USER_ID,
  scopeId: LEGACY.INVALID_SCOPE_ID,
  roleId: LEGACY.INVALID_ROLE_ID,
  operationId: LEGACY.INVALID_OPERATION_ID,
  resourceId: LEGACY.INVALID_RESOURCE_ID,
};

export function checkId(kind: IdKind, value: string): void {
  if (!isValidId(kind, value))
    throw new RoleError(RESULT.INVALID_ARGUMENT, `invalid ${kind} "${value}"`, LEGACY_ID_CODES[kind]);
}

/** Descriptions, role names and groups: at most 128 characters. */
export function checkText(field: string, value: string | null | undefined, max = 128): void {
  if (value !== null && value !== undefined && value.length > max)
    throw new RoleError(RESULT.INVALID_ARGUMENT, `${field} is longer than ${max}`);
}

export function checkSmallint(field: string, value: number): void {
  if (value < -32768 || value > 32767)
    throw new RoleError(RESULT.INVALID_ARGUMENT, `${field} must fit in -32768..32767`);
}

/** A list must not name the same ID twice; `code` says which duplicate error the endpoint reports. */
export function checkUnique(
  values: readonly string[],
  code: ConstructorParameters<typeof RoleError>[0],
): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) throw new RoleError(code, v);
    seen.add(v);
  }
}

/**
 * Search filters. `…Like` and `…PreLike` ignore case, as LIKE does under MySQL's default collation; an
 * absent, null or empty filter does not filter.
 */
export const contains = (value: string | null | undefined, part: string | null | undefined) =>
  !part || (value ?? '').toLowerCase().includes(part.toLowerCase());
export const startsWith = (value: string | null | undefined, prefix: string | null | undefined) =>
  !prefix || (value ?? '').toLowerCase().startsWith(prefix.toLowerCase());
export const inList = (value: string, list: readonly string[] | null | undefined) =>
  !list || list.length === 0 || list.includes(value);
/** True when the filter is absent or some of `values` is in it. */
export const anyInList = (values: Iterable<string>, list: readonly string[] | null | undefined) =>
  !list || list.length === 0 || [...values].some((v) => list.includes(v));
export const isSet = <T>(list: readonly T[] | null | undefined): list is readonly T[] =>
  !!list && list.length > 0;

export const dedupe = <T>(values: readonly T[]) => [...new Set(values)];

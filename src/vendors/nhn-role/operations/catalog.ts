import type { QueryKey } from '@tanstack/react-query';
import type { RoleConn } from '../shared/use-role-conn';

/** One row of an ID + description catalogue: ROLE operations and scopes share this shape and these rules. */
export type CatalogItem = { id: string; description: string | null | undefined };

export type CatalogSearch = { page: number; itemsPerPage: number; sort: string[] | undefined; q: string };

/**
 * What the shared catalogue list needs from one kind: operations and scopes differ only in their
 * endpoints, ID rule and the IDs the vendor keeps read-only (the built-in `ALL` scope).
 */
export type CatalogDef = {
  kind: 'operations' | 'scopes';
  /** The vendor's ID rule, checked before sending so the user sees the reason at the field. */
  idPattern: RegExp;
  idMax: number;
  /** The sort property of the ID column in ROLE's `sort=property,DIR`. */
  idSortProperty: string;
  protectedIds: readonly string[];
  searchKey: (c: string, s: CatalogSearch) => QueryKey;
  invalidates: (c: string) => QueryKey[];
  search: (
    conn: RoleConn,
    s: CatalogSearch,
    signal: AbortSignal,
  ) => Promise<{ items: CatalogItem[]; totalItems: number }>;
  create: (conn: RoleConn, item: { id: string; description: string | null }) => Promise<unknown>;
  update: (conn: RoleConn, id: string, description: string | null) => Promise<unknown>;
  remove: (conn: RoleConn, id: string) => Promise<unknown>;
};

/** IDs of operations and scopes: letters, digits, - and _, alphanumeric at both ends (v1 guide limits). */
export const catalogIdPattern = (max: number) =>
  new RegExp(`^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,${String(max - 2)}}[A-Za-z0-9])?$`);

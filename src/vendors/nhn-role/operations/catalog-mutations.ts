import { useRoleMutation, type RoleMutationOptions } from '../queries/use-role-mutation';
import type { RoleConn } from '../shared/use-role-conn';
import type { CatalogDef } from './catalog';
import { useCatalogText } from './catalog-text';

type ItemVars = { id: string; description: string | null };

export function useCreateCatalogItem(
  def: CatalogDef,
  conn: RoleConn,
  options?: RoleMutationOptions<unknown, ItemVars>,
) {
  const t = useCatalogText();
  const noun = def.kind === 'operations' ? t.operationsNoun : t.scopesNoun;
  return useRoleMutation(
    {
      run: (_c, v) => def.create(conn, v),
      invalidates: def.invalidates,
      success: (v) => t.created(noun, v.id),
    },
    options,
  );
}

export function useUpdateCatalogItem(
  def: CatalogDef,
  conn: RoleConn,
  options?: RoleMutationOptions<unknown, ItemVars>,
) {
  const t = useCatalogText();
  return useRoleMutation(
    {
      run: (_c, v) => def.update(conn, v.id, v.description),
      invalidates: def.invalidates,
      success: (v) => t.updated(v.id),
    },
    options,
  );
}

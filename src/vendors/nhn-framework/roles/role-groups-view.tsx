import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { describeError } from '@/lib/http/errors';
import type { Column } from '@/components/data-table';
import { EmptyState } from '@/components/states';
import { toast } from '@/components/toast';
import { allProjectsQuery } from '../queries/options';
import {
  projectRolesQuery,
  roleGroupQuery,
  roleGroupsQuery,
  useDeleteRoleGroups,
  type RoleGroupScope,
} from '../queries/role-groups';
import { formatDate } from '../shared/format';
import { RemovableTable } from '../shared/removable-table';
import { useOrgId } from '../shared/use-org-id';
import type { RoleGroup } from '../wire/role-groups';
import { toAssignRole } from './assign';
import { RoleGroupDialog, type GroupDialogMode } from './role-group-dialog';
import { useRolesText } from './roles-text';

/**
 * Group entries are project roles in both families; org common groups read the catalogue of the org's
 * first project, since the org catalogue (#7) lists org roles only.
 */
function useEntryCatalogue(scope: RoleGroupScope) {
  const { id } = useCurrentConnection();
  const orgId = useOrgId();
  const projects = useQuery({ ...allProjectsQuery(id, orgId), enabled: scope.kind === 'org' });
  const projectId = scope.kind === 'project' ? scope.projectId : projects.data?.[0]?.projectId;
  const roles = useQuery({ ...projectRolesQuery(id, projectId ?? ''), enabled: projectId !== undefined });
  return useMemo(() => (roles.data ?? []).filter((r) => r.categoryTypeCode !== 'ROLE_GROUP'), [roles.data]);
}

/** Role groups of one scope: create, edit info, edit roles, delete several at once. */
export function RoleGroupsView({ scope }: { scope: RoleGroupScope }) {
  const t = useRolesText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const qc = useQueryClient();
  const query = useQuery(roleGroupsQuery(id, scope));
  const catalogue = useEntryCatalogue(scope);
  const [dialog, setDialog] = useState<GroupDialogMode | null>(null);
  const del = useDeleteRoleGroups(scope, { onError: () => undefined });
  const own = scope.kind === 'org' ? 'ORG' : 'PROJECT';
  const rows = query.data?.filter((g) => g.roleGroupType === own);
  const common = scope.kind === 'project' ? (query.data?.length ?? 0) - (rows?.length ?? 0) : 0;
  const editRoles = async (g: RoleGroup) => {
    try {
      const detail = await qc.query(roleGroupQuery(id, scope, g.roleGroupId));
      setDialog({
        kind: 'roles',
        roleGroupId: g.roleGroupId,
        roleGroupName: g.roleGroupName,
        roles: detail.roles.map(toAssignRole),
      });
    } catch (err) {
      toast.error(describeError(err));
    }
  };
  const columns = useMemo<Column<RoleGroup>[]>(
    () => [
      {
        id: 'name',
        header: t.groupName,
        hideable: false,
        sortable: true,
        width: 'minmax(10rem, 2fr)',
        value: (g) => g.roleGroupName,
        cell: (g) => g.roleGroupName,
      },
      {
        id: 'description',
        header: t.description,
        width: 'minmax(10rem, 2fr)',
        value: (g) => g.description ?? '',
        cell: (g) => g.description,
      },
      {
        id: 'created',
        header: t.created,
        sortable: true,
        width: '11rem',
        value: (g) => g.regDateTime,
        cell: (g) => formatDate(g.regDateTime),
      },
      {
        id: 'actions',
        header: t.actions,
        hideable: false,
        width: 'minmax(14rem, 1fr)',
        cell: (g) => (
          <div className="row nhn-key-actions">
            <button
              type="button"
              className="btn"
              aria-label={`${t.editInfo}: ${g.roleGroupName}`}
              onClick={() =>
                setDialog({
                  kind: 'info',
                  roleGroupId: g.roleGroupId,
                  roleGroupName: g.roleGroupName,
                  description: g.description ?? '',
                })
              }
            >
              {t.editInfo}
            </button>
            <button
              type="button"
              className="btn"
              aria-label={`${t.editRoles}: ${g.roleGroupName}`}
              onClick={() => void editRoles(g)}
            >
              {t.editRoles}
            </button>
          </div>
        ),
      },
    ],
    // editRoles only closes over stable values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t],
  );
  const create = (
    <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'create' })}>
      {t.createGroup}
    </button>
  );
  return (
    <div className="stack">
      <RemovableTable
        tableId="groups"
        label={scope.kind === 'org' ? t.orgGroupsTitle : t.projectGroupsTitle}
        help={scope.kind === 'org' ? t.orgGroupsHelp : t.projectGroupsHelp}
        action={create}
        note={
          common > 0 && (
            <p className="muted">
              {t.commonUsable(common)} <Link to={href('role-groups')}>{t.commonLink}</Link>
            </p>
          )
        }
        empty={<EmptyState title={t.noGroups} action={create} />}
        columns={columns}
        getRowId={(g) => g.roleGroupId}
        rowName={(g) => g.roleGroupName}
        rows={rows}
        query={query}
        removal={{
          label: t.deleteSelected,
          confirm: (ids) => {
            const names = (rows ?? []).filter((g) => ids.includes(g.roleGroupId)).map((g) => g.roleGroupName);
            return {
              title: t.deleteTitle(ids.length),
              confirmLabel: t.delete,
              ...(ids.length === 1 && names[0] ? { resourceName: names[0] } : {}),
              children: (
                <>
                  <p>{t.deleteBody}</p>
                  <ul>
                    {names.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                </>
              ),
            };
          },
          run: (roleGroupIds) => del.mutateAsync({ roleGroupIds }),
        }}
      />
      {dialog && (
        <RoleGroupDialog scope={scope} mode={dialog} catalogue={catalogue} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}

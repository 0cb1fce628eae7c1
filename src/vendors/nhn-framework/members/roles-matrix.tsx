import { useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { booleanCells, Matrix, toBooleanCell, type MatrixAxisItem } from '@/components/matrix';
import { EmptyState, ErrorPanel, Skeleton } from '@/components/states';
import {
  memberRolesKey,
  memberRolesQuery,
  readMemberRoles,
  writeMemberRoles,
  type MatrixScope,
} from '../queries/member-roles';
import { projectMembersPageQuery } from '../queries/options';
import { allOrgMembersQuery } from '../queries/org-credentials';
import { orgRolesQuery, projectRolesQuery } from '../queries/role-groups';
import { toUserAssignRole } from '../roles/assign';
import { useRolesText } from '../roles/roles-text';
import { LoadProgress } from '../shared/load-progress';
import { applyRoleChanges } from './role-changes';

/** The vendor's largest page: one call lists a project's or an org's members. */
const ALL = 2000;
/** The org owner's roles are fixed (22013) and OWNER cannot be granted (62019). */
const OWNER = 'OWNER';

type Member = { uuid: string; label: string };

function useMatrixRows(scope: MatrixScope) {
  const { id } = useCurrentConnection();
  const org = useQuery({
    ...allOrgMembersQuery(id, scope.kind === 'org' ? scope.orgId : ''),
    enabled: scope.kind === 'org',
  });
  const project = useQuery({
    ...projectMembersPageQuery(id, scope.kind === 'project' ? scope.projectId : '', { page: 1, limit: ALL }),
    enabled: scope.kind === 'project',
  });
  const members = useMemo<Member[] | undefined>(() => {
    // Invitees have no UUID yet and no roles to edit; they are left out.
    if (scope.kind === 'org')
      return org.data?.flatMap((m) =>
        m.memberUuid && m.inviteStatusCode === 'COMPLETE'
          ? [{ uuid: m.memberUuid, label: `${m.memberName} (${m.maskingEmail})` }]
          : [],
      );
    return project.data?.projectMembers.flatMap((m) =>
      m.uuid
        ? [{ uuid: m.uuid, label: `${m.memberName ?? ''} (${m.maskingEmail ?? m.emailAddress ?? ''})` }]
        : [],
    );
  }, [scope.kind, org.data, project.data]);
  return { members, query: scope.kind === 'org' ? org : project };
}

function useMatrixColumns(scope: MatrixScope) {
  const { id } = useCurrentConnection();
  const t = useRolesText();
  const org = useQuery({
    ...orgRolesQuery(id, scope.kind === 'org' ? scope.orgId : ''),
    enabled: scope.kind === 'org',
  });
  const project = useQuery({
    ...projectRolesQuery(id, scope.kind === 'project' ? scope.projectId : ''),
    enabled: scope.kind === 'project',
  });
  const query = scope.kind === 'org' ? org : project;
  const columns = useMemo<MatrixAxisItem[] | undefined>(
    () =>
      query.data
        ?.filter((r) => r.categoryTypeCode === 'ROLE' || r.categoryTypeCode === 'ROLE_GROUP')
        .map((r) => ({
          id: r.roleId,
          label: r.categoryTypeCode === 'ROLE_GROUP' ? t.groupColumn(r.roleName) : r.roleName,
          ...(scope.kind === 'org' && r.roleId === OWNER ? { disabled: t.ownerNotGrantable } : {}),
        })),
    [query.data, scope.kind, t],
  );
  return { columns, query };
}

/**
 * Members × roles of a project or the org. Roles are read per member with bounded concurrency (the list
 * APIs return none), rows fill as they arrive, and changes are staged, then saved per member with a
 * fresh read first so that roles changed elsewhere, and conditions, are kept.
 */
export function RolesMatrix({ scope }: { scope: MatrixScope }) {
  const t = useRolesText();
  const { id } = useCurrentConnection();
  const qc = useQueryClient();
  const { members, query: membersQuery } = useMatrixRows(scope);
  const { columns, query: rolesQuery } = useMatrixColumns(scope);
  const uuids = useMemo(() => members?.map((m) => m.uuid) ?? [], [members]);
  const [arrived, setArrived] = useState<ReadonlyMap<string, readonly string[]>>(new Map());
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const roles = useQuery(
    memberRolesQuery(id, scope, uuids, (uuid, list, done, total) => {
      setArrived((prev) =>
        new Map(prev).set(
          uuid,
          list.map((r) => r.roleId),
        ),
      );
      setProgress({ done, total });
    }),
  );
  const held = (uuid: string): readonly string[] | undefined =>
    arrived.get(uuid) ?? roles.data?.get(uuid)?.map((r) => r.roleId);
  const kind = useMemo(() => booleanCells({ checked: t.granted, unchecked: t.notGranted }), [t]);

  if (membersQuery.isError)
    return <ErrorPanel error={membersQuery.error} onRetry={() => void membersQuery.refetch()} />;
  if (rolesQuery.isError)
    return <ErrorPanel error={rolesQuery.error} onRetry={() => void rolesQuery.refetch()} />;
  if (!members || !columns) return <Skeleton lines={6} />;
  if (members.length === 0) return <EmptyState title={t.noMatrixMembers} />;

  const rows: MatrixAxisItem[] = members.map((m) => {
    const list = held(m.uuid);
    return {
      id: m.uuid,
      label: m.label,
      loading: list === undefined,
      ...(scope.kind === 'org' && list?.includes(OWNER) ? { disabled: t.ownerFixed } : {}),
    };
  });
  const loading = roles.isFetching && progress.total > 0 && progress.done < progress.total;
  return (
    <div className="stack">
      <p className="muted">{t.matrixHelp}</p>
      {loading && <LoadProgress label={t.loadingRoles} done={progress.done} total={progress.total} />}
      {roles.isError && <ErrorPanel error={roles.error} onRetry={() => void roles.refetch()} />}
      <Matrix
        mode="staged"
        label={scope.kind === 'org' ? t.orgMatrixTitle : t.projectMatrixTitle}
        rowHeader={t.member}
        rows={rows}
        columns={columns}
        kind={kind}
        getState={(r, c) => toBooleanCell(held(r)?.includes(c) ?? false)}
        save={{
          saveEach: {
            by: 'row',
            save: async (changes, uuid) => {
              const fresh = await readMemberRoles(id, scope, uuid);
              const next = applyRoleChanges(fresh.map(toUserAssignRole), changes);
              if (next.length === 0) throw new Error(t.needOneRole);
              await writeMemberRoles(id, scope, uuid, next);
              setArrived((prev) =>
                new Map(prev).set(
                  uuid,
                  next.map((r) => r.roleId),
                ),
              );
              void qc.invalidateQueries({ queryKey: memberRolesKey(id, scope), refetchType: 'none' });
            },
          },
        }}
      />
    </div>
  );
}

import { useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { describeError } from '@/lib/http/errors';
import type { Column } from '@/components/data-table';
import { EmptyState } from '@/components/states';
import { toast } from '@/components/toast';
import { nhnCall } from '../client';
import { projectIamQuery, useRemoveProjectIam } from '../queries/project-iam';
import { projectRolesQuery } from '../queries/role-groups';
import { toUserAssignRole } from '../roles/assign';
import { formatDate } from '../shared/format';
import { RemovableTable } from '../shared/removable-table';
import type { IamProjectMember } from '../wire/iam';
import { useIamText } from './iam-text';
import { ProjectIamDialog, type ProjectIamMode } from './project-iam-dialog';

/** The project's IAM accounts: add one with roles, change an account's roles, remove several at once. */
export function ProjectIam({ projectId }: { projectId: string }) {
  const t = useIamText();
  const { id } = useCurrentConnection();
  const qc = useQueryClient();
  const query = useQuery(projectIamQuery(id, projectId));
  const roles = useQuery(projectRolesQuery(id, projectId));
  const catalogue = useMemo(
    () =>
      (roles.data ?? []).filter((r) => r.categoryTypeCode === 'ROLE' || r.categoryTypeCode === 'ROLE_GROUP'),
    [roles.data],
  );
  const [mode, setMode] = useState<ProjectIamMode | null>(null);
  const remove = useRemoveProjectIam(projectId, { onError: () => undefined });
  const editRoles = async (m: IamProjectMember) => {
    try {
      // Roles are read fresh (#57) so that the dialog starts from what NHN Cloud holds now.
      const detail = await qc.query({
        queryKey: [id, 'nhn-framework', 'project', projectId, 'iam', m.uuid],
        queryFn: ({ signal }) =>
          nhnCall(id, 'getProjectIam', { params: { projectId, memberUuid: m.uuid }, signal }),
        staleTime: 0,
      });
      setMode({
        kind: 'roles',
        memberUuid: m.uuid,
        userCode: m.id,
        roles: (detail.projectMember.roles ?? []).map(toUserAssignRole),
      });
    } catch (err) {
      toast.error(describeError(err));
    }
  };
  const columns = useMemo<Column<IamProjectMember>[]>(
    () => [
      {
        id: 'id',
        header: t.userCode,
        hideable: false,
        width: '10rem',
        value: (m) => m.id,
        cell: (m) => <code>{m.id}</code>,
      },
      {
        id: 'name',
        header: t.name,
        width: 'minmax(8rem, 1fr)',
        value: (m) => m.memberName ?? '',
        cell: (m) => m.memberName,
      },
      {
        id: 'email',
        header: t.email,
        width: 'minmax(10rem, 1fr)',
        cell: (m) => m.maskingEmail ?? m.emailAddress,
      },
      { id: 'added', header: t.added, width: '11rem', cell: (m) => formatDate(m.relationDateTime) },
      {
        id: 'actions',
        header: t.actions,
        hideable: false,
        width: '10rem',
        cell: (m) => (
          <button
            type="button"
            className="btn"
            aria-label={`${t.changeRoles}: ${m.id}`}
            onClick={() => void editRoles(m)}
          >
            {t.changeRoles}
          </button>
        ),
      },
    ],
    // editRoles closes over stable values only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t],
  );
  const add = (
    <button type="button" className="btn btn-primary" onClick={() => setMode({ kind: 'add' })}>
      {t.addAccount}
    </button>
  );
  return (
    <div className="stack">
      <RemovableTable
        tableId="piam"
        label={t.projectIamTitle}
        help={t.projectIamHelp}
        action={add}
        empty={<EmptyState title={t.noAccounts} action={add} />}
        columns={columns}
        getRowId={(m) => m.uuid}
        rowName={(m) => m.id}
        rows={query.data}
        query={query}
        removal={{
          label: t.removeSelected,
          confirm: (ids) => ({
            title: t.removeTitle(ids.length),
            confirmLabel: t.remove,
            children: <p>{t.removeBody}</p>,
          }),
          run: (memberUuids) => remove.mutateAsync({ memberUuids }),
        }}
      />
      {mode && (
        <ProjectIamDialog
          projectId={projectId}
          mode={mode}
          catalogue={catalogue}
          onClose={() => setMode(null)}
        />
      )}
    </div>
  );
}

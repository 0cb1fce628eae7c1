import { useId } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { useCipText } from '../cip-text';
import { groupMembersQuery } from '../queries/options';
import { useAddGroupMembers, useDeleteGroup, useRemoveGroupMembers } from '../queries/groups';
import { MemberNamesForm } from './member-names-form';
import { MemberTable } from './member-table';

/** G2 answers gtwayUUIDs only; each is resolved to its user (cached per UUID) for display. */
export function GroupDetail() {
  const t = useCipText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const group = useParams().group ?? '';
  const query = useQuery(groupMembersQuery(id, group));
  const { confirm, dialog } = useConfirm();
  const remove = useRemoveGroupMembers();
  const removeGroup = useDeleteGroup({ onError: () => undefined });
  const titleId = useId();

  const askDelete = async () => {
    const ok = await confirm({
      title: t.deleteGroupTitle(group),
      variant: 'destructive',
      resourceName: group,
      confirmLabel: t.deleteGroup,
      children: <p>{t.deleteGroupBody(query.data?.length ?? 0)}</p>,
      action: () => removeGroup.mutateAsync({ group }),
    });
    if (ok) void navigate(href('groups'));
  };

  return (
    <section className="page cip-page" aria-labelledby={titleId}>
      <PageHeader
        title={group}
        titleId={titleId}
        eyebrow={<Link to={href('groups')}>{t.backToGroups}</Link>}
        actions={
          <button type="button" className="btn btn-danger" onClick={() => void askDelete()}>
            {t.deleteGroup}
          </button>
        }
      />
      <AddMembersForm group={group} />
      <QueryBoundary query={query} isEmpty={(m) => m.length === 0} empty={<EmptyState title={t.noMembers} />}>
        {(members) => (
          <MemberTable
            members={members}
            caption={t.membersOf(group)}
            pending={remove.isPending}
            onRemove={(uuids) => remove.mutateAsync({ group, members: uuids })}
          />
        )}
      </QueryBoundary>
      {dialog}
    </section>
  );
}

function AddMembersForm({ group }: { group: string }) {
  const add = useAddGroupMembers();
  return (
    <MemberNamesForm
      className="row cip-condition"
      pending={add.isPending}
      onAdd={(members) => add.mutateAsync({ group, members })}
    />
  );
}

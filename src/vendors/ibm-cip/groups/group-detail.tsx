import { useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { useCipText } from '../cip-text';
import { groupMembersQuery, userByUuidQuery } from '../queries/options';
import { useAddGroupMembers, useDeleteGroup, useRemoveGroupMembers } from '../queries/groups';
import { valuesOf } from '../users/attributes';
import { MemberNamesForm } from './member-names-form';

/** G2 answers gtwayUUIDs only; each is resolved to its user (cached per UUID) for display. */
export function GroupDetail() {
  const t = useCipText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const group = useParams().group ?? '';
  const query = useQuery(groupMembersQuery(id, group));
  const members = query.data ?? [];
  const users = useQueries({ queries: members.map((uuid) => userByUuidQuery(id, uuid)) });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { confirm, dialog } = useConfirm();
  const remove = useRemoveGroupMembers({ onSuccess: () => setSelected(new Set()) });
  const removeGroup = useDeleteGroup({ onError: () => undefined });
  const titleId = useId();

  const uidOf = (i: number) => valuesOf(users[i]?.data?.uid)[0];
  const toggle = (uuid: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(uuid)) next.delete(uuid);
      else next.add(uuid);
      return next;
    });
  const askDelete = async () => {
    const ok = await confirm({
      title: t.deleteGroupTitle(group),
      variant: 'destructive',
      resourceName: group,
      confirmLabel: t.deleteGroup,
      children: <p>{t.deleteGroupBody(members.length)}</p>,
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
        {() => (
          <div className="stack">
            <div className="row">
              <button
                type="button"
                className="btn"
                disabled={selected.size === 0 || remove.isPending}
                onClick={() => remove.mutate({ group, members: [...selected] })}
              >
                {t.removeSelected(selected.size)}
              </button>
            </div>
            <table className="cip-table">
              <caption className="visually-hidden">{t.membersOf(group)}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t.select}</span>
                  </th>
                  <th scope="col">{t.colUid}</th>
                  <th scope="col">{t.colCn}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {members.map((uuid, i) => {
                  const uid = uidOf(i);
                  const name = uid ?? uuid;
                  return (
                    <tr key={uuid}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t.selectMember(name)}
                          checked={selected.has(uuid)}
                          onChange={() => toggle(uuid)}
                        />
                      </td>
                      <th scope="row">
                        {uid ? (
                          <Link to={href(`users/${encodeURIComponent(uid)}`)}>{uid}</Link>
                        ) : (
                          <span className="muted">{users[i]?.isPending ? t.resolving : uuid}</span>
                        )}
                      </th>
                      <td>{valuesOf(users[i]?.data?.cn)[0] ?? ''}</td>
                      <td>
                        <button
                          type="button"
                          className="btn btn-ghost"
                          disabled={remove.isPending}
                          onClick={() => remove.mutate({ group, members: [uuid] })}
                        >
                          {t.removeMember(name)}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
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

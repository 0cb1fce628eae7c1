import { useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { RouteTabs, pickTab } from '@/components/route-tabs';
import { PageHeader, QueryBoundary } from '@/components/states';
import type { Group } from '../wire/groups';
import { useScpText } from '../scp-text';
import { formatDate } from '../shared/format';
import { groupQuery } from './api';
import { GroupFormDialog } from './group-form-dialog';
import { GroupMembersTab } from './group-members-tab';
import { useGroupsText } from './groups-text';
import { useDeleteGroup } from './mutations';

const TABS = ['members', 'overview'] as const;

/** `/groups/:groupId/:tab`: one group; members first, since that is what a group is for. */
export function GroupDetail() {
  const { groupId = '', tab } = useParams();
  const t = useGroupsText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const titleId = useId();
  const query = useQuery(groupQuery(id, groupId));
  const [editing, setEditing] = useState(false);
  const { confirm, dialog } = useConfirm();
  const remove = useDeleteGroup({ onError: () => undefined });
  const current = pickTab(TABS, tab);
  const base = `groups/${encodeURIComponent(groupId)}`;
  const labels = { members: t.tabMembers, overview: t.tabOverview };
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <p>
        <Link to={href('groups')}>{t.allGroups}</Link>
      </p>
      <QueryBoundary query={query} errorTitle={t.groupNotFound}>
        {(group) => (
          <div className="stack">
            <PageHeader
              title={group.name}
              titleId={titleId}
              description={group.description ?? undefined}
              actions={
                <>
                  <button type="button" className="btn" onClick={() => setEditing(true)}>
                    {t.editGroup}
                  </button>
                  <button
                    type="button"
                    className="btn btn-danger"
                    onClick={() =>
                      void confirm({
                        title: t.deleteTitle(group.name),
                        variant: 'destructive',
                        resourceName: group.name,
                        confirmLabel: t.deleteGroup,
                        children: <p>{t.deleteBody}</p>,
                        action: () => remove.mutateAsync({ groupId, name: group.name }),
                      }).then((ok) => ok && void navigate(href('groups')))
                    }
                  >
                    {t.deleteGroup}
                  </button>
                </>
              }
            />
            <RouteTabs
              label={t.tabsLabel}
              current={current}
              tabs={TABS.map((k) => ({ key: k, label: labels[k], to: href(`${base}/${k}`) }))}
            />
            {current === 'members' ? <GroupMembersTab group={group} /> : <GroupOverview group={group} />}
            {editing && (
              <GroupFormDialog
                group={group}
                onClose={() => setEditing(false)}
                onSaved={() => setEditing(false)}
              />
            )}
          </div>
        )}
      </QueryBoundary>
      {dialog}
    </section>
  );
}

function GroupOverview({ group }: { group: Group }) {
  const t = useGroupsText();
  const s = useScpText();
  const facts: [string, string][] = [
    [t.id, group.id],
    [t.srn, group.srn ?? s.notSet],
    [t.types, group.type],
    [t.policies, (group.policies ?? []).map((p) => p.policy_name ?? p.srn).join(', ') || s.none],
    [t.roles, (group.roles ?? []).map((r) => r.name).join(', ') || s.none],
    [s.created, formatDate(group.created_at)],
    [s.creator, group.creator_name ?? group.created_by],
    [s.modified, formatDate(group.modified_at)],
  ];
  return (
    <dl className="scp-facts card">
      {facts.map(([k, v]) => (
        <div key={k} className="scp-fact">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

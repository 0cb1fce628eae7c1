import { useId } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { RouteTabs, pickTab } from '@/components/route-tabs';
import { PageHeader, QueryBoundary } from '@/components/states';
import { AccountGate } from '../account';
import { userQuery } from './api';
import { useDeleteUser } from './mutations';
import { UserGroupsTab } from './user-groups-tab';
import { UserOverviewTab } from './user-overview-tab';
import { UserPoliciesTab } from './user-policies-tab';
import { UserSecurityTab } from './user-security-tab';
import { useUsersText } from './users-text';

const TABS = ['overview', 'groups', 'policies', 'security'] as const;

/** `/users/:userId/:tab`: one user, each tab its own URL. */
export function UserDetail() {
  const { userId = '', tab } = useParams();
  const t = useUsersText();
  const href = useConnectionHref();
  const titleId = useId();
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <p>
        <Link to={href('users')}>{t.allUsers}</Link>
      </p>
      <AccountGate>
        {(accountId) => (
          <UserBody accountId={accountId} userId={userId} tab={pickTab(TABS, tab)} titleId={titleId} />
        )}
      </AccountGate>
    </section>
  );
}

function UserBody(props: { accountId: string; userId: string; tab: (typeof TABS)[number]; titleId: string }) {
  const { accountId, userId, tab } = props;
  const t = useUsersText();
  const { id, settings } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const query = useQuery(userQuery(id, accountId, userId));
  const { confirm, dialog } = useConfirm();
  const remove = useDeleteUser(settings.apiVersion, { onError: () => undefined });
  const base = `users/${encodeURIComponent(userId)}`;
  const labels = {
    overview: t.tabOverview,
    groups: t.tabGroups,
    policies: t.tabPolicies,
    security: t.tabSecurity,
  };
  return (
    <QueryBoundary query={query} errorTitle={t.userNotFound}>
      {(user) => {
        const name = user.user_name ?? user.id;
        const ask = async () => {
          const ok = await confirm({
            title: t.deleteUserTitle(name),
            variant: 'destructive',
            resourceName: name,
            confirmLabel: t.deleteUser,
            children: <p>{t.deleteManyBody}</p>,
            action: () => remove.mutateAsync({ accountId, userId, name }),
          });
          if (ok) void navigate(href('users'));
        };
        return (
          <div className="stack">
            <PageHeader
              title={name}
              titleId={props.titleId}
              description={user.description ?? undefined}
              actions={
                <button type="button" className="btn btn-danger" onClick={() => void ask()}>
                  {t.deleteUser}
                </button>
              }
            />
            <RouteTabs
              label={t.tabsLabel}
              current={tab}
              tabs={TABS.map((k) => ({ key: k, label: labels[k], to: href(`${base}/${k}`) }))}
            />
            {tab === 'overview' && <UserOverviewTab user={user} />}
            {tab === 'groups' && <UserGroupsTab userId={userId} />}
            {tab === 'policies' && <UserPoliciesTab userId={userId} />}
            {tab === 'security' && <UserSecurityTab accountId={accountId} user={user} />}
            {dialog}
          </div>
        );
      }}
    </QueryBoundary>
  );
}

import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { PageHeader, QueryBoundary } from '@/components/states';
import { pickTab, RouteTabs } from '@/components/route-tabs';
import { useGs2Text } from '../gs2-text';
import { userQuery } from '../queries/options';
import { CredentialsTab } from './credentials-tab';
import { OverviewTab } from './overview-tab';
import { PasswordTab } from './password-tab';
import { UserPoliciesTab } from './user-policies-tab';

export const USER_TABS = ['overview', 'credentials', 'password', 'policies'] as const;
export type UserTab = (typeof USER_TABS)[number];

/** One user, with a tab per concern; the tab is a URL segment so each view can be linked to. */
export function UserDetail() {
  const t = useGs2Text();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const params = useParams();
  const userName = params.userName ?? '';
  const tab = pickTab(USER_TABS, params.tab);
  const query = useQuery(userQuery(id, userName));
  const titleId = useId();
  const base = `users/${encodeURIComponent(userName)}`;
  const labels: Record<UserTab, string> = {
    overview: t.tabOverview,
    credentials: t.tabCredentials,
    password: t.tabPassword,
    policies: t.tabPolicies,
  };
  return (
    <section className="page gs2-page" aria-labelledby={titleId}>
      <PageHeader
        title={userName}
        titleId={titleId}
        eyebrow={<Link to={href('users')}>{t.backToUsers}</Link>}
        description={query.data?.description}
      />
      <RouteTabs
        label={t.userTabs}
        current={tab}
        tabs={USER_TABS.map((k) => ({
          key: k,
          label: labels[k],
          to: href(k === 'overview' ? base : `${base}/${k}`),
        }))}
      />
      <QueryBoundary query={query}>
        {(user) => (
          <div className="gs2-tab-panel">
            {tab === 'overview' && <OverviewTab user={user} />}
            {tab === 'credentials' && <CredentialsTab userName={user.name} />}
            {tab === 'password' && <PasswordTab userName={user.name} />}
            {tab === 'policies' && <UserPoliciesTab userName={user.name} />}
          </div>
        )}
      </QueryBoundary>
    </section>
  );
}

import { useId } from 'react';
import { Link, NavLink, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { PageHeader, QueryBoundary } from '@/components/states';
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
  const tab: UserTab = (USER_TABS as readonly string[]).includes(params.tab ?? '')
    ? (params.tab as UserTab)
    : 'overview';
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
      <nav aria-label={t.userTabs} className="gs2-tabs">
        <ul>
          {USER_TABS.map((k) => (
            <li key={k}>
              <NavLink
                to={href(k === 'overview' ? base : `${base}/${k}`)}
                end
                aria-current={k === tab ? 'page' : undefined}
              >
                {labels[k]}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
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

import { useId } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { pickTab, RouteTabs } from '@/components/route-tabs';
import { PageHeader, QueryBoundary } from '@/components/states';
import { useRoleConn } from '../shared/use-role-conn';
import { formatDate } from '../shared/format';
import { userQuery } from './api';
import { useDeleteUser } from './mutations';
import { UserHistory } from './user-history';
import { UserRelations } from './user-relations';
import { useUsersText } from './users-text';

const TABS = ['overview', 'history'] as const;

/** One user: its assignments grouped by scope, and its change history; each tab is its own URL. */
export function UserDetail() {
  const t = useUsersText();
  const conn = useRoleConn();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const params = useParams();
  const userId = params.userId ?? '';
  const tab = pickTab(TABS, params.tab);
  const query = useQuery(userQuery(conn, userId));
  const titleId = useId();
  const { confirm, dialog } = useConfirm();
  const remove = useDeleteUser(conn);
  const base = `users/${encodeURIComponent(userId)}`;
  const askDelete = () =>
    void confirm({
      title: t.deleteUserTitle(userId),
      variant: 'destructive',
      resourceName: userId,
      confirmLabel: t.deleteUser,
      children: <p>{t.deleteUserBody}</p>,
      action: () => remove.mutateAsync({ userId }),
    }).then((ok) => ok && void navigate(href('users')));
  return (
    <section className="page role-page" aria-labelledby={titleId}>
      <p>
        <Link to={href('users')}>{t.backToUsers}</Link>
      </p>
      <PageHeader
        title={userId}
        titleId={titleId}
        actions={
          <button type="button" className="btn btn-danger" onClick={askDelete}>
            {t.deleteUser}
          </button>
        }
      />
      <RouteTabs
        label={userId}
        current={tab}
        tabs={[
          { key: 'overview', label: t.overview, to: href(base) },
          { key: 'history', label: t.history, to: href(`${base}/history`) },
        ]}
      />
      {tab === 'overview' ? (
        <QueryBoundary query={query}>
          {(user) => (
            <div className="stack">
              <dl className="role-facts">
                <dt>{t.descriptionLabel}</dt>
                <dd>{user.description ?? t.none}</dd>
                <dt>{t.created}</dt>
                <dd>{formatDate(user.regYmdt)}</dd>
              </dl>
              <UserRelations relations={user.roleRelations ?? []} />
            </div>
          )}
        </QueryBoundary>
      ) : (
        <UserHistory conn={conn} userId={userId} />
      )}
      {dialog}
    </section>
  );
}

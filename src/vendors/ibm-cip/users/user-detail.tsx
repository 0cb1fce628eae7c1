import { useId } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { PageHeader, QueryBoundary } from '@/components/states';
import { pickTab, RouteTabs } from '@/components/route-tabs';
import { useCipText } from '../cip-text';
import { userQuery } from '../queries/options';
import { useDeleteUser } from '../queries/users';
import { isTrue, valuesOf } from './attributes';
import { AttributesTab } from './attributes-tab';
import { GroupsTab, ServicesTab } from './memberships-tab';
import { PasswordTab } from './password-tab';
import { KbaTab } from './kba-tab';

export const USER_TABS = ['attributes', 'services', 'groups', 'password', 'security-questions'] as const;
export type UserTab = (typeof USER_TABS)[number];

/** One user by user name; the gtwayUUID from U1 drives every other call. The tab is a URL segment. */
export function UserDetail() {
  const t = useCipText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const params = useParams();
  const uid = params.uid ?? '';
  const tab = pickTab(USER_TABS, params.tab);
  const query = useQuery(userQuery(id, uid));
  const titleId = useId();
  const base = `users/${encodeURIComponent(uid)}`;
  const labels: Record<UserTab, string> = {
    attributes: t.tabAttributes,
    services: t.tabServices,
    groups: t.tabGroups,
    password: t.tabPassword,
    'security-questions': t.tabKba,
  };
  const entry = query.data;
  const uuid = valuesOf(entry?.gtwayUUID)[0] ?? '';
  return (
    <section className="page cip-page" aria-labelledby={titleId}>
      <PageHeader
        title={uid}
        titleId={titleId}
        eyebrow={<Link to={href('users')}>{t.backToUsers}</Link>}
        description={
          entry
            ? `${valuesOf(entry.cn)[0] ?? ''} · ${isTrue(entry.gma_isAccount) ? t.account : t.identity}`
            : undefined
        }
        actions={uuid ? <DeleteUserButton uid={uid} uuid={uuid} /> : undefined}
      />
      <RouteTabs
        label={t.userTabs}
        current={tab}
        tabs={USER_TABS.map((k) => ({ key: k, label: labels[k], to: href(`${base}/${k}`) }))}
      />
      <QueryBoundary query={query}>
        {(user) => (
          <div className="cip-tab-panel">
            {tab === 'attributes' && <AttributesTab user={user} uid={uid} uuid={uuid} />}
            {tab === 'services' && <ServicesTab uuid={uuid} />}
            {tab === 'groups' && <GroupsTab uuid={uuid} />}
            {tab === 'password' && <PasswordTab uid={uid} uuid={uuid} />}
            {tab === 'security-questions' && <KbaTab uuid={uuid} />}
          </div>
        )}
      </QueryBoundary>
    </section>
  );
}

/** U12 with type-to-confirm; the server also drops the user from its groups, services and tokens. */
function DeleteUserButton({ uid, uuid }: { uid: string; uuid: string }) {
  const t = useCipText();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const { confirm, dialog } = useConfirm();
  const remove = useDeleteUser({ onError: () => undefined });
  const ask = async () => {
    const ok = await confirm({
      title: t.deleteUserTitle(uid),
      variant: 'destructive',
      resourceName: uid,
      confirmLabel: t.deleteUser,
      children: <p>{t.deleteUserBody}</p>,
      action: () => remove.mutateAsync({ uid, uuid }),
    });
    if (ok) void navigate(href('users'));
  };
  return (
    <>
      <button type="button" className="btn btn-danger" onClick={() => void ask()}>
        {t.deleteUser}
      </button>
      {dialog}
    </>
  );
}

import { useId, type ReactNode } from 'react';
import { useConnectionHref } from '@/lib/connection-context';
import { RouteTabs } from '@/components/route-tabs';
import { PageHeader } from '@/components/states';
import { useNhnText } from '../nhn-text';
import { useRolesText } from '../roles/roles-text';

/** The org members page: the paged list and the members × roles matrix, each tab its own URL. */
export function MembersLayout({ tab, children }: { tab: 'list' | 'roles'; children: ReactNode }) {
  const t = useNhnText();
  const rt = useRolesText();
  const href = useConnectionHref();
  const titleId = useId();
  return (
    <section className="page nhn-page" aria-labelledby={titleId}>
      <PageHeader title={t.membersTitle} titleId={titleId} description={t.membersDescription} />
      <RouteTabs
        label={t.membersTitle}
        current={tab}
        tabs={[
          { key: 'list', label: rt.tabMemberList, to: href('members') },
          { key: 'roles', label: rt.tabMatrix, to: href('members/roles') },
        ]}
      />
      {children}
    </section>
  );
}

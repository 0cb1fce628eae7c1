import { useId, type ReactNode } from 'react';
import { useConnectionHref } from '@/lib/connection-context';
import { RouteTabs } from '@/components/route-tabs';
import { PageHeader } from '@/components/states';
import { useCredentialsText } from './credentials-text';

export type CredentialsTab = 'own' | 'members';

/** The access keys page: the account's own keys and the org's inventory, each tab its own URL. */
export function CredentialsLayout({ tab, children }: { tab: CredentialsTab; children: ReactNode }) {
  const t = useCredentialsText();
  const href = useConnectionHref();
  const titleId = useId();
  return (
    <section className="page nhn-page" aria-labelledby={titleId}>
      <PageHeader title={t.accessKeysTitle} titleId={titleId} />
      <RouteTabs
        label={t.accessKeysTitle}
        current={tab}
        tabs={[
          { key: 'own', label: t.tabOwnKeys, to: href('access-keys') },
          { key: 'members', label: t.tabInventory, to: href('access-keys/members') },
        ]}
      />
      {children}
    </section>
  );
}

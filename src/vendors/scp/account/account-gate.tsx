import type { ReactNode } from 'react';
import { EmptyState, ErrorPanel, Skeleton } from '@/components/states';
import { useScpText } from '../scp-text';
import { useScpAccountId } from './use-scp-account-id';

/** Renders `children` with the account id once it is known, or the lookup's loading, error or empty state. */
export function AccountGate({ children }: { children: (accountId: string) => ReactNode }) {
  const t = useScpText();
  const { accountId, query } = useScpAccountId();
  if (accountId) return <>{children(accountId)}</>;
  if (query.status === 'error')
    return (
      <ErrorPanel
        error={query.error}
        title={t.accountError}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  if (query.status === 'success')
    return <EmptyState title={t.accountNotFound}>{t.accountNotFoundBody}</EmptyState>;
  return <Skeleton lines={4} label={t.accountLoading} />;
}

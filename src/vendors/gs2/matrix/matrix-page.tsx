import { useId, useMemo, useState } from 'react';
import { useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { describeError } from '@/lib/http/errors';
import { Matrix, booleanCells, type MatrixAxisItem, type MatrixCellChange } from '@/components/matrix';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { mergePolicies } from '../policy/merge';
import { useAttachPolicy, useDetachPolicy } from '../queries/policies';
import {
  attachedPoliciesQuery,
  commonPoliciesQuery,
  customPoliciesQuery,
  usersInfiniteQuery,
} from '../queries/options';
import { filterByPrefix } from '../users/search';
import { useMatrixText } from './matrix-text';

type Cell = MatrixCellChange<'checked' | 'unchecked'>;

/**
 * Users × policies; each user's row reads that user's attachments (GS2 has no reverse lookup), so a row is
 * drawn as loading until its own query answers. A click attaches or detaches at once.
 */
export function MatrixView() {
  const t = useMatrixText();
  const { id } = useCurrentConnection();
  const [userFilter, setUserFilter] = useState('');
  const [policyFilter, setPolicyFilter] = useState('');
  const users = useInfiniteQuery(usersInfiniteQuery(id, 100));
  const custom = useQuery(customPoliciesQuery(id));
  const common = useQuery(commonPoliciesQuery(id));
  // The matrix shows the error on the cell and in its own toast.
  const attach = useAttachPolicy({ onError: () => undefined });
  const detach = useDetachPolicy({ onError: () => undefined });
  const titleId = useId();
  const userFilterId = useId();
  const policyFilterId = useId();
  const loaded = users.data?.pages.flatMap((p) => p.items) ?? [];
  const shownUsers = filterByPrefix(loaded, userFilter);
  const attachedByRow = useQueries({ queries: shownUsers.map((u) => attachedPoliciesQuery(id, u.name)) });
  const needle = policyFilter.trim().toLowerCase();
  const policies = mergePolicies(custom.data ?? [], common.data ?? []).filter((o) =>
    o.policy.name.toLowerCase().includes(needle),
  );

  const kind = useMemo(() => booleanCells({ checked: t.attachedState, unchecked: t.detachedState }), [t]);
  const rows: MatrixAxisItem[] = shownUsers.map((u, i) => {
    const q = attachedByRow[i];
    return {
      id: u.name,
      label: u.name,
      loading: q?.data === undefined && !q?.isError,
      disabled: q?.isError ? t.rowFailed(describeError(q.error)) : undefined,
    };
  });
  const attached = new Map(
    shownUsers.map((u, i) => [u.name, new Set(attachedByRow[i]?.data?.map((p) => p.securityPolicyId))]),
  );
  const columns = policies.map((o) => ({ id: o.policy.securityPolicyId, label: o.policy.name }));
  const policyName = new Map(columns.map((c) => [c.id, c.label]));
  const nameOf = (c: Cell) => policyName.get(c.columnId) ?? c.columnId;

  return (
    <section className="page gs2-page stack" aria-labelledby={titleId}>
      <PageHeader title={t.title} titleId={titleId} description={t.description} />
      <div className="row gs2-toolbar">
        <div className="field">
          <label htmlFor={userFilterId}>{t.filterUsers}</label>
          <input
            id={userFilterId}
            type="search"
            value={userFilter}
            onChange={(e) => setUserFilter(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={policyFilterId}>{t.filterPolicies}</label>
          <input
            id={policyFilterId}
            type="search"
            value={policyFilter}
            onChange={(e) => setPolicyFilter(e.target.value)}
          />
        </div>
      </div>
      <QueryBoundary query={users}>
        {() =>
          rows.length === 0 ? (
            <EmptyState title={t.noUsers} />
          ) : (
            <Matrix
              mode="immediate"
              label={t.title}
              rowHeader={t.user}
              rows={rows}
              columns={columns}
              kind={kind}
              filters={false}
              getState={(user, policy) => (attached.get(user)?.has(policy) ? 'checked' : 'unchecked')}
              write={(c) =>
                (c.to === 'checked' ? attach : detach).mutateAsync({
                  userName: c.rowId,
                  securityPolicyId: c.columnId,
                })
              }
              describeChange={(c) => (c.to === 'checked' ? t.attached : t.detached)(c.rowId, nameOf(c))}
              describeFailure={(c, why) => t.failed(c.rowId, nameOf(c), why)}
            />
          )
        }
      </QueryBoundary>
      {users.hasNextPage && (
        <div>
          <button type="button" className="btn" onClick={() => void users.fetchNextPage()}>
            {t.loadMore}
          </button>
        </div>
      )}
    </section>
  );
}

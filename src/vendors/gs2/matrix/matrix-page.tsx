import { useId, useState } from 'react';
import { useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { mergePolicies } from '../policy/merge';
import {
  attachedPoliciesQuery,
  commonPoliciesQuery,
  customPoliciesQuery,
  usersInfiniteQuery,
} from '../queries/options';
import { filterByPrefix } from '../users/search';
import { useMatrixText } from './matrix-text';
import { cellKey, useCellToggle } from './use-cell-toggle';

/** Users × policies; each user's row reads that user's attachments (GS2 has no reverse lookup). */
export function MatrixView() {
  const t = useMatrixText();
  const { id } = useCurrentConnection();
  const [userFilter, setUserFilter] = useState('');
  const [policyFilter, setPolicyFilter] = useState('');
  const users = useInfiniteQuery(usersInfiniteQuery(id, 100));
  const custom = useQuery(customPoliciesQuery(id));
  const common = useQuery(commonPoliciesQuery(id));
  const { pending, errors, toggle } = useCellToggle();
  const titleId = useId();
  const userFilterId = useId();
  const policyFilterId = useId();
  const loaded = users.data?.pages.flatMap((p) => p.items) ?? [];
  const rows = filterByPrefix(loaded, userFilter);
  const attachedByRow = useQueries({ queries: rows.map((u) => attachedPoliciesQuery(id, u.name)) });
  const needle = policyFilter.trim().toLowerCase();
  const columns = mergePolicies(custom.data ?? [], common.data ?? []).filter((o) =>
    o.policy.name.toLowerCase().includes(needle),
  );

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
            <div className="gs2-matrix-scroll">
              <table className="gs2-matrix">
                <caption className="visually-hidden">{t.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.user}</th>
                    {columns.map((c) => (
                      <th scope="col" key={c.policy.securityPolicyId}>
                        {c.policy.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((u, i) => {
                    const attached = attachedByRow[i];
                    const ids = new Set(attached?.data?.map((p) => p.securityPolicyId));
                    return (
                      <tr key={u.userId}>
                        <th scope="row">{u.name}</th>
                        {columns.map((c) => {
                          const key = cellKey(u.name, c.policy.securityPolicyId);
                          const want = pending.get(key);
                          const error = errors.get(key);
                          const cell = {
                            userName: u.name,
                            policyId: c.policy.securityPolicyId,
                            policyName: c.policy.name,
                          };
                          return (
                            <td key={key} className={error ? 'gs2-cell-error' : undefined}>
                              <input
                                type="checkbox"
                                aria-label={t.cell(u.name, c.policy.name)}
                                checked={want ?? ids.has(c.policy.securityPolicyId)}
                                disabled={attached?.data === undefined || want !== undefined}
                                aria-busy={want !== undefined || undefined}
                                aria-invalid={error !== undefined || undefined}
                                title={error}
                                onChange={(e) => void toggle(cell, e.target.checked)}
                              />
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
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

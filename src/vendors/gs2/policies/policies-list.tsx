import { useId } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { useGs2Text } from '../gs2-text';
import { formatTime } from '../format';
import { commonPoliciesQuery, customPoliciesQuery } from '../queries/options';
import { useDeletePolicy } from '../queries/policies';
import { PolicyHoldersList } from './policy-holders-list';
import { usePolicyText } from './policy-text';

export function PoliciesList() {
  const t = useGs2Text();
  const p = usePolicyText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const custom = useQuery(customPoliciesQuery(id));
  const common = useQuery(commonPoliciesQuery(id));
  const remove = useDeletePolicy({ onError: () => undefined });
  const { confirm, dialog } = useConfirm();
  const titleId = useId();
  const customId = useId();
  const commonId = useId();
  const createLink = (
    <Link className="btn btn-primary" to={href('policies/new')}>
      {p.create}
    </Link>
  );
  return (
    <section className="page gs2-page stack" aria-labelledby={titleId}>
      <PageHeader
        title={t.policiesTitle}
        titleId={titleId}
        description={t.policiesDescription}
        actions={createLink}
      />
      <section className="stack" aria-labelledby={customId}>
        <h2 id={customId}>{t.custom}</h2>
        <QueryBoundary
          query={custom}
          isEmpty={(d) => d.length === 0}
          empty={<EmptyState title={p.noCustom} action={createLink} />}
        >
          {(list) => (
            <table className="gs2-table">
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.description}</th>
                  <th scope="col">{t.updated}</th>
                  <th scope="col">{p.size}</th>
                  <th scope="col">
                    <span className="visually-hidden">{p.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((pol) => (
                  <tr key={pol.securityPolicyId}>
                    <th scope="row">
                      <Link to={href(`policies/custom/${encodeURIComponent(pol.name)}`)}>{pol.name}</Link>
                    </th>
                    <td>{pol.description}</td>
                    <td>{formatTime(pol.updatedAt)}</td>
                    <td>{pol.policy.length.toLocaleString()}</td>
                    <td>
                      <button
                        type="button"
                        className="btn btn-danger"
                        aria-label={p.deleteNamed(pol.name)}
                        onClick={() =>
                          void confirm({
                            title: p.deleteTitle(pol.name),
                            variant: 'destructive',
                            resourceName: pol.name,
                            confirmLabel: p.delete,
                            children: (
                              <>
                                <p>{p.deleteBody}</p>
                                <PolicyHoldersList grn={pol.securityPolicyId} />
                              </>
                            ),
                            action: () => remove.mutateAsync({ name: pol.name }),
                          })
                        }
                      >
                        {p.delete}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryBoundary>
      </section>
      <section className="stack" aria-labelledby={commonId}>
        <h2 id={commonId}>{t.gs2Defined}</h2>
        <p className="muted">{p.commonHelp}</p>
        <QueryBoundary query={common} isEmpty={(d) => d.length === 0}>
          {(list) => (
            <table className="gs2-table">
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.description}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((pol) => (
                  <tr key={pol.securityPolicyId}>
                    <th scope="row">
                      <Link to={href(`policies/common/${encodeURIComponent(pol.name)}`)}>{pol.name}</Link>
                    </th>
                    <td>{pol.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryBoundary>
      </section>
      {dialog}
    </section>
  );
}

import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { scpCall } from '../client';
import { useScpMutation } from '../queries/use-scp-mutation';
import { useScpText } from '../scp-text';
import { FilterBar } from '../shared/filter-bar';
import { serviceAccountApi, serviceAccountsQuery } from './api';
import { useServiceAccountsText } from './service-accounts-text';

/** Read-only list; filters are SCP's own and live in the URL. */
export function ServiceAccountsView() {
  const t = useServiceAccountsText();
  const s = useScpText();
  const titleId = useId();
  const { id } = useCurrentConnection();
  const [params, setParams] = useSearchParams();
  const filters = { name: params.get('name') ?? '', service: params.get('service') ?? '' };
  const query = useQuery(
    serviceAccountsQuery(id, { name: filters.name || undefined, service: filters.service || undefined }),
  );
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <PageHeader title={t.title} titleId={titleId} description={t.description} />
      <FilterBar
        label={t.filters}
        applyLabel={s.apply}
        clearLabel={t.clear}
        values={filters}
        fields={[
          { key: 'name', label: t.name },
          { key: 'service', label: t.service },
        ]}
        onApply={(next) => setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== '')))}
      />
      <QueryBoundary
        query={query}
        isEmpty={(l) => l.length === 0}
        empty={<EmptyState title={t.none}>{t.noneBody}</EmptyState>}
      >
        {(list) => (
          <table className="scp-table">
            <caption className="visually-hidden">{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.service}</th>
                <th scope="col">{t.password}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.name}</th>
                  <td>{a.service}</td>
                  <td>
                    <RevealPassword accountId={a.id} name={a.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryBoundary>
    </section>
  );
}

/**
 * The password is fetched only when asked for, through the proxy's audited `secret` route, and kept in
 * this component's state alone: not in the query cache, the URL or storage. Hiding it forgets it.
 */
function RevealPassword({ accountId, name }: { accountId: string; name: string }) {
  const t = useServiceAccountsText();
  const [password, setPassword] = useState<string | null>(null);
  const reveal = useScpMutation(
    {
      run: async (c, v: { serviceAccountId: string }) =>
        (await scpCall(c, serviceAccountApi.get, { params: v })).service_account.password,
      invalidates: () => [],
    },
    { secret: true, onSuccess: (p) => setPassword(p) },
  );
  if (password !== null)
    return (
      <span className="row">
        <code aria-label={t.passwordOf(name)}>{password}</code>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            setPassword(null);
            reveal.reset();
          }}
        >
          {t.hide}
        </button>
      </span>
    );
  return (
    <button
      type="button"
      className="btn btn-small"
      aria-label={`${t.reveal}: ${name}`}
      disabled={reveal.isPending}
      onClick={() => reveal.mutate({ serviceAccountId: accountId })}
    >
      {reveal.isPending ? t.revealing : t.reveal}
    </button>
  );
}

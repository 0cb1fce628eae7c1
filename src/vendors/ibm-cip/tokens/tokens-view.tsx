import { useId } from 'react';
import { NavLink, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { TokenTypeSchema } from '../wire';
import { tokenTypesQuery } from '../queries/tokens';
import { useTokensText } from './tokens-text';
import { TokenConfigPanel } from './token-config-form';
import { IssueTokenForm } from './issue-token-form';
import { RevokeTokenForm } from './revoke-token-form';

/** `/tokens/:type`: the types (V1) with one type's configuration, issuing and revoking. */
export function TokensView() {
  const t = useTokensText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const query = useQuery(tokenTypesQuery(id));
  const titleId = useId();
  const wanted = TokenTypeSchema.safeParse(useParams().type);
  // `?user=` comes from a user's password tab: the issue form starts with that user.
  const [search] = useSearchParams();
  return (
    <section className="page cip-page" aria-labelledby={titleId}>
      <PageHeader title={t.title} titleId={titleId} description={t.description} />
      <QueryBoundary query={query} isEmpty={(x) => x.length === 0} empty={<EmptyState title={t.noTypes} />}>
        {(types) => {
          const type = wanted.success && types.includes(wanted.data) ? wanted.data : types[0];
          return (
            <div className="cip-split">
              <nav aria-label={t.typesLabel} className="cip-tree-panel">
                <ul className="cip-relations">
                  {types.map((k) => (
                    <li key={k}>
                      <NavLink
                        to={href(`tokens/${k}`)}
                        aria-current={k === type ? 'page' : undefined}
                        className="cip-nav-link"
                      >
                        {k}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
              <div className="stack">
                {type && <TokenConfigPanel key={type} type={type} />}
                <IssueTokenForm types={types} initialType={type} initialUid={search.get('user') ?? ''} />
                <RevokeTokenForm />
              </div>
            </div>
          );
        }}
      </QueryBoundary>
    </section>
  );
}

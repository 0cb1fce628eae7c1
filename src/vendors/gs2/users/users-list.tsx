import { useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { useGs2Text } from '../gs2-text';
import { usersInfiniteQuery } from '../queries/options';
import { formatTime } from '../format';
import { CreateUserDialog } from './create-user-dialog';
import { filterByPrefix, PAGE_SIZES, readPageSize } from './search';

/** Users, paged by GS2's page tokens; the search box and page size live in the URL. */
export function UsersList() {
  const t = useGs2Text();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const limit = readPageSize(params.get('limit'));
  const [creating, setCreating] = useState(false);
  const query = useInfiniteQuery(usersInfiniteQuery(id, limit));
  const titleId = useId();
  const searchId = useId();
  const sizeId = useId();

  const setParam = (key: string, value: string, fallback: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === fallback) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  return (
    <section className="page gs2-page" aria-labelledby={titleId}>
      <PageHeader
        title={t.usersTitle}
        titleId={titleId}
        description={t.usersDescription}
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t.createUser}
          </button>
        }
      />
      <div className="row gs2-toolbar">
        <div className="field">
          <label htmlFor={searchId}>{t.search}</label>
          <input
            id={searchId}
            type="search"
            value={q}
            spellCheck={false}
            aria-describedby={`${searchId}-help`}
            onChange={(e) => setParam('q', e.target.value, '')}
          />
          <span id={`${searchId}-help`} className="field-help">
            {t.searchHelp}
          </span>
        </div>
        <div className="field">
          <label htmlFor={sizeId}>{t.pageSize}</label>
          <select id={sizeId} value={limit} onChange={(e) => setParam('limit', e.target.value, '30')}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      <QueryBoundary
        query={query}
        isEmpty={(d) => d.pages.every((p) => p.items.length === 0)}
        empty={
          <EmptyState
            title={t.noUsers}
            action={
              <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
                {t.createUser}
              </button>
            }
          >
            {t.noUsersBody}
          </EmptyState>
        }
      >
        {(data) => {
          const loaded = data.pages.flatMap((p) => p.items);
          const users = filterByPrefix(loaded, q);
          return (
            <div className="stack">
              <p className="muted" aria-live="polite">
                {t.shown(users.length, loaded.length)}
              </p>
              {users.length === 0 ? (
                <EmptyState title={t.noMatches} />
              ) : (
                <table className="gs2-table">
                  <caption className="visually-hidden">{t.usersTitle}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.name}</th>
                      <th scope="col">{t.description}</th>
                      <th scope="col">{t.created}</th>
                      <th scope="col">{t.updated}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {users.map((u) => (
                      <tr key={u.userId}>
                        <th scope="row">
                          <Link to={href(`users/${encodeURIComponent(u.name)}`)}>{u.name}</Link>
                        </th>
                        <td>{u.description}</td>
                        <td>{formatTime(u.createdAt)}</td>
                        <td>{formatTime(u.updatedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {query.hasNextPage ? (
                <div>
                  <button
                    type="button"
                    className="btn"
                    disabled={query.isFetchingNextPage}
                    onClick={() => void query.fetchNextPage()}
                  >
                    {query.isFetchingNextPage ? t.loadingMore : t.loadMore}
                  </button>
                </div>
              ) : (
                <p className="muted">{t.allLoaded}</p>
              )}
            </div>
          );
        }}
      </QueryBoundary>
      {creating && (
        <CreateUserDialog
          onClose={() => setCreating(false)}
          onCreated={(name) => {
            setCreating(false);
            void navigate(href(`users/${encodeURIComponent(name)}`));
          }}
        />
      )}
    </section>
  );
}

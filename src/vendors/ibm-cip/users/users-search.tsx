import { useId, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { EmptyState, PageHeader } from '@/components/states';
import { DataTable, useTableUrlState, type Column } from '@/components/data-table';
import type { UserEntry } from '../wire';
import { useCipText } from '../cip-text';
import { userSearchQuery } from '../queries/options';
import { isTrue, valuesOf } from './attributes';
import { readFilters, writeFilters, type SearchFilter } from './search-filters';
import { SearchBuilder } from './search-builder';
import { CreateUserDialog } from './create-user-dialog';
import { useMatrixText } from '../groups/matrix-text';

const first = (v: UserEntry[string] | undefined) => valuesOf(v)[0] ?? '';

/** The user search: conditions and the full-attributes switch live in the URL, results in a DataTable. */
export function UsersSearch() {
  const t = useCipText();
  const mt = useMatrixText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const allAttrs = params.get('all') === '1';
  const [table, setTable] = useTableUrlState('users', { sort: { id: 'uid', desc: false } });
  const [creating, setCreating] = useState(false);
  const query = useQuery(userSearchQuery(id, filters, allAttrs));
  const titleId = useId();

  const search = (next: SearchFilter[], all: boolean) =>
    setParams((prev) => {
      const p = writeFilters(prev, next);
      if (all) p.set('all', '1');
      else p.delete('all');
      p.delete('users.page');
      return p;
    });

  const columns = useMemo<Column<UserEntry>[]>(
    () => [
      {
        id: 'uid',
        header: t.colUid,
        hideable: false,
        sortable: true,
        value: (u) => first(u.uid),
        cell: (u) => <Link to={href(`users/${encodeURIComponent(first(u.uid))}`)}>{first(u.uid)}</Link>,
      },
      { id: 'cn', header: t.colCn, sortable: true, value: (u) => first(u.cn), cell: (u) => first(u.cn) },
      {
        id: 'mail',
        header: t.colMail,
        sortable: true,
        value: (u) => first(u.mail),
        cell: (u) => first(u.mail),
      },
      {
        id: 'type',
        header: t.colType,
        sortable: true,
        value: (u) => first(u.gtwayUserType),
        cell: (u) => first(u.gtwayUserType),
      },
      {
        id: 'manager',
        header: t.colManager,
        sortable: true,
        value: (u) => isTrue(u.gtwayIsManager),
        cell: (u) => (isTrue(u.gtwayIsManager) ? t.yes : t.no),
      },
      {
        id: 'kind',
        header: t.colKind,
        sortable: true,
        value: (u) => isTrue(u.gma_isAccount),
        cell: (u) => (
          <span className={`badge${isTrue(u.gma_isAccount) ? ' badge-accent' : ''}`}>
            {isTrue(u.gma_isAccount) ? t.account : t.identity}
          </span>
        ),
      },
    ],
    [t, href],
  );

  const data = query.data;
  return (
    <section className="page cip-page" aria-labelledby={titleId}>
      <PageHeader
        title={t.usersTitle}
        titleId={titleId}
        description={t.usersDescription}
        actions={
          <>
            {filters.length > 0 && (
              <Link
                className="btn"
                to={`${href('memberships')}?${writeFilters(new URLSearchParams(), filters).toString()}`}
              >
                {mt.openMatrix}
              </Link>
            )}
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
              {t.createUser}
            </button>
          </>
        }
      />
      {/* Keyed by the URL's search, so Back and a pasted link reset the draft to what is shown. */}
      <SearchBuilder key={params.toString()} initial={filters} allAttrs={allAttrs} onSearch={search} />
      {data?.status === 'result_limit_exceeded' && (
        <div className="cip-banner" role="status">
          <strong>{t.limitTitle}</strong>
          <p>{t.limitBody(data.entries.length)}</p>
        </div>
      )}
      {data && (
        <p className="muted" aria-live="polite">
          {t.resultCount(data.entries.length)}
        </p>
      )}
      <DataTable
        tableId="users"
        label={t.usersTitle}
        mode="client"
        columns={columns}
        getRowId={(u) => first(u.gtwayUUID) || first(u.uid)}
        rowName={(u) => first(u.uid)}
        state={table}
        onChange={setTable}
        rows={data?.entries}
        status={query.status}
        error={query.error}
        onRetry={() => void query.refetch()}
        onRowOpen={(u) => void navigate(href(`users/${encodeURIComponent(first(u.uid))}`))}
        empty={<EmptyState title={t.noUsers}>{t.noUsersBody}</EmptyState>}
      />
      {creating && (
        <CreateUserDialog
          onClose={() => setCreating(false)}
          onCreated={(uid) => {
            setCreating(false);
            void navigate(href(`users/${encodeURIComponent(uid)}`));
          }}
        />
      )}
    </section>
  );
}

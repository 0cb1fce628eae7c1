import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SearchBuilder } from '../users/search-builder';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { EmptyState, ErrorPanel, PageHeader, Skeleton } from '@/components/states';
import { booleanCells, Matrix } from '@/components/matrix';
import { useCipText } from '../cip-text';
import { groupMembersQuery, groupNamesQuery, userSearchQuery } from '../queries/options';
import { useToggleMembership } from '../queries/groups';
import { valuesOf } from '../users/attributes';
import { readFilters, writeFilters } from '../users/search-filters';
import { useMatrixText } from './matrix-text';

/**
 * Users × groups for the users the search in the URL loads (the same `a.<attr>` parameters as the user
 * search). Memberships come per group (G2, UUIDs); a cell writes G4 or G6 at once.
 */
export function MembershipMatrix() {
  const t = useMatrixText();
  const ct = useCipText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const users = useQuery({ ...userSearchQuery(id, filters, false), enabled: filters.length > 0 });
  const groups = useQuery(groupNamesQuery(id));
  const groupList = groups.data ?? [];
  const members = useQueries({ queries: groupList.map((g) => groupMembersQuery(id, g)) });
  const toggle = useToggleMembership();
  const titleId = useId();
  const kind = useMemo(() => booleanCells({ checked: t.member, unchecked: t.notMember }), [t]);

  const byGroup = new Map<string, ReadonlySet<string>>();
  groupList.forEach((g, i) => {
    const data = members[i]?.data;
    if (data) byGroup.set(g, new Set(data.map((u) => u.toLowerCase())));
  });
  const loaded = byGroup.size;
  const rows = (users.data?.entries ?? []).flatMap((u) => {
    const uuid = valuesOf(u.gtwayUUID)[0];
    const uid = valuesOf(u.uid)[0];
    return uuid && uid ? [{ id: uuid, label: uid, loading: loaded < groupList.length }] : [];
  });
  const search = params.toString();

  return (
    <section className="page cip-page" aria-labelledby={titleId}>
      <PageHeader
        title={t.title}
        titleId={titleId}
        description={t.description}
        eyebrow={<Link to={`${href('users')}${search ? `?${search}` : ''}`}>{t.backToSearch}</Link>}
      />
      {/* Keyed by the URL's search, so Back and a pasted link reset the draft to what is shown. */}
      <SearchBuilder
        key={search}
        initial={filters}
        onSearch={(next) => setParams((prev) => writeFilters(prev, next))}
      />
      {users.data?.status === 'result_limit_exceeded' && (
        <div className="cip-banner" role="status">
          <strong>{ct.limitTitle}</strong>
          <p>{ct.limitBody(users.data.entries.length)}</p>
        </div>
      )}
      {loaded < groupList.length && (
        <p className="muted" role="status">
          {t.loadingGroups(loaded, groupList.length)}
        </p>
      )}
      {filters.length === 0 ? (
        <EmptyState title={t.noUsers}>{t.noUsersBody}</EmptyState>
      ) : users.isPending || groups.isPending ? (
        <Skeleton />
      ) : users.isError || groups.isError ? (
        <ErrorPanel
          error={users.error ?? groups.error}
          onRetry={() => {
            void users.refetch();
            void groups.refetch();
          }}
        />
      ) : rows.length === 0 ? (
        <EmptyState title={t.noUsers}>{t.noUsersBody}</EmptyState>
      ) : groupList.length === 0 ? (
        <EmptyState title={t.noGroups} />
      ) : (
        <Matrix
          mode="immediate"
          label={t.label}
          rowHeader={t.user}
          rows={rows}
          columns={groupList.map((g) => ({ id: g, label: g }))}
          kind={kind}
          getState={(uuid, group) => (byGroup.get(group)?.has(uuid.toLowerCase()) ? 'checked' : 'unchecked')}
          write={({ rowId, columnId, to }) =>
            toggle.mutateAsync({ group: columnId, uuid: rowId, member: to === 'checked' })
          }
        />
      )}
    </section>
  );
}

import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { Matrix, booleanCells, type MatrixAxisItem } from '@/components/matrix';
import { EmptyState, PageHeader, QueryBoundary, type QueryLike } from '@/components/states';
import { AccountGate } from '../account';
import { allUsersQuery } from '../users/api';
import { groupsWithMembersQuery } from '../simulator/api';
import { allPoliciesQuery, policyBindingsQuery, type IdentityType } from '../policies/api';
import { useSetPolicyBinding } from '../policies/mutations';
import { allRolesQuery } from './api';
import { useBindingsText } from './bindings-text';

const TYPES: readonly IdentityType[] = ['USER', 'GROUP', 'ROLE'];

/** Policies × users, groups or roles (one type at a time, in the URL); a click binds or unbinds at once. */
export function BindingsPage() {
  const t = useBindingsText();
  const href = useConnectionHref();
  const titleId = useId();
  const typeId = useId();
  const [params, setParams] = useSearchParams();
  const raw = params.get('type');
  const type: IdentityType = TYPES.find((x) => x === raw) ?? 'USER';
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <PageHeader title={t.title} titleId={titleId} description={<Link to={href('roles')}>{t.back}</Link>} />
      <p className="muted">{t.description}</p>
      <div className="field">
        <label htmlFor={typeId}>{t.identityType}</label>
        <select
          id={typeId}
          value={type}
          onChange={(e) => setParams({ type: e.target.value }, { replace: true })}
        >
          {TYPES.map((x) => (
            <option key={x} value={x}>
              {t.typeLabel(x)}
            </option>
          ))}
        </select>
      </div>
      {type === 'USER' ? (
        <AccountGate>{(accountId) => <UserColumns accountId={accountId} />}</AccountGate>
      ) : type === 'GROUP' ? (
        <GroupColumns />
      ) : (
        <RoleColumns />
      )}
    </section>
  );
}

function UserColumns({ accountId }: { accountId: string }) {
  const { id } = useCurrentConnection();
  const users = useQuery({
    ...allUsersQuery(id, accountId),
    select: (l) => l.map((u) => ({ id: u.id, label: u.user_name ?? u.id })),
  });
  return <BindingsMatrix type="USER" columns={users} />;
}

function GroupColumns() {
  const { id } = useCurrentConnection();
  const groups = useQuery({
    ...groupsWithMembersQuery(id),
    select: (l) => l.map((g) => ({ id: g.id, label: g.name })),
  });
  return <BindingsMatrix type="GROUP" columns={groups} />;
}

function RoleColumns() {
  const { id } = useCurrentConnection();
  const roles = useQuery({
    ...allRolesQuery(id),
    select: (l) => l.map((r) => ({ id: r.id, label: r.name })),
  });
  return <BindingsMatrix type="ROLE" columns={roles} />;
}

function BindingsMatrix({ type, columns }: { type: IdentityType; columns: QueryLike<MatrixAxisItem[]> }) {
  const t = useBindingsText();
  const { id } = useCurrentConnection();
  const policies = useQuery(allPoliciesQuery(id));
  const list = policies.data ?? [];
  const bound = useQueries({ queries: list.map((p) => policyBindingsQuery(id, p.id ?? '', type)) });
  const byPolicy = new Map(list.map((p, i) => [p.id ?? '', bound[i]?.data]));
  const bind = useSetPolicyBinding({ onError: () => undefined });
  const cells = useMemo(() => booleanCells({ checked: t.bound, unchecked: t.notBound }), [t]);
  return (
    <QueryBoundary
      query={policies}
      isEmpty={(l) => l.length === 0}
      empty={<EmptyState title={t.noPolicies} />}
    >
      {() => (
        <QueryBoundary
          query={columns}
          isEmpty={(l) => l.length === 0}
          empty={<EmptyState title={t.noIdentities(t.typeLabel(type))} />}
        >
          {(cols) => (
            <Matrix
              mode="immediate"
              label={t.matrixLabel(t.typeLabel(type))}
              rowHeader={t.policy}
              rows={list.map((p) => ({
                id: p.id ?? '',
                label: p.policy_name ?? p.id ?? '',
                loading: byPolicy.get(p.id ?? '') === undefined,
              }))}
              columns={cols}
              kind={cells}
              getState={(policyId, identityId) =>
                byPolicy.get(policyId)?.has(identityId) ? 'checked' : 'unchecked'
              }
              write={({ rowId, columnId, to }) =>
                bind.mutateAsync({ policyId: rowId, type, identityId: columnId, bind: to === 'checked' })
              }
            />
          )}
        </QueryBoundary>
      )}
    </QueryBoundary>
  );
}

import { useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Matrix } from '@/components/matrix';
import { EmptyState, ErrorPanel, PageHeader, Skeleton } from '@/components/states';
import { roleKeys } from '../queries/keys';
import { rolesAllQuery } from '../roles/api';
import { toRoleGraph } from '../shared/engine-model';
import { ScopePicker } from '../shared/scope-picker';
import { useRoleConn } from '../shared/use-role-conn';
import { allUsersQuery, saveUserScope } from './api';
import { ConditionPanel } from './condition-panel';
import { useMatrixText } from './matrix-text';
import { applyCellChanges, cellState, roleCellKind, scopeGrants, type ScopeGrants } from './scope-grants';

/** Users × roles in one scope (from `?scope=`), staged and saved per user with a conflict check. */
export function UsersRolesMatrix() {
  const t = useMatrixText();
  const conn = useRoleConn();
  const qc = useQueryClient();
  const titleId = useId();
  const [params, setParams] = useSearchParams();
  const scopeId = params.get('scope') ?? 'ALL';
  const users = useQuery(allUsersQuery(conn));
  const roles = useQuery(rolesAllQuery(conn));
  const [panelUser, setPanelUser] = useState('');
  const kind = useMemo(
    () => roleCellKind({ allow: t.allow, deny: t.deny, inherited: t.inherited, none: t.none }),
    [t],
  );
  const grants = useMemo(() => {
    const graph = toRoleGraph(roles.data ?? []);
    return new Map<string, ScopeGrants>(
      (users.data ?? []).map((u) => [u.userId, scopeGrants(u.roleRelations, scopeId, graph)]),
    );
  }, [users.data, roles.data, scopeId]);
  const byId = useMemo(() => new Map((users.data ?? []).map((u) => [u.userId, u])), [users.data]);
  const reload = () => void qc.invalidateQueries({ queryKey: roleKeys.users(conn.id) });

  let body;
  if (users.isPending || roles.isPending) body = <Skeleton lines={6} />;
  else if (users.isError || roles.isError)
    body = (
      <ErrorPanel
        error={users.error ?? roles.error}
        onRetry={() => {
          void users.refetch();
          void roles.refetch();
        }}
      />
    );
  else if (roles.data.length === 0) body = <EmptyState title={t.noRoles}>{t.noRolesBody}</EmptyState>;
  else if (users.data.length === 0) body = <EmptyState title={t.noUsers} />;
  else
    body = (
      <div className="role-split">
        <div className="stack">
          <p className="muted">
            {t.usersLoaded(users.data.length)} · {t.legend}
          </p>
          <Matrix
            key={scopeId}
            mode="staged"
            label={t.gridLabel(scopeId)}
            rowHeader={t.user}
            rows={users.data.map((u) => ({ id: u.userId, label: u.userId }))}
            columns={roles.data.map((r) => ({ id: r.roleId, label: r.roleId }))}
            kind={kind}
            getState={(userId, roleId) => cellState(grants.get(userId), roleId)}
            rowHeaderWidth={260}
            columnWidth={128}
            save={{
              saveEach: {
                by: 'row',
                save: async (changes, userId) => {
                  await saveUserScope(conn, {
                    userId,
                    scopeId,
                    basis: byId.get(userId)?.roleRelations ?? [],
                    next: (current) => applyCellChanges(current, changes),
                    conflictMessage: t.conflict,
                  });
                  reload();
                },
              },
            }}
          />
          <div>
            <button type="button" className="btn" onClick={reload}>
              {t.reload}
            </button>
          </div>
        </div>
        <ConditionPanel
          conn={conn}
          scopeId={scopeId}
          users={users.data}
          userId={panelUser}
          onUser={setPanelUser}
          onSaved={reload}
        />
      </div>
    );

  return (
    <section className="page role-page" aria-labelledby={titleId}>
      <PageHeader title={t.title} titleId={titleId} description={t.description} />
      <div className="row role-toolbar">
        <ScopePicker
          value={scopeId}
          onChange={(s) =>
            setParams(
              (prev) => {
                const next = new URLSearchParams(prev);
                if (s === 'ALL') next.delete('scope');
                else next.set('scope', s);
                return next;
              },
              { replace: true },
            )
          }
        />
      </div>
      {body}
    </section>
  );
}

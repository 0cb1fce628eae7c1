import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref } from '@/lib/connection-context';
import { Matrix } from '@/components/matrix';
import { EmptyState, ErrorPanel, Skeleton } from '@/components/states';
import { rolesAllQuery } from '../roles/api';
import { toRoleGraph } from '../shared/engine-model';
import type { RoleConn } from '../shared/use-role-conn';
import { operationsAllQuery } from '../simulator/api';
import type { ResourceProtocol } from '../wire/resources';
import { authorizationsQuery } from './api';
import { grantCellKind, resourceGrants } from './grants';
import { MenuPath } from './menu-path';
import { useGrantChange } from './mutations';
import { useAuthorizationsText } from './authorizations-text';
import { propagationTargets, type ResourceTree } from './tree-model';

/**
 * Roles × operations on one resource, staged and saved cell by cell (ROLE adds and removes one grant per
 * call). Authorizations are not scoped in v3, so there is no scope picker here.
 */
export function AuthorizationMatrix(props: {
  conn: RoleConn;
  tree: ResourceTree;
  resource: ResourceProtocol;
}) {
  const { conn, tree, resource } = props;
  const t = useAuthorizationsText();
  const href = useConnectionHref();
  const headingId = useId();
  const propagateId = useId();
  const roles = useQuery(rolesAllQuery(conn));
  const operations = useQuery(operationsAllQuery(conn));
  const grants = useQuery(authorizationsQuery(conn, resource.resourceId));
  const change = useGrantChange(conn);
  const [propagate, setPropagate] = useState(false);
  const kind = useMemo(() => grantCellKind(t), [t]);
  const model = useMemo(
    () => resourceGrants(grants.data ?? [], toRoleGraph(roles.data ?? [])),
    [grants.data, roles.data],
  );
  const targets = propagationTargets(tree, resource.resourceId);

  let body;
  if (roles.isPending || operations.isPending || grants.isPending) body = <Skeleton lines={4} />;
  else if (roles.isError || operations.isError || grants.isError)
    body = (
      <ErrorPanel
        error={roles.error ?? operations.error ?? grants.error}
        onRetry={() => {
          void roles.refetch();
          void operations.refetch();
          void grants.refetch();
        }}
      />
    );
  else if (roles.data.length === 0 || operations.data.length === 0)
    body = (
      <EmptyState title={t.matrixEmpty}>
        <Link to={href(roles.data.length === 0 ? 'roles' : 'operations')}>
          {roles.data.length === 0 ? t.goRoles : t.goOperations}
        </Link>
      </EmptyState>
    );
  else
    body = (
      <>
        <div className="field res-propagate">
          <label className="row" htmlFor={propagateId}>
            <input
              id={propagateId}
              type="checkbox"
              checked={propagate}
              disabled={targets.length === 0}
              onChange={(e) => setPropagate(e.target.checked)}
            />
            {t.propagate}
          </label>
          <span className="field-help">
            {targets.length === 0
              ? t.propagateNone
              : t.propagateTargets(targets.map((r) => r.name ?? r.resourceId).join(' › '))}
          </span>
        </div>
        <Matrix
          mode="staged"
          label={t.matrixLabel(resource.name ?? resource.resourceId)}
          rowHeader={t.role}
          rows={roles.data.map((r) => ({ id: r.roleId, label: r.roleId }))}
          columns={operations.data.map((o) => ({ id: o.operationId, label: o.operationId }))}
          kind={kind}
          getState={model.state}
          cellDisabled={(roleId, operationId) =>
            model.state(roleId, operationId) === 'inherited'
              ? t.inheritedVia(model.via(roleId, operationId).join(', '))
              : undefined
          }
          height={Math.min(480, 60 + roles.data.length * 34)}
          rowHeaderWidth={180}
          columnWidth={96}
          save={{
            saveEach: {
              by: 'cell',
              save: async ([c]) => {
                if (!c) return;
                await change.mutateAsync({
                  resourceId: resource.resourceId,
                  roleId: c.rowId,
                  operationId: c.columnId,
                  grant: c.to === 'granted',
                  propagation: propagate,
                });
              },
            },
          }}
        />
        <MenuPath conn={conn} resource={resource} targets={targets} grants={grants.data} />
      </>
    );

  return (
    <section className="stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.matrixTitle}</h3>
      <p className="muted">{t.matrixHelp}</p>
      {body}
    </section>
  );
}

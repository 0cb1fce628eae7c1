import { useId, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { describeError } from '@/lib/http/errors';
import { toast } from '@/components/toast';
import type { RoleConn } from '../shared/use-role-conn';
import type { ResourceProtocol } from '../wire/resources';
import { authorizationsQuery } from './api';
import { grantKey } from './grants';
import { useGrantChange } from './mutations';
import { useAuthorizationsText } from './authorizations-text';

type Gap = { roleId: string; operationId: string; missing: ResourceProtocol[] };

/**
 * Menus built from ROLE's hierarchy search drop a node whose parent the role may not use, which is why
 * propagation exists. This lists the grants here that some parent lacks and fills the gap with one
 * propagated grant on the deepest parent lacking it (ROLE then writes it upward where it is missing).
 */
export function MenuPath(props: {
  conn: RoleConn;
  resource: ResourceProtocol;
  /** Parents that take propagated grants, top first. */
  targets: readonly ResourceProtocol[];
  grants: readonly { roleId: string; operationId: string }[];
}) {
  const { conn, targets, grants } = props;
  const t = useAuthorizationsText();
  const headingId = useId();
  const [error, setError] = useState<string>();
  const change = useGrantChange(conn);
  const above = useQueries({
    queries: targets.map((r) => authorizationsQuery(conn, r.resourceId)),
  });
  const chain = targets.map((r) => r.name ?? r.resourceId).join(' › ');

  let body;
  if (targets.length === 0) body = <p className="muted">{t.menuTop}</p>;
  else if (above.some((q) => q.isPending)) body = <p className="muted">{t.menuLoading}</p>;
  else if (above.some((q) => q.isError)) body = <p className="field-error">{t.menuFailed}</p>;
  else {
    const held = above.map((q) => new Set((q.data ?? []).map((a) => grantKey(a.roleId, a.operationId))));
    const gaps: Gap[] = grants
      .map((g) => ({
        ...g,
        missing: targets.filter((_, i) => !held[i]?.has(grantKey(g.roleId, g.operationId))),
      }))
      .filter((g) => g.missing.length > 0);
    const fill = (g: Gap) => {
      const deepest = g.missing.at(-1);
      if (!deepest) return;
      setError(undefined);
      change.mutate(
        {
          resourceId: deepest.resourceId,
          roleId: g.roleId,
          operationId: g.operationId,
          grant: true,
          propagation: true,
        },
        {
          onSuccess: () => toast.success(t.menuFilled(g.roleId, g.operationId)),
          onError: (err) => setError(describeError(err)),
        },
      );
    };
    body =
      gaps.length === 0 ? (
        <p className="muted">{t.menuComplete(chain)}</p>
      ) : (
        <>
          <p className="muted">{t.menuGaps(chain)}</p>
          <table className="role-table">
            <thead>
              <tr>
                <th scope="col">{t.role}</th>
                <th scope="col">{t.operation}</th>
                <th scope="col">{t.missingOn}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((g) => (
                <tr key={grantKey(g.roleId, g.operationId)}>
                  <td className="mono">{g.roleId}</td>
                  <td className="mono">{g.operationId}</td>
                  <td>{g.missing.map((r) => r.name ?? r.resourceId).join(', ')}</td>
                  <td>
                    <button
                      type="button"
                      className="btn"
                      disabled={change.isPending}
                      aria-label={t.fillLabel(g.roleId, g.operationId)}
                      onClick={() => fill(g)}
                    >
                      {t.fill}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </>
      );
  }
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.menuTitle}</h3>
      {body}
    </section>
  );
}

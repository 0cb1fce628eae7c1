import { Link } from 'react-router';
import { useConnectionHref } from '@/lib/connection-context';
import type { UserRoleRelationBundleProtocol } from '../wire/users';
import { useRoleText } from '../role-text';
import { ConditionList } from '../shared/condition-list';
import { formatDate } from '../shared/format';
import { useUsersText } from './users-text';

/** Groups relations by scope, scopes in name order with ALL first. */
export function groupByScope<R extends { scopeId: string }>(relations: readonly R[]): [string, R[]][] {
  const groups = new Map<string, R[]>();
  for (const r of relations) groups.set(r.scopeId, [...(groups.get(r.scopeId) ?? []), r]);
  return [...groups].sort(([a], [b]) => (a === 'ALL' ? -1 : b === 'ALL' ? 1 : a.localeCompare(b)));
}

export function UserRelations({ relations }: { relations: readonly UserRoleRelationBundleProtocol[] }) {
  const t = useUsersText();
  const r = useRoleText();
  const href = useConnectionHref();
  return (
    <section className="stack" aria-labelledby="role-user-relations">
      <h2 id="role-user-relations">{t.relationsTitle}</h2>
      {relations.length === 0 && <p className="muted">{t.noRelations}</p>}
      {groupByScope(relations).map(([scopeId, list]) => (
        <section key={scopeId} className="card stack" aria-label={`${r.scope} ${scopeId}`}>
          <div className="row role-toolbar">
            <h3>
              {r.scope}: <span className="mono">{scopeId}</span>
            </h3>
            <Link to={href(`matrix?scope=${encodeURIComponent(scopeId)}`)}>{t.editInMatrix}</Link>
          </div>
          <table className="role-table">
            <thead>
              <tr>
                <th scope="col">{t.role}</th>
                <th scope="col">{t.policy}</th>
                <th scope="col">{r.conditions}</th>
                <th scope="col">{t.assignedAt}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((rel) => (
                <tr key={rel.roleId}>
                  <th scope="row">
                    <Link to={href(`roles/${encodeURIComponent(rel.roleId)}`)} className="mono">
                      {rel.roleId}
                    </Link>
                    {rel.roleName && <div className="muted">{rel.roleName}</div>}
                  </th>
                  <td
                    className={rel.roleApplyPolicyCode === 'DENY' ? 'role-policy-deny' : 'role-policy-allow'}
                  >
                    {rel.roleApplyPolicyCode === 'DENY' ? r.deny : r.allow}
                  </td>
                  <td>
                    <ConditionList conditions={rel.conditions ?? []} />
                  </td>
                  <td>{formatDate(rel.regYmdt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}

import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { EmptyState, QueryBoundary } from '@/components/states';
import { useCurrentConnection } from '@/lib/connection-context';
import { rolesQuery } from '../queries';
import { useRolesText } from '../roles-text';
import { useSettingsText } from '../settings-text';
import { RoleDetail } from './role-detail';

/** SS19 lists the roles of every instance by priority; `?role=<uuid>` opens one (SS11). */
export function RolesTab() {
  const t = useRolesText();
  const st = useSettingsText();
  const { id } = useCurrentConnection();
  const [params] = useSearchParams();
  const selected = params.get('role');
  const roles = useQuery(rolesQuery(id));
  if (selected) return <RoleDetail uuid={selected} />;
  return (
    <div className="stack">
      <p className="muted ss-help">
        {t.rolesNote} {st.allInstances}
      </p>
      <QueryBoundary query={roles} isEmpty={(r) => r.length === 0} empty={<EmptyState title={t.noRoles} />}>
        {(list) => (
          <table className="cip-table">
            <caption className="visually-hidden">{st.tabRoles}</caption>
            <thead>
              <tr>
                <th scope="col">{t.priority}</th>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.description}</th>
                <th scope="col">{t.defaultRole}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.uuid}>
                  <td>{r.clientRolePriority}</td>
                  <th scope="row">{r.name}</th>
                  <td>{r.clientRoleDescription}</td>
                  <td>{r.defaultRole ? st.yes : st.no}</td>
                  <td>
                    <Link to={`?role=${encodeURIComponent(r.uuid)}`} aria-label={t.editRole(r.name)}>
                      {t.edit}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryBoundary>
    </div>
  );
}

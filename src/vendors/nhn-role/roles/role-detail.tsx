import { useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref } from '@/lib/connection-context';
import { PageHeader, QueryBoundary } from '@/components/states';
import { useRoleText } from '../role-text';
import { ConditionList } from '../shared/condition-list';
import { formatDate } from '../shared/format';
import { useRoleConn } from '../shared/use-role-conn';
import { deniableQuery, roleQuery, rolesAllQuery } from './api';
import { RoleDependents, useDeleteRoles } from './delete-roles';
import { RoleDialog } from './role-dialog';
import { useRoleFormText } from './role-form-text';
import { useRolesText } from './roles-text';

/** `roles/<roleId>`: one role with its facts, tags, relations both ways, attributes and who holds it. */
export function RoleDetail() {
  const t = useRoleFormText();
  const g = useRolesText();
  const r = useRoleText();
  const conn = useRoleConn();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const roleId = useParams().roleId ?? '';
  const titleId = useId();
  const query = useQuery(roleQuery(conn, roleId));
  const deniable = useQuery(deniableQuery(conn, roleId));
  const all = useQuery(rolesAllQuery(conn));
  const del = useDeleteRoles(conn, all.data ?? []);
  const [editing, setEditing] = useState(false);
  const link = (id: string) => href(`roles/${encodeURIComponent(id)}`);
  const parents = (all.data ?? []).flatMap((p) =>
    (p.roleRelations ?? []).filter((x) => x.roleId === roleId).map((x) => ({ ...x, parent: p.roleId })),
  );
  return (
    <section className="page role-page" aria-labelledby={titleId}>
      <p>
        <Link to={href('roles')}>{t.backToRoles}</Link>
      </p>
      <PageHeader
        title={roleId}
        titleId={titleId}
        actions={
          query.isSuccess && (
            <span className="row">
              <Link className="btn" to={`${href('roles')}?node=${encodeURIComponent(roleId)}`}>
                {t.showInGraph}
              </Link>
              <button type="button" className="btn" onClick={() => setEditing(true)}>
                {t.edit(roleId)}
              </button>
              <button
                type="button"
                className="btn btn-danger"
                onClick={() => void del.ask([roleId]).then((ok) => ok && void navigate(href('roles')))}
              >
                {t.deleteRole}
              </button>
            </span>
          )
        }
      />
      <QueryBoundary query={query}>
        {(role) => (
          <div className="stack">
            <dl className="role-facts">
              <dt>{t.name}</dt>
              <dd>{role.roleName ?? t.none}</dd>
              <dt>{t.group}</dt>
              <dd>{role.roleGroup ?? t.none}</dd>
              <dt>{t.description}</dt>
              <dd>{role.description ?? t.none}</dd>
              <dt>{t.exposureOrder}</dt>
              <dd>{role.exposureOrder}</dd>
              <dt>{t.tags}</dt>
              <dd>{(role.roleTags ?? []).map((x) => x.roleTagId).join(', ') || t.none}</dd>
              <dt>{g.deniable}</dt>
              <dd>{deniable.isSuccess ? (deniable.data ? g.yes : g.no) : '…'}</dd>
              <dt>{t.created_}</dt>
              <dd>{formatDate(role.regDateTime)}</dd>
            </dl>
            <h2>{t.includes}</h2>
            {(role.roleRelations ?? []).length === 0 ? (
              <p className="muted">{t.noIncludes}</p>
            ) : (
              <ul className="role-list">
                {(role.roleRelations ?? []).map((x) => (
                  <li key={x.roleId}>
                    <Link to={link(x.roleId)} className="mono">
                      {x.roleId}
                    </Link>{' '}
                    <span
                      className={x.roleApplyPolicyCode === 'DENY' ? 'role-policy-deny' : 'role-policy-allow'}
                    >
                      {x.roleApplyPolicyCode === 'DENY' ? r.deny : r.allow}
                    </span>
                    <ConditionList conditions={x.conditions ?? []} />
                  </li>
                ))}
              </ul>
            )}
            <h2>{t.includedByTitle}</h2>
            {parents.length > 0 && (
              <ul className="role-list">
                {parents.map((x) => (
                  <li key={x.parent}>
                    <Link to={link(x.parent)} className="mono">
                      {x.parent}
                    </Link>{' '}
                    <span
                      className={x.roleApplyPolicyCode === 'DENY' ? 'role-policy-deny' : 'role-policy-allow'}
                    >
                      {x.roleApplyPolicyCode === 'DENY' ? r.deny : r.allow}
                    </span>
                    <ConditionList conditions={x.conditions ?? []} />
                  </li>
                ))}
              </ul>
            )}
            <RoleDependents conn={conn} roleId={roleId} roles={all.data ?? []} />
            <h2>{t.attributes}</h2>
            {(role.attributes ?? []).length === 0 ? (
              <p className="muted">{t.noAttributesLinked}</p>
            ) : (
              <ul className="role-list">
                {(role.attributes ?? []).map((a) => (
                  <li key={a.attributeId}>
                    <span className="mono">{a.attributeId}</span> · {a.attributeDataTypeCode}
                    {a.attributeName ? ` · ${a.attributeName}` : ''}
                  </li>
                ))}
              </ul>
            )}
            {editing && <RoleDialog conn={conn} editing={role} onClose={() => setEditing(false)} />}
          </div>
        )}
      </QueryBoundary>
      {del.view}
    </section>
  );
}

import { useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref } from '@/lib/connection-context';
import { PageHeader, QueryBoundary } from '@/components/states';
import type { ConditionProtocol } from '../wire/common';
import { useRoleText } from '../role-text';
import { ConditionList } from '../shared/condition-list';
import { formatDate } from '../shared/format';
import { useRoleConn } from '../shared/use-role-conn';
import { deniableQuery, roleQuery, rolesAllQuery } from './api';
import { RoleHolders, useDeleteRoles } from './delete-roles';
import { RoleDialog } from './role-dialog';
import { useRoleFormText } from './role-form-text';
import { useRolesText } from './roles-text';

type Row = {
  other: string;
  roleApplyPolicyCode: 'ALLOW' | 'DENY';
  conditions?: readonly ConditionProtocol[] | null | undefined;
};

/** Relations to or from this role: the other role (linked), the policy and the conditions. */
function RelationTable(props: { caption: string; rows: readonly Row[]; link: (id: string) => string }) {
  const t = useRoleFormText();
  const g = useRolesText();
  const r = useRoleText();
  return (
    <table className="role-table">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.roleId}</th>
          <th scope="col">{g.policy}</th>
          <th scope="col">{r.conditions}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((x) => (
          <tr key={x.other}>
            <th scope="row">
              <Link to={props.link(x.other)} className="mono">
                {x.other}
              </Link>
            </th>
            <td className={x.roleApplyPolicyCode === 'DENY' ? 'role-policy-deny' : 'role-policy-allow'}>
              {x.roleApplyPolicyCode === 'DENY' ? r.deny : r.allow}
            </td>
            <td>
              <ConditionList conditions={x.conditions ?? []} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `roles/<roleId>`: one role with its facts, tags, relations both ways, attributes and who holds it. */
export function RoleDetail() {
  const t = useRoleFormText();
  const g = useRolesText();
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
    (p.roleRelations ?? []).filter((x) => x.roleId === roleId).map((x) => ({ ...x, other: p.roleId })),
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
              <RelationTable
                caption={t.includes}
                rows={(role.roleRelations ?? []).map((x) => ({ ...x, other: x.roleId }))}
                link={link}
              />
            )}
            <h2>{t.includedByTitle}</h2>
            {parents.length === 0 ? (
              <p className="muted">{t.includedByNone}</p>
            ) : (
              <RelationTable caption={t.includedByTitle} rows={parents} link={link} />
            )}
            <h2>{t.holders}</h2>
            <p>
              <RoleHolders conn={conn} roleId={roleId} />
            </p>
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

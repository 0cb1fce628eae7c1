import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { PageHeader, QueryBoundary } from '@/components/states';
import { useRoleConn, type RoleConn } from '../shared/use-role-conn';
import { deniableQuery, rolesAllQuery, rolesSearchQuery, roleTagsQuery } from './api';
import { EdgeTable } from './edge-table';
import type { Edge } from './graph-layout';
import { RoleGraph } from './role-graph';
import { useRolesText } from './roles-text';

function Deniable({ conn, roleId }: { conn: RoleConn; roleId: string }) {
  const t = useRolesText();
  const q = useQuery(deniableQuery(conn, roleId));
  if (q.isPending) return <span className="muted">…</span>;
  if (q.isError) return <span className="muted">?</span>;
  return <>{q.data ? t.yes : t.no}</>;
}

/** Roles searched by group and tag on the server, and the whole relation graph with its edge table. */
export function RolesView() {
  const t = useRolesText();
  const conn = useRoleConn();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const group = params.get('group') ?? '';
  const tag = params.get('tag') ?? '';
  const all = useQuery(rolesAllQuery(conn));
  const tags = useQuery(roleTagsQuery(conn));
  const found = useQuery(
    rolesSearchQuery(conn, {
      page: 1,
      itemsPerPage: 1000,
      sort: undefined,
      body: { roleGroup: group || undefined, roleTagIds: tag ? [tag] : undefined },
    }),
  );
  const groups = [
    ...new Set((all.data ?? []).map((r) => r.roleGroup).filter((g): g is string => !!g)),
  ].sort();
  const set = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return (
    <section className="page role-page" aria-labelledby={`${id}-title`}>
      <PageHeader title={t.title} titleId={`${id}-title`} description={t.description} />
      <div className="row role-toolbar">
        <div className="field">
          <label htmlFor={`${id}-g`}>{t.group}</label>
          <select id={`${id}-g`} value={group} onChange={(e) => set('group', e.target.value)}>
            <option value="">{t.anyGroup}</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-t`}>{t.tag}</label>
          <select id={`${id}-t`} value={tag} onChange={(e) => set('tag', e.target.value)}>
            <option value="">{t.anyTag}</option>
            {(tags.data ?? []).map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </div>
      </div>
      <QueryBoundary
        query={found}
        isEmpty={(d) => d.roles.length === 0}
        empty={<p className="muted">{t.noRoles}</p>}
      >
        {(data) => (
          <table className="role-table">
            <caption className="visually-hidden">{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.roleId}</th>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.group}</th>
                <th scope="col">{t.tags}</th>
                <th scope="col">{t.deniable}</th>
              </tr>
            </thead>
            <tbody>
              {data.roles.map((r) => (
                <tr key={r.roleId}>
                  <th scope="row" className="mono">
                    {r.roleId}
                  </th>
                  <td>{r.roleName}</td>
                  <td>{r.roleGroup}</td>
                  <td>{(r.roleTags ?? []).map((x) => x.roleTagId).join(', ')}</td>
                  <td>
                    <Deniable conn={conn} roleId={r.roleId} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryBoundary>
      <QueryBoundary query={all}>
        {(roles) => {
          const edges: Edge[] = roles.flatMap((r) =>
            (r.roleRelations ?? []).map((rel) => ({
              from: r.roleId,
              to: rel.roleId,
              policy: rel.roleApplyPolicyCode,
              conditions: rel.conditions?.length ?? 0,
            })),
          );
          const ids = roles.map((r) => r.roleId);
          return (
            <div className="role-split">
              <section className="stack" aria-labelledby={`${id}-graph`}>
                <h2 id={`${id}-graph`}>{t.graph}</h2>
                <RoleGraph nodes={ids} edges={edges} />
              </section>
              <EdgeTable conn={conn} roles={ids} edges={edges} />
            </div>
          );
        }}
      </QueryBoundary>
    </section>
  );
}

import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref } from '@/lib/connection-context';
import { QueryBoundary } from '@/components/states';
import type { RoleBundleProtocol } from '../wire/roles';
import { Pager } from '../shared/pager';
import type { RoleConn } from '../shared/use-role-conn';
import { deniableQuery, rolesSearchQuery, roleTagsQuery } from './api';
import { useRoleFormText } from './role-form-text';
import { useRolesText } from './roles-text';

const PER_PAGE = 25;

function Deniable({ conn, roleId }: { conn: RoleConn; roleId: string }) {
  const t = useRolesText();
  const q = useQuery(deniableQuery(conn, roleId));
  if (q.isPending) return <span className="muted">…</span>;
  if (q.isError) return <span className="muted">?</span>;
  return <>{q.data ? t.yes : t.no}</>;
}

/**
 * Roles found by ROLE's search (group and tag from the URL), each linking to its own page, with edit,
 * delete and a selection for deleting several at once.
 */
export function RolesList(props: {
  conn: RoleConn;
  group: string;
  tag: string;
  /** Role ID prefix, searched by ROLE. */
  q: string;
  page: number;
  groups: readonly string[];
  onFilter: (key: 'group' | 'tag' | 'q' | 'page', value: string) => void;
  onEdit: (role: RoleBundleProtocol) => void;
  onDelete: (roleIds: readonly string[]) => Promise<boolean>;
}) {
  const { conn, group, tag, q, page } = props;
  const t = useRolesText();
  const f = useRoleFormText();
  const href = useConnectionHref();
  const id = useId();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const tags = useQuery(roleTagsQuery(conn));
  const found = useQuery(
    rolesSearchQuery(conn, {
      page,
      itemsPerPage: PER_PAGE,
      sort: undefined,
      body: {
        roleIdPreLike: q.trim() || undefined,
        roleGroup: group || undefined,
        roleTagIds: tag ? [tag] : undefined,
      },
    }),
  );
  const listed = new Set((found.data?.roles ?? []).map((r) => r.roleId));
  const chosen = [...selected].filter((x) => listed.has(x));
  const toggle = (roleId: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(roleId);
      else next.delete(roleId);
      return next;
    });
  return (
    <div className="stack">
      <div className="row role-toolbar">
        <div className="field">
          <label htmlFor={`${id}-q`}>{t.search}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => props.onFilter('q', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-g`}>{t.group}</label>
          <select id={`${id}-g`} value={group} onChange={(e) => props.onFilter('group', e.target.value)}>
            <option value="">{t.anyGroup}</option>
            {props.groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-t`}>{t.tag}</label>
          <select id={`${id}-t`} value={tag} onChange={(e) => props.onFilter('tag', e.target.value)}>
            <option value="">{t.anyTag}</option>
            {(tags.data ?? []).map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </div>
        {chosen.length > 0 && (
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => void props.onDelete(chosen).then((ok) => ok && setSelected(new Set()))}
          >
            {f.deleteSelected(chosen.length)}
          </button>
        )}
      </div>
      <QueryBoundary
        query={found}
        isEmpty={(d) => d.totalItems === 0}
        empty={<p className="muted">{t.noRoles}</p>}
      >
        {(data) => (
          <div className="stack">
            <table className="role-table">
              <caption className="visually-hidden">{t.title}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{f.selection}</span>
                  </th>
                  <th scope="col">{t.roleId}</th>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.group}</th>
                  <th scope="col">{t.tags}</th>
                  <th scope="col">{t.deniable}</th>
                  <th scope="col">{f.actions}</th>
                </tr>
              </thead>
              <tbody>
                {data.roles.map((r) => (
                  <tr key={r.roleId}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={f.select(r.roleId)}
                        checked={selected.has(r.roleId)}
                        onChange={(e) => toggle(r.roleId, e.target.checked)}
                      />
                    </td>
                    <th scope="row" className="mono">
                      <Link to={href(`roles/${encodeURIComponent(r.roleId)}`)}>{r.roleId}</Link>
                    </th>
                    <td>{r.roleName}</td>
                    <td>{r.roleGroup}</td>
                    <td>{(r.roleTags ?? []).map((x) => x.roleTagId).join(', ')}</td>
                    <td>
                      <Deniable conn={conn} roleId={r.roleId} />
                    </td>
                    <td>
                      <span className="row role-actions">
                        <button
                          type="button"
                          className="btn btn-ghost"
                          aria-label={f.edit(r.roleId)}
                          onClick={() => props.onEdit(r)}
                        >
                          ✎
                        </button>
                        <button
                          type="button"
                          className="btn btn-ghost"
                          aria-label={f.remove(r.roleId)}
                          onClick={() => void props.onDelete([r.roleId])}
                        >
                          ✕
                        </button>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager
              page={page}
              total={data.totalItems}
              perPage={PER_PAGE}
              onPage={(p) => props.onFilter('page', String(p))}
            />
          </div>
        )}
      </QueryBoundary>
    </div>
  );
}

import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { PageHeader, QueryBoundary } from '@/components/states';
import type { RoleBundleProtocol } from '../wire/roles';
import { useRoleConn } from '../shared/use-role-conn';
import { rolesAllQuery } from './api';
import { useDeleteRoles } from './delete-roles';
import { RelationsView } from './relations-view';
import { RoleDialog } from './role-dialog';
import { useRoleFormText } from './role-form-text';
import { RolesList } from './roles-list';
import { useRolesText } from './roles-text';

/**
 * `roles?q=&group=&tag=&page=&node=&edge=`: roles searched on the server, created, edited and deleted, and the whole
 * relation graph with its edge table; the selected role and edge are in the URL so each view is linkable.
 */
export function RolesView() {
  const t = useRolesText();
  const f = useRoleFormText();
  const conn = useRoleConn();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const all = useQuery(rolesAllQuery(conn));
  const [dialogFor, setDialogFor] = useState<{ editing?: RoleBundleProtocol } | null>(null);
  const del = useDeleteRoles(conn, all.data ?? []);
  const groups = [
    ...new Set((all.data ?? []).map((r) => r.roleGroup).filter((g): g is string => !!g)),
  ].sort();
  const set = (entries: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(entries)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return (
    <section className="page role-page" aria-labelledby={`${id}-title`}>
      <PageHeader
        title={t.title}
        titleId={`${id}-title`}
        description={t.description}
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setDialogFor({})}>
            {f.createRole}
          </button>
        }
      />
      <RolesList
        conn={conn}
        group={params.get('group') ?? ''}
        tag={params.get('tag') ?? ''}
        q={params.get('q') ?? ''}
        page={Math.max(1, Number(params.get('page')) || 1)}
        groups={groups}
        // A new filter starts again from the first page.
        onFilter={(key, value) => set(key === 'page' ? { page: value } : { [key]: value, page: null })}
        onEdit={(editing) => setDialogFor({ editing })}
        onDelete={del.ask}
      />
      <QueryBoundary query={all}>
        {(roles) => (
          <RelationsView
            conn={conn}
            roles={roles}
            node={params.get('node')}
            edge={params.get('edge')}
            onNode={(node) => set({ node, edge: null })}
            onEdge={(edge) => set({ edge })}
          />
        )}
      </QueryBoundary>
      {del.view}
      {dialogFor && (
        <RoleDialog
          conn={conn}
          {...(dialogFor.editing ? { editing: dialogFor.editing } : {})}
          onClose={() => setDialogFor(null)}
        />
      )}
    </section>
  );
}

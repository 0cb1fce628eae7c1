import { useId, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useConnectionHref } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { toast } from '@/components/toast';
import type { RoleConn } from '../shared/use-role-conn';
import type { ResourceProtocol } from '../wire/resources';
import { AuthorizationMatrix } from './authorization-matrix';
import { MoveDialog } from './move-dialog';
import { useDeleteResources } from './mutations';
import { ResourceDialog } from './resource-dialog';
import { useResourcesText } from './resources-text';
import { descendantsOf, type ResourceTree } from './tree-model';

type Dialog = 'add' | 'edit' | 'move' | null;

/** One resource: its fields, the tree actions on it, and its roles × operations authorizations. */
export function ResourceDetail(props: { conn: RoleConn; tree: ResourceTree; resource: ResourceProtocol }) {
  const { conn, tree, resource } = props;
  const t = useResourcesText();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const headingId = useId();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { confirm, dialog: confirmDialog } = useConfirm();
  const remove = useDeleteResources(conn, { onError: () => undefined });
  const name = resource.name ?? resource.resourceId;
  const parentId = tree.parentOf(resource.resourceId);
  const parent = parentId === undefined ? undefined : tree.byId.get(parentId);
  const { search } = useLocation();
  // The tree's filter and menu preview live in the query string and stay as they were.
  const goTo = (id: string | undefined) =>
    void navigate({
      pathname: href(id === undefined ? 'resources' : `resources/${encodeURIComponent(id)}`),
      search,
    });

  // ROLE deletes only the listed nodes and reattaches the rest, so the console lists the subtree itself.
  const askDelete = () => {
    const below = descendantsOf(tree, resource.resourceId);
    void confirm({
      title: t.deleteTitle(name),
      variant: 'destructive',
      resourceName: resource.resourceId,
      confirmLabel: t.deleteConfirm,
      children: (
        <>
          <p>{below.length === 0 ? t.deleteAlone : t.deleteWithSubtree(below.length)}</p>
          {below.length > 0 && (
            <ul className="res-delete-list">
              {below.map((id) => (
                <li key={id} className="mono">
                  {tree.byId.get(id)?.uiPath ?? id}
                </li>
              ))}
            </ul>
          )}
        </>
      ),
      action: async () => {
        await remove.mutateAsync([resource.resourceId, ...below]);
        toast.success(t.deleted(name));
        goTo(parentId);
      },
    });
  };

  return (
    <article className="stack" aria-labelledby={headingId}>
      <div className="row res-detail-head">
        <h2 id={headingId}>{name}</h2>
        <div className="row res-actions">
          <button type="button" className="btn" onClick={() => setDialog('add')}>
            {t.addChild}
          </button>
          <button type="button" className="btn" onClick={() => setDialog('edit')}>
            {t.edit}
          </button>
          <button type="button" className="btn" onClick={() => setDialog('move')}>
            {t.moveTo}
          </button>
          <button type="button" className="btn btn-danger" onClick={askDelete}>
            {t.delete}
          </button>
        </div>
      </div>
      <dl className="role-facts">
        <dt>{t.resourceId}</dt>
        <dd className="mono">{resource.resourceId}</dd>
        <dt>{t.path}</dt>
        <dd className="mono">{resource.path}</dd>
        <dt>{t.uiPath}</dt>
        <dd className="mono">{resource.uiPath}</dd>
        <dt>{t.priority}</dt>
        <dd>{resource.priority}</dd>
        <dt>{t.description}</dt>
        <dd>{resource.description ?? '—'}</dd>
        <dt>{t.metadata}</dt>
        <dd>{resource.metadata ? <pre className="res-metadata-view">{resource.metadata}</pre> : '—'}</dd>
      </dl>
      <AuthorizationMatrix conn={conn} tree={tree} resource={resource} />
      {confirmDialog}
      {dialog === 'add' && (
        <ResourceDialog
          conn={conn}
          parent={resource}
          onClose={() => setDialog(null)}
          onSaved={(id) => id && goTo(id)}
        />
      )}
      {dialog === 'edit' && (
        <ResourceDialog
          conn={conn}
          parent={parent}
          editing={resource}
          onClose={() => setDialog(null)}
          onSaved={(id) => id !== undefined && id !== resource.resourceId && goTo(id)}
        />
      )}
      {dialog === 'move' && (
        <MoveDialog conn={conn} tree={tree} resource={resource} onClose={() => setDialog(null)} />
      )}
    </article>
  );
}

import { useId, useRef, useState } from 'react';
import { describeError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import { toast } from '@/components/toast';
import { useRoleText } from '../role-text';
import type { RoleConn } from '../shared/use-role-conn';
import type { ResourceProtocol } from '../wire/resources';
import { useUpdateResource } from './mutations';
import { useResourcesText } from './resources-text';
import {
  ancestorsOf,
  childUiPath,
  isInsideItself,
  lastSegment,
  uiPathPrefix,
  type ResourceTree,
} from './tree-model';

const TOP = '';

/**
 * "Move to…": picks a new parent and rewrites the node's uiPath (ROLE moves the subtree with it). Moving
 * under itself or a sub-resource is refused here, before any call, since ROLE would accept and tangle it.
 */
export function MoveDialog(props: {
  conn: RoleConn;
  tree: ResourceTree;
  resource: ResourceProtocol;
  onClose: () => void;
}) {
  const { conn, tree, resource, onClose } = props;
  const t = useResourcesText();
  const r = useRoleText();
  const titleId = useId();
  const selectId = useId();
  const errorId = useId();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, onClose, firstFocus);
  const currentParent = tree.parentOf(resource.resourceId) ?? TOP;
  const [target, setTarget] = useState(currentParent);
  const [error, setError] = useState<string>();
  const move = useUpdateResource(conn, { onError: (err) => setError(describeError(err)) });
  const options = [TOP, ...flatten(tree)];
  const labelOf = (id: string) => {
    if (id === TOP) return t.topLevel;
    const node = tree.byId.get(id);
    const depth = ancestorsOf(tree, id).length;
    return `${'\u00a0\u00a0'.repeat(depth)}${node?.name ?? id} (${node?.uiPath ?? ''})`;
  };
  const submit = () => {
    const to = target === TOP ? undefined : target;
    if (isInsideItself(tree, resource.resourceId, to)) {
      setError(t.moveInside);
      return;
    }
    if (target === currentParent) {
      setError(t.moveSame);
      return;
    }
    const parentUiPath = to === undefined ? undefined : tree.byId.get(to)?.uiPath;
    const uiPath = childUiPath(parentUiPath, lastSegment(resource.uiPath));
    setError(undefined);
    move.mutate(
      {
        resourceId: resource.resourceId,
        body: {
          name: resource.name ?? null,
          path: resource.path,
          uiPath,
          priority: resource.priority,
          description: resource.description ?? null,
          metadata: resource.metadata ?? null,
        },
      },
      {
        onSuccess: () => {
          toast.success(t.moved(resource.name ?? resource.resourceId, labelOf(target).trim()));
          onClose();
        },
      },
    );
  };
  return (
    <dialog ref={ref} className="confirm-dialog role-dialog" aria-labelledby={titleId}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h2 id={titleId} className="confirm-title">
          {t.moveTitle(resource.name ?? resource.resourceId)}
        </h2>
        <p className="muted">{t.moveBody(uiPathPrefix(resource.uiPath) ?? '/')}</p>
        <div className="field">
          <label htmlFor={selectId}>{t.newParent}</label>
          <select
            id={selectId}
            value={target}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => {
              setTarget(e.target.value);
              setError(undefined);
            }}
          >
            {options.map((id) => (
              <option key={id || 'top'} value={id}>
                {labelOf(id)}
              </option>
            ))}
          </select>
          {error && (
            <p id={errorId} className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>
            {r.cancel}
          </button>
          <button type="submit" className="btn btn-primary" disabled={move.isPending}>
            {move.isPending ? r.saving : t.move}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** Every node in tree order, so the picker reads like the tree. */
function flatten(tree: ResourceTree): string[] {
  const out: string[] = [];
  const walk = (ids: readonly string[]) => {
    for (const id of ids) {
      out.push(id);
      walk(tree.childrenOf(id));
    }
  };
  walk(tree.roots);
  return out;
}

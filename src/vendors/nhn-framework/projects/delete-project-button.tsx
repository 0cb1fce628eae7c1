import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { QueryBoundary } from '@/components/states';
import { useNhnText } from '../nhn-text';
import { projectMembersPageQuery } from '../queries/options';
import { useProjectProducts } from '../queries/use-project-products';
import { useDeleteProject } from '../queries/projects';
import { memberLabel } from '../members/member-rows';

type Props = { projectId: string; projectName: string; onDeleted?: () => void };

/** Delete with type-to-confirm; the dialog lists who loses access and which services block the delete. */
export function DeleteProjectButton({ projectId, projectName, onDeleted }: Props) {
  const t = useNhnText();
  const [open, setOpen] = useState(false);
  // Errors show inside the dialog (it stays open), so no toast here.
  const del = useDeleteProject({ onError: () => undefined, ...(onDeleted ? { onSuccess: onDeleted } : {}) });
  return (
    <>
      <button type="button" className="btn btn-danger" onClick={() => setOpen(true)}>
        {t.deleteProject}
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        variant="destructive"
        resourceName={projectName}
        title={t.deleteProjectTitle(projectName)}
        confirmLabel={t.deleteProject}
        onConfirm={() => del.mutateAsync({ projectId, projectName })}
      >
        <p>{t.deleteProjectBody}</p>
        {open && <WhatIsLost projectId={projectId} />}
      </ConfirmDialog>
    </>
  );
}

function WhatIsLost({ projectId }: { projectId: string }) {
  const t = useNhnText();
  const { id } = useCurrentConnection();
  const members = useQuery(projectMembersPageQuery(id, projectId, { page: 1, limit: 100 }));
  const products = useProjectProducts(projectId);
  return (
    <div className="nhn-delete-lists">
      <QueryBoundary query={members}>
        {(r) => (
          <section>
            <h3>{t.deleteMembers(r.paging.totalCount)}</h3>
            <ul>
              {r.projectMembers.map((m, i) => (
                <li key={m.uuid ?? `invite-${String(i)}`}>{memberLabel(m)}</li>
              ))}
            </ul>
          </section>
        )}
      </QueryBoundary>
      <QueryBoundary query={products}>
        {(list) => (
          <section>
            <h3>{t.deleteProducts(list.length)}</h3>
            <ul>
              {list.map((p) => (
                <li key={p.productId}>{p.productName}</li>
              ))}
            </ul>
          </section>
        )}
      </QueryBoundary>
    </div>
  );
}

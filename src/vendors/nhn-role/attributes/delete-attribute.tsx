import { useRef, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useConfirm } from '@/components/confirm-dialog';
import { toast } from '@/components/toast';
import { roleKeys } from '../queries/keys';
import type { RoleConn } from '../shared/use-role-conn';
import { deleteAttribute, fetchAttribute } from './api';
import { useAttributesText } from './attributes-text';

function ForceOption(props: { label: string; onChange: (on: boolean) => void }) {
  return (
    <label className="row">
      <input type="checkbox" onChange={(e) => props.onChange(e.target.checked)} />
      {props.label}
    </label>
  );
}

/**
 * Reads whether the attribute is in use before asking, warns when it is, and offers the vendor's force
 * delete; without it the vendor refuses (20005) and the refusal stays in the dialog.
 */
export function useDeleteAttribute(conn: RoleConn): {
  ask: (attributeId: string) => Promise<void>;
  view: ReactNode;
} {
  const t = useAttributesText();
  const qc = useQueryClient();
  const { confirm, dialog } = useConfirm();
  const force = useRef(false);
  const ask = async (attributeId: string) => {
    let inUse = false;
    try {
      inUse = (await fetchAttribute(conn, attributeId)).attributeInUse;
    } catch {
      // The vendor still decides on delete; an unreadable usage only loses the early warning.
    }
    force.current = false;
    await confirm({
      title: t.deleteTitle(attributeId),
      variant: 'destructive',
      resourceName: attributeId,
      confirmLabel: t.deleteConfirm,
      children: (
        <div className="stack">
          <p role={inUse ? 'alert' : undefined}>{inUse ? t.inUse : t.notInUse}</p>
          {inUse && <ForceOption label={t.force} onChange={(on) => (force.current = on)} />}
        </div>
      ),
      action: async () => {
        await deleteAttribute(conn, attributeId, force.current);
        toast.success(t.deleted(attributeId));
        // A forced delete strips conditions from user and role relations.
        await Promise.all(
          [roleKeys.attributes(conn.id), roleKeys.users(conn.id), roleKeys.roles(conn.id)].map((queryKey) =>
            qc.invalidateQueries({ queryKey }),
          ),
        );
      },
    });
  };
  return { ask, view: dialog };
}

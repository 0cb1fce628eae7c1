import { useState } from 'react';
import { describeError } from '@/lib/http/errors';
import { toast } from '@/components/toast';
import { useAttachPolicy, useDetachPolicy } from '../queries/policies';
import { useMatrixText } from './matrix-text';

export const cellKey = (userName: string, policyId: string) => `${userName}\n${policyId}`;

type Cell = { userName: string; policyId: string; policyName: string };

/**
 * Toggling one cell: the box shows the wanted state while GS2 works; on failure it falls back to what
 * GS2 holds and the cell keeps the error; on success a toast offers to undo.
 */
export function useCellToggle() {
  const t = useMatrixText();
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const attach = useAttachPolicy({ onError: () => undefined });
  const detach = useDetachPolicy({ onError: () => undefined });
  const edit = <V>(
    set: (f: (m: ReadonlyMap<string, V>) => ReadonlyMap<string, V>) => void,
    key: string,
    v?: V,
  ) =>
    set((m) => {
      const next = new Map(m);
      if (v === undefined) next.delete(key);
      else next.set(key, v);
      return next;
    });

  const toggle = async (cell: Cell, want: boolean, offerUndo = true): Promise<void> => {
    const key = cellKey(cell.userName, cell.policyId);
    edit(setPending, key, want);
    edit(setErrors, key);
    const vars = { userName: cell.userName, securityPolicyId: cell.policyId };
    try {
      await (want ? attach : detach).mutateAsync(vars);
      if (offerUndo)
        toast.success((want ? t.attached : t.detached)(cell.userName, cell.policyName), {
          action: { label: t.undo, run: () => void toggle(cell, !want, false) },
        });
    } catch (err) {
      edit(setErrors, key, describeError(err));
      toast.error(t.failed(cell.userName, cell.policyName, describeError(err)));
    } finally {
      edit(setPending, key);
    }
  };
  return { pending, errors, toggle };
}

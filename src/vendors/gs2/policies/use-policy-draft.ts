import { useCallback, useEffect, useRef, useState } from 'react';

export type PolicyDraft = { description: string; policy: string; name?: string; baseUpdatedAt?: number };

const key = (connectionId: string, name: string | undefined) =>
  `tessera.gs2.policyDraft.${connectionId}.${name ?? ':new'}`;

function read(storageKey: string): PolicyDraft | null {
  try {
    const raw = localStorage.getItem(storageKey);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<PolicyDraft>;
    return typeof v.policy === 'string' && typeof v.description === 'string' ? (v as PolicyDraft) : null;
  } catch {
    return null;
  }
}

/**
 * Unsaved policy edits kept in localStorage (a policy document is not a secret), so a reload or a failed
 * save loses nothing. Writes are debounced; `clear` runs after a successful save or on "discard".
 */
export function usePolicyDraft(connectionId: string, name: string | undefined) {
  const storageKey = key(connectionId, name);
  const [initial] = useState(() => read(storageKey));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<PolicyDraft | null>(null);
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (!pending.current) return;
    try {
      localStorage.setItem(storageKey, JSON.stringify(pending.current));
    } catch {
      // Storage full or blocked: the editor still works, only the draft is not kept.
    }
    pending.current = null;
  }, [storageKey]);
  const save = useCallback(
    (draft: PolicyDraft) => {
      pending.current = draft;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, 300);
    },
    [flush],
  );
  const clear = useCallback(() => {
    pending.current = null;
    clearTimeout(timer.current);
    localStorage.removeItem(storageKey);
  }, [storageKey]);
  // Leaving the page must not drop the last keystrokes.
  useEffect(() => flush, [flush]);
  return { initial, save, clear };
}

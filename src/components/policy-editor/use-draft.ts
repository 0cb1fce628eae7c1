import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Unsaved edits kept in localStorage under `storageKey`, so a reload or a failed save loses nothing. Only
 * for content that is not secret (policy documents). Writes are debounced; `clear` runs after a successful
 * save or on "discard". `accept` rejects a stored value of the wrong shape (an older format, a hand edit).
 */
export function useDraft<T>(storageKey: string, accept: (value: unknown) => value is T) {
  const [initial] = useState(() => readDraft(storageKey, accept));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<T | null>(null);
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    try {
      localStorage.setItem(storageKey, JSON.stringify(pending.current));
    } catch {
      // Storage full or blocked: the editor still works, only the draft is not kept.
    }
    pending.current = null;
  }, [storageKey]);
  const save = useCallback(
    (draft: T) => {
      pending.current = draft;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, 300);
    },
    [flush],
  );
  const clear = useCallback(() => {
    pending.current = null;
    clearTimeout(timer.current);
    try {
      localStorage.removeItem(storageKey);
    } catch {
      // Blocked storage holds no draft to remove.
    }
  }, [storageKey]);
  // Leaving the page must not drop the last keystrokes.
  useEffect(() => flush, [flush]);
  return { initial, save, clear };
}

export function readDraft<T>(storageKey: string, accept: (value: unknown) => value is T): T | null {
  try {
    const raw = localStorage.getItem(storageKey);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    return accept(value) ? value : null;
  } catch {
    return null;
  }
}

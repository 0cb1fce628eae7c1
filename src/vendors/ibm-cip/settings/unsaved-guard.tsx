import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useSettingsText } from './settings-text';

type Register = (formId: string, dirty: boolean) => void;
const UnsavedContext = createContext<Register | undefined>(undefined);

/**
 * Asks before leaving the settings while any form in it has unsaved changes: inside the console (another
 * section, another page) with a dialog, and on reload or closing the tab with the browser's own prompt.
 * One provider holds the router's single blocker for every form below it.
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const t = useSettingsText();
  const [dirtyForms, setDirtyForms] = useState<ReadonlySet<string>>(new Set());
  const dirty = dirtyForms.size > 0;
  const register = useCallback<Register>((formId, isDirty) => {
    setDirtyForms((prev) => {
      if (prev.has(formId) === isDirty) return prev;
      const next = new Set(prev);
      if (isDirty) next.add(formId);
      else next.delete(formId);
      return next;
    });
  }, []);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  const value = useMemo(() => register, [register]);
  return (
    <UnsavedContext.Provider value={value}>
      {children}
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        onOpenChange={(open) => {
          if (!open && blocker.state === 'blocked') blocker.reset();
        }}
        title={t.leaveTitle}
        confirmLabel={t.leaveConfirm}
        cancelLabel={t.leaveCancel}
        variant="destructive"
        onConfirm={() => {
          if (blocker.state === 'blocked') blocker.proceed();
        }}
      >
        <p>{t.leaveBody}</p>
      </ConfirmDialog>
    </UnsavedContext.Provider>
  );
}

/** Reports whether this form has unsaved changes; a form that unmounts counts as clean. */
export function useUnsavedChanges(dirty: boolean): void {
  const register = useContext(UnsavedContext);
  const formId = useId();
  useEffect(() => {
    register?.(formId, dirty);
  }, [register, formId, dirty]);
  useEffect(() => () => register?.(formId, false), [register, formId]);
}

import { useEffect, useRef, type RefObject } from 'react';

/**
 * Opens and closes a native <dialog> as a modal from a boolean. The browser traps focus and makes the
 * rest of the page inert; we only choose the first focus and give it back to the trigger on close, since
 * React's autoFocus runs before the dialog is shown and would be lost.
 */
export function useModalDialog(
  open: boolean,
  onCancel: () => void,
  initialFocus: RefObject<HTMLElement | null>,
): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef(onCancel);
  useEffect(() => {
    cancelRef.current = onCancel;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    initialFocus.current?.focus();
    // Esc fires `cancel`; the parent decides (it may refuse while an action runs), so the browser must not close.
    const onCancelEvent = (ev: Event) => {
      ev.preventDefault();
      cancelRef.current();
    };
    dialog.addEventListener('cancel', onCancelEvent);
    return () => {
      dialog.removeEventListener('cancel', onCancelEvent);
      if (dialog.open) dialog.close();
      if (trigger?.isConnected) trigger.focus();
    };
  }, [open, initialFocus]);

  return ref;
}

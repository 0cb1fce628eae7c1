import { useCallback, useRef, useState, type ReactNode } from 'react';
import { ConfirmDialog, type ConfirmDialogProps } from './confirm-dialog';

export type ConfirmOptions = Omit<ConfirmDialogProps, 'open' | 'onOpenChange' | 'onConfirm'> & {
  /** Runs inside the dialog, with its pending and error states; without it the dialog only asks. */
  action?: () => unknown;
};

/**
 * Imperative confirmation: `if (await confirm({...})) …`. Resolves true once the action succeeded (or the
 * user agreed, when there is no action) and false when the user cancelled. Render `dialog` once.
 */
export function useConfirm(): { confirm: (options: ConfirmOptions) => Promise<boolean>; dialog: ReactNode } {
  const [options, setOptions] = useState<ConfirmOptions | null>(null);
  const resolveRef = useRef<((ok: boolean) => void) | null>(null);
  const confirmedRef = useRef(false);

  const confirm = useCallback((next: ConfirmOptions) => {
    // A second request while one is open cancels the first: two answers for one question would be a bug.
    resolveRef.current?.(false);
    confirmedRef.current = false;
    setOptions(next);
    return new Promise<boolean>((resolve) => {
      resolveRef.current = resolve;
    });
  }, []);

  const settle = (open: boolean) => {
    if (open) return;
    resolveRef.current?.(confirmedRef.current);
    resolveRef.current = null;
    setOptions(null);
  };

  const dialog = options && (
    <ConfirmDialog
      {...options}
      open
      onOpenChange={settle}
      onConfirm={async () => {
        await options.action?.();
        confirmedRef.current = true;
      }}
    />
  );
  return { confirm, dialog };
}

import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { describeError } from '@/lib/http/errors';
import { useConfirmText } from './confirm-text';
import { useModalDialog } from './use-modal-dialog';

export type ConfirmDialogProps = {
  open: boolean;
  /** Called with false when the user cancels (button or Esc) and after the action succeeds. */
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  children?: ReactNode;
  /** The action; while its promise runs the dialog is pending, and if it rejects the error is shown here. */
  onConfirm: () => unknown;
  confirmLabel?: ReactNode;
  cancelLabel?: ReactNode;
  /** Destructive actions get a red button and, with `resourceName`, a type-to-confirm field. */
  variant?: 'default' | 'destructive';
  /** The exact text the user must type before a destructive confirm is enabled. */
  resourceName?: string;
};

/** A modal that asks before an action, runs it, and stays open with the error if the action fails. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, onOpenChange } = props;
  const [pending, setPending] = useState(false);
  const firstFocus = useRef<HTMLElement>(null);
  const dialogRef = useModalDialog(
    open,
    () => {
      if (!pending) onOpenChange(false);
    },
    firstFocus,
  );
  const titleId = useId();
  const bodyId = useId();
  return (
    <dialog ref={dialogRef} aria-labelledby={titleId} aria-describedby={bodyId} className="confirm-dialog">
      {open && (
        <ConfirmBody
          {...props}
          titleId={titleId}
          bodyId={bodyId}
          pending={pending}
          setPending={setPending}
          firstFocus={firstFocus}
        />
      )}
    </dialog>
  );
}

type BodyProps = ConfirmDialogProps & {
  titleId: string;
  bodyId: string;
  pending: boolean;
  setPending: (p: boolean) => void;
  firstFocus: RefObject<HTMLElement | null>;
};

/** Mounted only while open, so the typed name and any error start fresh every time. */
function ConfirmBody(props: BodyProps) {
  const { title, children, onConfirm, onOpenChange, variant = 'default', resourceName } = props;
  const { pending, setPending, firstFocus, titleId, bodyId, confirmLabel, cancelLabel } = props;
  const t = useConfirmText();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(null);
  const inputId = useId();
  const destructive = variant === 'destructive';
  const needsName = destructive && resourceName !== undefined;
  const nameMatches = !needsName || typed === resourceName;

  const run = async () => {
    setError(null);
    setPending(true);
    try {
      await onConfirm();
      setPending(false);
      onOpenChange(false);
    } catch (err) {
      setPending(false);
      setError(err ?? new Error('The action failed.'));
    }
  };

  return (
    <form
      method="dialog"
      onSubmit={(e) => {
        e.preventDefault();
        if (nameMatches && !pending) void run();
      }}
    >
      <h2 id={titleId} className="confirm-title">
        {title}
      </h2>
      <div id={bodyId}>{children}</div>
      {needsName && (
        <div className="field confirm-name">
          <label htmlFor={inputId}>
            {t.typeToConfirmBefore} <strong className="mono">{resourceName}</strong> {t.typeToConfirmAfter}
          </label>
          <input
            id={inputId}
            ref={firstFocus as RefObject<HTMLInputElement | null>}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="off"
            disabled={pending}
          />
        </div>
      )}
      {error !== null && (
        <p className="confirm-error error-panel" role="alert">
          {describeError(error)}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="btn"
          disabled={pending}
          // Without a name to type, focus starts on Cancel so a stray Enter cannot run the action.
          ref={needsName ? undefined : (firstFocus as RefObject<HTMLButtonElement | null>)}
          onClick={() => onOpenChange(false)}
        >
          {cancelLabel ?? t.cancel}
        </button>
        <button
          type="submit"
          className={destructive ? 'btn btn-danger' : 'btn btn-primary'}
          disabled={!nameMatches || pending}
          aria-busy={pending || undefined}
        >
          {pending ? t.working : (confirmLabel ?? t.confirm)}
        </button>
      </div>
    </form>
  );
}

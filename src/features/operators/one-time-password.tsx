import { useRef, useState } from 'react';
import { useModalDialog } from '@/components/confirm-dialog';
import { useOperatorsText } from './operators-text';

/**
 * A password shown once to the admin who created or reset it. It lives only in the parent's state, which
 * drops it when this closes; it never reaches the query cache or storage.
 */
export function OneTimePassword({
  username,
  password,
  onClose,
}: {
  username: string;
  password: string;
  onClose: () => void;
}) {
  const t = useOperatorsText();
  const [copied, setCopied] = useState(false);
  const firstFocus = useRef<HTMLButtonElement>(null);
  const ref = useModalDialog(true, onClose, firstFocus);
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby="otp-title" aria-describedby="otp-body">
      <h2 id="otp-title" className="confirm-title">
        {t.oneTimeTitle(username)}
      </h2>
      <p id="otp-body">{t.oneTimeBody}</p>
      <p>
        <code className="mono one-time-password" data-testid="one-time-password">
          {password}
        </code>
      </p>
      <div className="form-actions">
        <button
          ref={firstFocus}
          type="button"
          className="btn"
          onClick={() =>
            void navigator.clipboard.writeText(password).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t.copied : t.copy}
        </button>
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t.handedOver}
        </button>
      </div>
    </dialog>
  );
}

import type { ReactNode } from 'react';
import { HttpError, describeError } from '@/lib/http/errors';
import { useStatesText } from './states-text';

export type ErrorPanelProps = {
  error: unknown;
  title?: ReactNode;
  onRetry?: () => void;
  /** True while the retry runs, so it cannot be fired twice. */
  retrying?: boolean;
};

/**
 * What failed, in one sentence chosen by error class, with a retry. The request id is shown so an operator
 * can quote it when the server logs are needed.
 */
export function ErrorPanel({ error, title, onRetry, retrying = false }: ErrorPanelProps) {
  const t = useStatesText();
  const requestId = error instanceof HttpError ? error.requestId : undefined;
  return (
    <div className="error-panel state-panel" role="alert">
      <p className="state-title">{title ?? t.errorTitle}</p>
      <p>{describeError(error)}</p>
      {requestId && <p className="muted mono">{t.requestId(requestId)}</p>}
      {onRetry && (
        <button
          type="button"
          className="btn"
          onClick={onRetry}
          disabled={retrying}
          aria-busy={retrying || undefined}
        >
          {retrying ? t.retrying : t.retry}
        </button>
      )}
    </div>
  );
}

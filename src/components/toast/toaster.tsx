import { useSyncExternalStore } from 'react';
import { dismissToast, getToasts, subscribeToasts } from './toast-store';

/** The live region that shows toasts; mounted once by the app shell. */
export function Toaster() {
  const toasts = useSyncExternalStore(subscribeToasts, getToasts, getToasts);
  return (
    <section className="toaster" aria-label="Notifications">
      <ol aria-live="polite" aria-relevant="additions">
        {toasts.map((t) => (
          <li key={t.id} className={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'}>
            <span className="toast-message">{t.message}</span>
            {t.action && (
              <button
                type="button"
                className="btn btn-ghost"
                onClick={() => {
                  t.action?.run();
                  dismissToast(t.id);
                }}
              >
                {t.action.label}
              </button>
            )}
            <button
              type="button"
              className="btn btn-icon"
              aria-label="Dismiss notification"
              onClick={() => dismissToast(t.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

import { useId } from 'react';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { ErrorPanel } from '@/components/states';
import { toast } from '@/components/toast';
import { useCurrentConnection } from '@/lib/connection-context';
import { useLocale } from '@/lib/i18n/locale';
import { requestJson } from '@/lib/http/request';
import { useGs2Text } from '../gs2-text';

const LinkSchema = z.object({ path: z.string(), expiresAt: z.string() });

/**
 * A link the operator sends to the GS2 user so they can set up or remove their own MFA, signing in with
 * their GS2 password. Each press makes a new link; it is shown here (not cached) until the page changes.
 */
export function SelfServiceLink({ userName }: { userName: string }) {
  const t = useGs2Text();
  const { locale } = useLocale();
  const { id: connectionId } = useCurrentConnection();
  const fieldId = useId();
  const create = useMutation({
    mutationFn: () =>
      requestJson('/api/self-service/links', LinkSchema, {
        method: 'POST',
        json: { connectionId, userName },
      }),
    gcTime: 0,
    meta: { silent: true },
    onSuccess: (link) => {
      const url = window.location.origin + link.path;
      void navigator.clipboard.writeText(url).then(
        () => toast.success(t.selfServiceCopied),
        // Without clipboard access the link is still on screen to copy by hand.
        () => undefined,
      );
    },
  });
  const url = create.data ? window.location.origin + create.data.path : undefined;
  return (
    <section className="card stack" aria-labelledby={`${fieldId}-title`}>
      <h3 id={`${fieldId}-title`}>{t.selfServiceTitle}</h3>
      <p className="muted">{t.selfServiceHelp(userName)}</p>
      <div>
        <button type="button" className="btn" disabled={create.isPending} onClick={() => create.mutate()}>
          {create.isPending ? t.selfServiceCreating : t.selfServiceCopy}
        </button>
      </div>
      {create.isError && <ErrorPanel error={create.error} />}
      {url && create.data && (
        <div className="field">
          <label htmlFor={fieldId}>{t.selfServiceLink}</label>
          <input
            id={fieldId}
            className="mono"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="gs2-self-service-link"
          />
          <p className="muted">
            {t.selfServiceExpires(
              new Date(create.data.expiresAt).toLocaleString(locale, {
                dateStyle: 'medium',
                timeStyle: 'short',
              }),
            )}
          </p>
        </div>
      )}
    </section>
  );
}

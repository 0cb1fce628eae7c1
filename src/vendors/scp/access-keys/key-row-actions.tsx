import { Link } from 'react-router';
import { useConnectionHref } from '@/lib/connection-context';
import type { ConfirmOptions } from '@/components/confirm-dialog';
import type { StoredAccessKey } from '../shared/strip-secret';
import { useDeleteAccessKey, useSetKeyEnabled } from './mutations';
import { useKeysText } from './keys-text';

/** Enable/disable, rotate and delete for one key; each destructive step asks first. */
export function KeyRowActions(props: {
  keyRec: StoredAccessKey;
  own: boolean;
  confirm: (o: ConfirmOptions) => Promise<boolean>;
}) {
  const { keyRec: k, own, confirm } = props;
  const t = useKeysText();
  const href = useConnectionHref();
  const toggle = useSetKeyEnabled({ onError: () => undefined });
  const remove = useDeleteAccessKey({ onError: () => undefined });
  const label = k.access_key;
  const warning = own ? <p className="scp-warning">{t.ownKey}</p> : null;
  return (
    <div className="row scp-key-actions">
      {k.is_enabled ? (
        <button
          type="button"
          className="btn btn-ghost"
          aria-label={`${t.disable} ${label}`}
          onClick={() =>
            void confirm({
              title: t.disableTitle(label),
              confirmLabel: t.disable,
              children: (
                <div className="stack">
                  <p>{t.disableBody}</p>
                  {warning}
                </div>
              ),
              action: () => toggle.mutateAsync({ keyId: k.id, label, enabled: false }),
            })
          }
        >
          {t.disable}
        </button>
      ) : (
        <button
          type="button"
          className="btn btn-ghost"
          aria-label={`${t.enable} ${label}`}
          disabled={toggle.isPending}
          onClick={() => toggle.mutate({ keyId: k.id, label, enabled: true })}
        >
          {t.enable}
        </button>
      )}
      {k.access_key_type === 'PERMANENT' && (
        <Link
          className="btn btn-ghost"
          aria-label={`${t.rotate} ${label}`}
          to={href(`access-keys/rotate/${encodeURIComponent(k.id)}`)}
        >
          {t.rotate}
        </Link>
      )}
      <button
        type="button"
        className="btn btn-ghost"
        aria-label={`${t.deleteKey} ${label}`}
        onClick={() =>
          void confirm({
            title: t.deleteTitle(label),
            variant: 'destructive',
            confirmLabel: t.deleteKey,
            children: (
              <div className="stack">
                <p>{t.deleteBody}</p>
                {warning}
              </div>
            ),
            action: () => remove.mutateAsync({ keyId: k.id, label }),
          })
        }
      >
        {t.deleteKey}
      </button>
    </div>
  );
}

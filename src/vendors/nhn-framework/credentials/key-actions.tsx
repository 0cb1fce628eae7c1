import { useRef, useState } from 'react';
import { useConfirm } from '@/components/confirm-dialog';
import { useCredentialsText } from './credentials-text';
import { useDeleteAccessKey, useReissueSecret, useSetAccessKeyStatus } from '../queries/credentials';
import type { UserAccessKey } from '../wire/credentials';

type Props = { credential: UserAccessKey; own: boolean; onSecret: (keyId: string, secret: string) => void };

/** Reissue, disable/enable and delete one key; each asks first, and warns when it is the connection's key. */
export function KeyActions({ credential, own, onSecret }: Props) {
  const t = useCredentialsText();
  const keyId = credential.userAccessKeyID;
  const { confirm, dialog } = useConfirm();
  const expireToo = useRef(false);
  // Dialogs show the error themselves and stay open.
  const quiet = { onError: () => undefined };
  const reissue = useReissueSecret({
    ...quiet,
    onSuccess: (r) => {
      onSecret(keyId, r.authentication.secretAccessKey);
      reissue.reset();
    },
  });
  const status = useSetAccessKeyStatus(quiet);
  const del = useDeleteAccessKey(quiet);
  const warning = own ? (
    <p className="nhn-own-key-warning" role="alert">
      {t.ownKeyWarning}
    </p>
  ) : null;

  if (credential.authStatus === 'BLOCKED') return <span className="muted">{t.blockedReadOnly}</span>;
  const stopped = credential.authStatus === 'STOP';
  return (
    <div className="row nhn-key-actions">
      <button
        type="button"
        className="btn"
        onClick={() => {
          expireToo.current = false;
          void confirm({
            title: t.reissueTitle(keyId),
            confirmLabel: t.reissue,
            variant: 'destructive',
            ...(own ? { resourceName: keyId } : {}),
            children: (
              <>
                <p>{t.reissueBody}</p>
                {warning}
                <ExpireTokensBox onChange={(v) => (expireToo.current = v)} />
              </>
            ),
            action: () =>
              reissue.mutateAsync({ userAccessKeyId: keyId, needExpireTokens: expireToo.current }),
          });
        }}
      >
        {t.reissue}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => {
          if (stopped) {
            status.mutate({ userAccessKeyId: keyId, status: 'STABLE' });
            return;
          }
          void confirm({
            title: t.stopTitle(keyId),
            confirmLabel: t.stop,
            variant: 'destructive',
            ...(own ? { resourceName: keyId } : {}),
            children: (
              <>
                <p>{t.stopBody}</p>
                {warning}
              </>
            ),
            action: () => status.mutateAsync({ userAccessKeyId: keyId, status: 'STOP' }),
          });
        }}
      >
        {stopped ? t.enable : t.stop}
      </button>
      <button
        type="button"
        className="btn btn-danger"
        onClick={() =>
          void confirm({
            title: t.deleteKeyTitle(keyId),
            confirmLabel: t.deleteKey,
            variant: 'destructive',
            resourceName: keyId,
            children: (
              <>
                <p>{t.deleteKeyBody}</p>
                {warning}
              </>
            ),
            action: () => del.mutateAsync({ userAccessKeyId: keyId }),
          })
        }
      >
        {t.deleteKey}
      </button>
      {dialog}
    </div>
  );
}

function ExpireTokensBox({ onChange }: { onChange: (v: boolean) => void }) {
  const t = useCredentialsText();
  const [checked, setChecked] = useState(false);
  return (
    <label className="row">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => {
          setChecked(e.target.checked);
          onChange(e.target.checked);
        }}
      />
      {t.expireTokensToo}
    </label>
  );
}

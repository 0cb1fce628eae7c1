import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { SecretOnce, useSecretOnce } from '@/components/secret-once';
import { EmptyState, QueryBoundary } from '@/components/states';
import { useCredentialsText } from './credentials-text';
import { accessKeysQuery, useCreateAccessKey } from '../queries/credentials';
import { formatDate } from '../shared/format';
import { KeyActions } from './key-actions';
import { RegisterKeyDialog } from './register-key-dialog';

/** NHN Cloud allows five keys per account; the vendor enforces it too. */
export const MAX_KEYS = 5;

type NewSecret = readonly [keyId: string, secret: string];

export function AccessKeys() {
  const t = useCredentialsText();
  const conn = useCurrentConnection();
  const href = useConnectionHref();
  const titleId = useId();
  const query = useQuery(accessKeysQuery(conn.id));
  const [registering, setRegistering] = useState(false);
  // The secret lives in this component's state only, until the user acknowledges storing it.
  const secret = useSecretOnce<NewSecret>();
  const create = useCreateAccessKey({
    onSuccess: (r) => {
      setRegistering(false);
      secret.show([r.authentication.userAccessKeyID, r.authentication.secretAccessKey] as const);
      create.reset();
    },
  });
  const full = (query.data?.length ?? 0) >= MAX_KEYS;
  const register = (
    <button
      type="button"
      className="btn btn-primary"
      disabled={full || !query.isSuccess}
      aria-describedby={full ? `${titleId}-limit` : undefined}
      onClick={() => setRegistering(true)}
    >
      {t.registerKey}
    </button>
  );
  return (
    <div className="stack">
      <div className="row nhn-toolbar">
        <p className="muted">{t.accessKeysDescription}</p>
        {register}
      </div>
      {full && (
        <p id={`${titleId}-limit`} className="muted">
          {t.keyLimit}
        </p>
      )}
      <QueryBoundary
        query={query}
        isEmpty={(l) => l.length === 0}
        empty={<EmptyState title={t.noKeys} action={register} />}
      >
        {(keys) => (
          <table>
            <caption className="visually-hidden">{t.tabOwnKeys}</caption>
            <thead>
              <tr>
                <th scope="col">{t.keyId}</th>
                <th scope="col">{t.secretMasked}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.tokenLifetime}</th>
                <th scope="col">{t.validTokens}</th>
                <th scope="col">{t.created}</th>
                <th scope="col">{t.lastUsed}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => {
                const own = k.userAccessKeyID === conn.settings.userAccessKeyId;
                return (
                  <tr key={k.authId}>
                    <th scope="row">
                      <code>{k.userAccessKeyID}</code>
                      {own && <span className="badge nhn-own-badge">{t.thisConnection}</span>}
                    </th>
                    <td>
                      <code>{k.secretAccessKey}</code>
                    </td>
                    <td>{k.authStatus}</td>
                    <td>{k.tokenExpiryPeriod}</td>
                    <td>
                      <Link
                        to={href(`access-keys/${encodeURIComponent(k.userAccessKeyID)}/tokens`)}
                        aria-label={`${t.tokens}: ${k.userAccessKeyID} (${String(k.validTokenCount)})`}
                      >
                        {k.validTokenCount}
                      </Link>
                    </td>
                    <td>{formatDate(k.regDatetime)}</td>
                    <td>{formatDate(k.lastUsedDatetime, t.never)}</td>
                    <td>
                      <KeyActions
                        credential={k}
                        own={own}
                        onSecret={(keyId, value) => secret.show([keyId, value] as const)}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </QueryBoundary>
      {registering && (
        <RegisterKeyDialog
          pending={create.isPending}
          onClose={() => setRegistering(false)}
          onSubmit={(tokenExpiryPeriod) => create.mutate({ tokenExpiryPeriod })}
        />
      )}
      {secret.value && (
        <SecretOnce
          title={t.newSecretTitle}
          label={t.newSecretLabel}
          value={secret.value[1]}
          description={<p>{t.newSecretBody(secret.value[0])}</p>}
          onClose={secret.clear}
        />
      )}
    </div>
  );
}

import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { SecretOnce, useSecretOnce } from '@/components/secret-once';
import { EmptyState, QueryBoundary } from '@/components/states';
import { useGs2Text } from '../gs2-text';
import { formatTime } from '../format';
import { useCreateCredential, useDeleteCredential } from '../queries/credentials';
import { credentialsInfiniteQuery } from '../queries/options';
import { CopyButton } from '../shared/copy-button';
import { GuardsPanel } from './guards-panel';

type NewCredential = readonly [clientId: string, clientSecret: string];

export function CredentialsTab({ userName }: { userName: string }) {
  const t = useGs2Text();
  const { id } = useCurrentConnection();
  const query = useInfiniteQuery(credentialsInfiniteQuery(id, userName));
  // The secret lives in this component's state only, until the user acknowledges storing it.
  const secret = useSecretOnce<NewCredential>();
  const create = useCreateCredential({
    onSuccess: (r) => {
      secret.show([r.item.clientId, r.clientSecret] as const);
      create.reset();
    },
  });
  const remove = useDeleteCredential({ onError: () => undefined });
  const { confirm, dialog } = useConfirm();
  const [open, setOpen] = useState<string | null>(null);

  const createButton = (
    <button
      type="button"
      className="btn btn-primary"
      disabled={create.isPending}
      onClick={() => create.mutate({ userName })}
    >
      {create.isPending ? t.creating : t.createCredential}
    </button>
  );
  return (
    <div className="stack">
      <div className="row gs2-section-head">
        <div>
          <h2>{t.credentials}</h2>
          <p className="muted">{t.credentialsHelp}</p>
        </div>
        {createButton}
      </div>
      <QueryBoundary
        query={query}
        isEmpty={(d) => d.pages.every((p) => p.items.length === 0)}
        empty={<EmptyState title={t.noCredentials}>{t.noCredentialsBody}</EmptyState>}
      >
        {(data) => (
          <ul className="gs2-list">
            {data.pages
              .flatMap((p) => p.items)
              .map((c) => (
                <li key={c.clientId} className="card stack">
                  <div className="row gs2-item-head">
                    <span className="mono">{c.clientId}</span>
                    <CopyButton value={c.clientId} label={t.clientId} />
                    <span className="muted">{formatTime(c.createdAt)}</span>
                    <button
                      type="button"
                      className="btn"
                      aria-expanded={open === c.clientId}
                      aria-label={t.showGuards(c.clientId)}
                      onClick={() => setOpen(open === c.clientId ? null : c.clientId)}
                    >
                      {t.guards}
                    </button>
                    <button
                      type="button"
                      className="btn btn-danger"
                      aria-label={t.deleteCredentialNamed(c.clientId)}
                      onClick={() =>
                        void confirm({
                          title: t.deleteCredentialTitle,
                          variant: 'destructive',
                          confirmLabel: t.deleteCredential,
                          children: <p>{t.deleteCredentialBody(c.clientId)}</p>,
                          action: () => remove.mutateAsync({ userName, clientId: c.clientId }),
                        })
                      }
                    >
                      {t.deleteCredential}
                    </button>
                  </div>
                  {open === c.clientId && <GuardsPanel userName={userName} clientId={c.clientId} />}
                </li>
              ))}
          </ul>
        )}
      </QueryBoundary>
      {query.hasNextPage && (
        <button type="button" className="btn" onClick={() => void query.fetchNextPage()}>
          {t.loadMore}
        </button>
      )}
      {secret.value && (
        <SecretOnce
          title={t.newCredentialTitle}
          label={t.clientSecret}
          value={secret.value[1]}
          description={<p className="mono">{t.newCredentialFor(secret.value[0])}</p>}
          fileName={`gs2-${userName}-credential.txt`}
          onClose={secret.clear}
        />
      )}
      {dialog}
    </div>
  );
}

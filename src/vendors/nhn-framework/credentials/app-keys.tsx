import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { EmptyState, QueryBoundary } from '@/components/states';
import { appKeysQuery, MAX_APP_KEYS, useDeleteAppKey } from '../queries/app-keys';
import { formatDate } from '../shared/format';
import { AddAppKeyDialog } from './add-app-key-dialog';
import { useCredentialsText } from './credentials-text';

/** The project's integrated AppKeys (#45): register up to three, delete with type-to-confirm. */
export function ProjectAppKeys({ projectId }: { projectId: string }) {
  const t = useCredentialsText();
  const { id } = useCurrentConnection();
  const limitId = useId();
  const query = useQuery(appKeysQuery(id, projectId));
  const [adding, setAdding] = useState(false);
  const { confirm, dialog } = useConfirm();
  const del = useDeleteAppKey({ onError: () => undefined });
  const full = (query.data?.length ?? 0) >= MAX_APP_KEYS;
  const add = (
    <button
      type="button"
      className="btn btn-primary"
      disabled={full || !query.isSuccess}
      aria-describedby={full ? limitId : undefined}
      onClick={() => setAdding(true)}
    >
      {t.addAppKey}
    </button>
  );
  return (
    <div className="stack">
      <div className="row nhn-toolbar">
        <p className="muted">{t.appKeysDescription}</p>
        {add}
      </div>
      {full && (
        <p id={limitId} className="muted">
          {t.appKeyLimit}
        </p>
      )}
      <QueryBoundary
        query={query}
        isEmpty={(l) => l.length === 0}
        empty={<EmptyState title={t.noAppKeys} action={add} />}
      >
        {(keys) => (
          <table>
            <caption className="visually-hidden">{t.appKeysTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.appKey}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.created}</th>
                <th scope="col">{t.lastUsed}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.authId}>
                  <th scope="row">
                    <code>{k.appKey}</code>
                  </th>
                  <td>{k.authStatus}</td>
                  <td>{formatDate(k.regDatetime)}</td>
                  <td>{formatDate(k.lastUsedDatetime, t.never)}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-danger"
                      aria-label={`${t.deleteKey} ${k.appKey}`}
                      onClick={() =>
                        void confirm({
                          title: t.deleteAppKeyTitle(k.appKey),
                          confirmLabel: t.deleteKey,
                          variant: 'destructive',
                          resourceName: k.appKey,
                          children: <p>{t.deleteAppKeyBody}</p>,
                          action: () => del.mutateAsync({ projectId, appKey: k.appKey }),
                        })
                      }
                    >
                      {t.deleteKey}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryBoundary>
      {adding && <AddAppKeyDialog projectId={projectId} onClose={() => setAdding(false)} />}
      {dialog}
    </div>
  );
}

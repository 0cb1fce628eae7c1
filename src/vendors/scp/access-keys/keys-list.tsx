import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { BulkProgress, useBulkRun } from '@/components/bulk-run';
import { useConfirm } from '@/components/confirm-dialog';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { ACCESS_KEY_TYPES } from '../wire/access-keys';
import { scpKeys } from '../queries/keys';
import { useScpText } from '../scp-text';
import { formatDate, neverExpires } from '../shared/format';
import type { StoredAccessKey } from '../shared/strip-secret';
import { CreateKeyDialog } from './create-key-dialog';
import { KeyRowActions } from './key-row-actions';
import { keyStatus } from './key-status';
import { useKeysText } from './keys-text';
import { deleteKeyCall } from './mutations';
import { accessKeysQuery } from './queries';
import { TemporaryKeyDialog } from './temporary-key-dialog';

/** The caller's keys, marker-paged ("Load more"), filtered by type in the URL; secrets never listed. */
export function KeysList() {
  const t = useKeysText();
  const s = useScpText();
  const { id, settings } = useCurrentConnection();
  const qc = useQueryClient();
  const titleId = useId();
  const typeId = useId();
  const [params, setParams] = useSearchParams();
  const type = params.get('type') ?? '';
  const [dialog, setDialog] = useState<'permanent' | 'temporary' | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const query = useInfiniteQuery(accessKeysQuery(id, type ? { access_key_type: type } : {}));
  const { confirm, dialog: confirmDialog } = useConfirm();
  const bulk = useBulkRun<StoredAccessKey>({
    run: (k) => deleteKeyCall(id, k.id),
    getKey: (k) => k.id,
    getLabel: (k) => k.access_key,
    onFinished: () => void qc.invalidateQueries({ queryKey: scpKeys.accessKeys(id) }),
  });
  const keys = query.data?.pages.flatMap((p) => p.keys) ?? [];
  const byId = new Map(keys.map((k) => [k.id, k]));
  const chosen = keys.filter((k) => selected.has(k.id));
  const toggle = (keyId: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(keyId);
      else next.delete(keyId);
      return next;
    });

  const askBulk = async () => {
    const ok = await confirm({
      title: t.deleteManyTitle(chosen.length),
      variant: 'destructive',
      confirmLabel: t.deleteSelected(chosen.length),
      children: (
        <div className="stack">
          <p>{t.deleteBody}</p>
          <ul className="scp-results">
            {chosen.map((k) => (
              <li key={k.id}>
                <code>{k.access_key}</code>
              </li>
            ))}
          </ul>
          {chosen.some((k) => k.access_key === settings.accessKey) && (
            <p className="scp-warning">{t.ownKey}</p>
          )}
        </div>
      ),
    });
    if (!ok) return;
    setSelected(new Set());
    void bulk.start(chosen);
  };

  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <PageHeader
        title={t.title}
        titleId={titleId}
        description={t.description}
        actions={
          <>
            <button type="button" className="btn" onClick={() => setDialog('temporary')}>
              {t.createTemporary}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setDialog('permanent')}>
              {t.createPermanent}
            </button>
          </>
        }
      />
      <div className="row scp-toolbar">
        <div className="field">
          <label htmlFor={typeId}>{t.typeFilter}</label>
          <select
            id={typeId}
            value={type}
            onChange={(e) => {
              setSelected(new Set());
              setParams(
                (prev) => {
                  const next = new URLSearchParams(prev);
                  if (e.target.value) next.set('type', e.target.value);
                  else next.delete('type');
                  return next;
                },
                { replace: true },
              );
            }}
          >
            <option value="">{t.allTypes}</option>
            {ACCESS_KEY_TYPES.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
        {chosen.length > 0 && (
          <button type="button" className="btn btn-danger" onClick={() => void askBulk()}>
            {t.deleteSelected(chosen.length)}
          </button>
        )}
      </div>
      <BulkProgress run={bulk} label={t.deletingKeys(bulk.total)} onClose={bulk.reset} />
      <QueryBoundary
        query={query}
        isEmpty={(d) => d.pages.every((p) => p.keys.length === 0)}
        empty={<EmptyState title={t.noKeys}>{t.noKeysBody}</EmptyState>}
      >
        {(data) => (
          <div className="stack">
            <p className="muted" aria-live="polite">
              {t.shown(keys.length, data.pages[0]?.count ?? null)}
            </p>
            <div className="scp-scroll">
              <table className="scp-table">
                <caption className="visually-hidden">{t.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <input
                        type="checkbox"
                        aria-label={t.selectAll}
                        checked={keys.length > 0 && chosen.length === keys.length}
                        onChange={(e) => setSelected(new Set(e.target.checked ? keys.map((k) => k.id) : []))}
                      />
                    </th>
                    <th scope="col">{t.accessKey}</th>
                    <th scope="col">{t.descriptionLabel}</th>
                    <th scope="col">{t.keyType}</th>
                    <th scope="col">{t.status}</th>
                    <th scope="col">{t.expires}</th>
                    <th scope="col">{t.parent}</th>
                    <th scope="col">{t.secret}</th>
                    <th scope="col">{s.created}</th>
                    <th scope="col">{s.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {keys.map((k) => {
                    const status = keyStatus(k);
                    const own = k.access_key === settings.accessKey;
                    const parent = k.parent_access_key_id ? byId.get(k.parent_access_key_id) : undefined;
                    return (
                      <tr key={k.id}>
                        <td>
                          <input
                            type="checkbox"
                            aria-label={t.selectKey(k.access_key)}
                            checked={selected.has(k.id)}
                            onChange={(e) => toggle(k.id, e.target.checked)}
                          />
                        </td>
                        <th scope="row">
                          <code className="scp-break">{k.access_key}</code>
                          {own && <span className="badge badge-accent scp-own">{t.thisConnection}</span>}
                        </th>
                        <td>{k.description ?? s.notSet}</td>
                        <td>{k.access_key_type}</td>
                        <td>
                          <span
                            className={`badge ${status === 'enabled' ? 'badge-success' : 'badge-danger'}`}
                          >
                            {status === 'enabled'
                              ? t.enabledLabel
                              : status === 'disabled'
                                ? t.disabledLabel
                                : t.expiredLabel}
                          </span>
                        </td>
                        <td>
                          {neverExpires(k.expiration_timestamp)
                            ? s.never
                            : formatDate(k.expiration_timestamp)}
                        </td>
                        <td>
                          {k.parent_access_key_id ? (
                            <code className="scp-break">{parent?.access_key ?? k.parent_access_key_id}</code>
                          ) : (
                            s.notSet
                          )}
                        </td>
                        <td className="muted">{t.masked}</td>
                        <td>{formatDate(k.created_at)}</td>
                        <td>
                          <KeyRowActions keyRec={k} own={own} confirm={confirm} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {query.hasNextPage && (
              <div>
                <button
                  type="button"
                  className="btn"
                  disabled={query.isFetchingNextPage}
                  onClick={() => void query.fetchNextPage()}
                >
                  {query.isFetchingNextPage ? t.loadingMore : t.loadMore}
                </button>
              </div>
            )}
          </div>
        )}
      </QueryBoundary>
      {confirmDialog}
      {dialog === 'permanent' && <CreateKeyDialog onClose={() => setDialog(null)} />}
      {dialog === 'temporary' && <TemporaryKeyDialog onClose={() => setDialog(null)} />}
    </section>
  );
}

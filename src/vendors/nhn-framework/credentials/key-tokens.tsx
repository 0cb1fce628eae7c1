import { useId, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { useLocale } from '@/lib/i18n/locale';
import { useConfirm } from '@/components/confirm-dialog';
import { DataTable, useTableUrlState, type Column } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import { useExpireTokens, tokensPageQuery } from '../queries/tokens';
import { formatDate } from '../shared/format';
import { relativeTime } from '../shared/relative-time';
import { TokenStatus, type IssuedToken } from '../wire/credentials';
import { useCredentialsText } from './credentials-text';

/** `access-keys/:keyId/tokens`: the tokens of one of the account's own keys, server-paged. */
export function KeyTokens() {
  const t = useCredentialsText();
  const { keyId = '' } = useParams();
  const conn = useCurrentConnection();
  const href = useConnectionHref();
  const { locale } = useLocale();
  const titleId = useId();
  const filterId = useId();
  const [state, setState] = useTableUrlState('tokens', { pageSize: 25 });
  const query = useQuery({
    ...tokensPageQuery(conn.id, keyId, {
      page: state.page,
      limit: state.pageSize || 25,
      status: state.filters.status,
    }),
    placeholderData: keepPreviousData,
  });
  // Relative expiry is measured from when the page was fetched, so it matches the data it describes.
  const now = query.dataUpdatedAt;
  const own = keyId === conn.settings.userAccessKeyId;
  const { confirm, dialog } = useConfirm();
  const expire = useExpireTokens({ onError: () => undefined });
  const statusText = (s: IssuedToken['status']) => (s === 'ACTIVE' ? t.active : t.expired);
  const columns = useMemo<Column<IssuedToken>[]>(
    () => [
      {
        id: 'token',
        header: t.token,
        hideable: false,
        width: 'minmax(9rem, 1fr)',
        cell: (r) => <code>{r.accessToken}</code>,
      },
      { id: 'status', header: t.status, width: '7rem', cell: (r) => statusText(r.status) },
      { id: 'created', header: t.created, width: '11rem', cell: (r) => formatDate(r.regDatetime) },
      {
        id: 'expires',
        header: t.expires,
        width: 'minmax(12rem, 1fr)',
        cell: (r) => (
          <span>
            {formatDate(r.expireDatetime)}{' '}
            <span className="muted">({relativeTime(r.expireDatetime, now, locale)})</span>
          </span>
        ),
      },
      {
        id: 'access',
        header: t.lastAccess,
        width: '11rem',
        cell: (r) => formatDate(r.lastAccessDatetime, t.never),
      },
    ],
    // statusText only reads t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, now, locale],
  );
  return (
    <section className="page nhn-page" aria-labelledby={titleId}>
      <PageHeader
        eyebrow={<Link to={href('access-keys')}>{t.backToKeys}</Link>}
        title={t.tokensOf(keyId)}
        titleId={titleId}
        description={t.tokensDescription}
      />
      <DataTable
        tableId="tokens"
        label={t.tokensOf(keyId)}
        mode="server"
        columns={columns}
        getRowId={(r) => String(r.tokenId)}
        rowName={(r) => r.accessToken}
        rows={query.data?.tokens}
        {...(query.data && { total: query.data.totalItems })}
        state={state}
        onChange={setState}
        status={query.status}
        error={query.error}
        onRetry={() => void query.refetch()}
        searchable={false}
        selectable
        empty={<EmptyState title={t.noTokens} />}
        filters={
          <div className="field">
            <label htmlFor={filterId}>{t.status}</label>
            <select
              id={filterId}
              value={state.filters.status ?? ''}
              onChange={(e) =>
                setState({ ...state, page: 1, filters: { ...state.filters, status: e.target.value } })
              }
            >
              <option value="">{t.allStatuses}</option>
              {TokenStatus.options.map((s) => (
                <option key={s} value={s}>
                  {statusText(s)}
                </option>
              ))}
            </select>
          </div>
        }
        bulkActions={(ids, clear) =>
          ids.length > 0 && (
            <button
              type="button"
              className="btn btn-danger"
              onClick={() =>
                void confirm({
                  title: t.expireTitle(ids.length),
                  confirmLabel: t.expire,
                  variant: 'destructive',
                  children: (
                    <>
                      <p>{t.expireBody}</p>
                      {own && <p className="nhn-own-key-warning">{t.expireOwnNote}</p>}
                    </>
                  ),
                  action: async () => {
                    await expire.mutateAsync({ userAccessKeyId: keyId, tokenIds: ids.map(Number) });
                    clear();
                  },
                })
              }
            >
              {t.expireSelected(ids.length)}
            </button>
          )
        }
      />
      {dialog}
    </section>
  );
}

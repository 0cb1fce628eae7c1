import { useId, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { DataTable, useTableUrlState, type Column } from '@/components/data-table';
import { EmptyState } from '@/components/states';
import { allOrgMembersQuery, orgCredentialsQuery } from '../queries/org-credentials';
import { formatDate } from '../shared/format';
import { LoadProgress } from '../shared/load-progress';
import { ageInDays } from '../shared/relative-time';
import { useOrgId } from '../shared/use-org-id';
import { AuthStatus, type OrgCredential } from '../wire/credentials';
import { useCredentialsText } from './credentials-text';

/** NHN Cloud advises rotating access keys every 90 days. */
const ROTATION_DAYS = 90;

type Row = OrgCredential & { owner: string; age: number };

/**
 * The org's credential inventory (#60), read-only: owners manage their own keys. Owners are named from
 * the org member list; the age flags keys due for rotation.
 */
export function OrgCredentials() {
  const t = useCredentialsText();
  const { id } = useCurrentConnection();
  const orgId = useOrgId();
  const filterId = useId();
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const credentials = useQuery(orgCredentialsQuery(id, orgId, (done, total) => setProgress({ done, total })));
  const members = useQuery(allOrgMembersQuery(id, orgId));
  const [state, setState] = useTableUrlState('creds', { pageSize: 25 });
  const [now] = useState(() => Date.now());
  const rows = useMemo<Row[] | undefined>(() => {
    if (!credentials.data) return undefined;
    const names = new Map(
      (members.data ?? []).flatMap((m) =>
        m.memberUuid ? [[m.memberUuid, `${m.memberName} (${m.maskingEmail})`] as const] : [],
      ),
    );
    return credentials.data.map((c) => ({
      ...c,
      owner: names.get(c.uuid) ?? (members.isSuccess ? `${t.unknownOwner}: ${c.uuid}` : c.uuid),
      age: ageInDays(c.regDatetime, now),
    }));
  }, [credentials.data, members.data, members.isSuccess, now, t]);
  const columns = useMemo<Column<Row>[]>(
    () => [
      {
        id: 'owner',
        header: t.owner,
        hideable: false,
        sortable: true,
        width: 'minmax(12rem, 2fr)',
        value: (r) => r.owner,
        cell: (r) => r.owner,
      },
      {
        id: 'key',
        header: t.keyId,
        width: '9rem',
        value: (r) => r.userAccessKeyID,
        cell: (r) => <code>{r.userAccessKeyID}</code>,
      },
      {
        id: 'status',
        header: t.status,
        width: '7rem',
        value: (r) => r.authStatus,
        cell: (r) => r.authStatus,
      },
      {
        id: 'age',
        header: t.age,
        sortable: true,
        width: '9rem',
        value: (r) => r.age,
        cell: (r) =>
          r.age > ROTATION_DAYS ? (
            <>
              <span className="nhn-flag" title={t.rotationDue}>
                {t.ageDays(r.age)}
              </span>
              <span className="visually-hidden"> {t.rotationDue}</span>
            </>
          ) : (
            t.ageDays(r.age)
          ),
      },
      {
        id: 'lifetime',
        header: t.tokenLifetime,
        width: '8rem',
        value: (r) => r.tokenExpiryPeriod,
        cell: (r) => r.tokenExpiryPeriod.toLocaleString(),
      },
      {
        id: 'used',
        header: t.lastUsed,
        sortable: true,
        width: '11rem',
        value: (r) => r.lastUsedDatetime ?? '',
        cell: (r) => formatDate(r.lastUsedDatetime, t.never),
      },
      { id: 'created', header: t.created, width: '11rem', cell: (r) => formatDate(r.regDatetime) },
    ],
    [t],
  );
  return (
    <div className="stack">
      <p className="muted">{t.inventoryDescription}</p>
      {credentials.isPending && progress.total > 1 && (
        <LoadProgress label={t.loadingPages} done={progress.done} total={progress.total} />
      )}
      <DataTable
        tableId="creds"
        label={t.inventoryTitle}
        mode="client"
        columns={columns}
        getRowId={(r) => r.authId}
        rowName={(r) => r.owner}
        rows={rows}
        state={state}
        onChange={setState}
        status={credentials.status}
        error={credentials.error}
        onRetry={() => void credentials.refetch()}
        rowFilter={(r, f) => !f.status || r.authStatus === f.status}
        empty={<EmptyState title={t.noCredentials} />}
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
              {AuthStatus.options.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
        }
      />
    </div>
  );
}

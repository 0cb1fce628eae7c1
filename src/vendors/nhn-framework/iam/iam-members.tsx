import { useId, useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { useLocale } from '@/lib/i18n/locale';
import { useConfirm } from '@/components/confirm-dialog';
import { DataTable, useTableUrlState, type Column } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import { iamMembersPageQuery, useSendPasswordMail } from '../queries/iam';
import { formatDate } from '../shared/format';
import { useOrgId } from '../shared/use-org-id';
import { IamMemberStatus, type IamOrgMember } from '../wire/iam';
import { IamMemberDialog } from './iam-member-dialog';
import { useIamText } from './iam-text';
import { PasswordDialog } from './password-dialog';

type Open =
  { kind: 'create' } | { kind: 'edit'; member: IamOrgMember } | { kind: 'password'; member: IamOrgMember };

/** The org's IAM accounts (#33), server-paged and searched by name, with create, edit and password actions. */
export function IamMembers() {
  const t = useIamText();
  const { id } = useCurrentConnection();
  const orgId = useOrgId();
  const { locale } = useLocale();
  const titleId = useId();
  const filterId = useId();
  const [state, setState] = useTableUrlState('iam', { pageSize: 25 });
  const query = useQuery({
    ...iamMembersPageQuery(id, orgId, {
      page: state.page,
      limit: state.pageSize || 25,
      status: state.filters.status,
      q: state.q,
    }),
    placeholderData: keepPreviousData,
  });
  const [open, setOpen] = useState<Open | null>(null);
  const { confirm, dialog } = useConfirm();
  const mail = useSendPasswordMail(orgId, { onError: () => undefined });
  const columns = useMemo<Column<IamOrgMember>[]>(
    () => [
      {
        id: 'userCode',
        header: t.userCode,
        hideable: false,
        width: '10rem',
        cell: (m) => <code>{m.userCode}</code>,
      },
      { id: 'name', header: t.name, width: 'minmax(8rem, 1fr)', cell: (m) => m.name },
      {
        id: 'email',
        header: t.email,
        width: 'minmax(10rem, 1fr)',
        cell: (m) => m.maskingEmail ?? m.emailAddress,
      },
      {
        id: 'status',
        header: t.status,
        width: '7rem',
        cell: (m) => (m.status === 'member' ? t.statusMember : t.statusLeaved),
      },
      {
        id: 'signin',
        header: t.lastSignIn,
        width: '11rem',
        cell: (m) => formatDate(m.lastLoggedInAt, t.never),
      },
      {
        id: 'actions',
        header: t.actions,
        hideable: false,
        width: 'minmax(20rem, 2fr)',
        cell: (m) => (
          <div className="row nhn-key-actions">
            <button
              type="button"
              className="btn"
              aria-label={`${t.edit}: ${m.userCode}`}
              onClick={() => setOpen({ kind: 'edit', member: m })}
            >
              {t.edit}
            </button>
            <button
              type="button"
              className="btn"
              aria-label={`${t.setPassword}: ${m.userCode}`}
              onClick={() => setOpen({ kind: 'password', member: m })}
            >
              {t.setPassword}
            </button>
            <button
              type="button"
              className="btn"
              aria-label={`${t.sendMail}: ${m.userCode}`}
              onClick={() =>
                void confirm({
                  title: t.mailTitle(m.userCode),
                  confirmLabel: t.sendMail,
                  children: <p>{t.mailBody(m.maskingEmail ?? m.emailAddress)}</p>,
                  action: () => mail.mutateAsync({ uuid: m.id, userCode: m.userCode, locale }),
                })
              }
            >
              {t.sendMail}
            </button>
          </div>
        ),
      },
    ],
    // confirm and mail are stable for the page's life; locale is listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, locale],
  );
  const create = (
    <button type="button" className="btn btn-primary" onClick={() => setOpen({ kind: 'create' })}>
      {t.createTitle}
    </button>
  );
  return (
    <section className="page nhn-page" aria-labelledby={titleId}>
      <PageHeader title={t.title} titleId={titleId} description={t.description} actions={create} />
      <DataTable
        tableId="iam"
        label={t.title}
        mode="server"
        columns={columns}
        getRowId={(m) => m.id}
        rowName={(m) => m.userCode}
        rows={query.data?.orgMembers}
        {...(query.data && { total: query.data.paging.totalCount })}
        state={state}
        onChange={setState}
        status={query.status}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={<EmptyState title={t.none} action={create} />}
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
              {IamMemberStatus.options.map((s) => (
                <option key={s} value={s}>
                  {s === 'member' ? t.statusMember : t.statusLeaved}
                </option>
              ))}
            </select>
          </div>
        }
      />
      {open?.kind === 'create' && <IamMemberDialog onClose={() => setOpen(null)} />}
      {open?.kind === 'edit' && <IamMemberDialog member={open.member} onClose={() => setOpen(null)} />}
      {open?.kind === 'password' && <PasswordDialog member={open.member} onClose={() => setOpen(null)} />}
      {dialog}
    </section>
  );
}

import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { QueryBoundary } from '@/components/states';
import { USER_HISTORY_TYPES, type UserHistoryType } from '../wire/users';
import { useRoleText } from '../role-text';
import { ConditionList } from '../shared/condition-list';
import { formatDate } from '../shared/format';
import { Pager } from '../shared/pager';
import type { RoleConn } from '../shared/use-role-conn';
import { userHistoryQuery } from './api';
import { useUsersText } from './users-text';

const PER_PAGE = 20;

/** The user's change history, newest first (the vendor's default `seq,DESC`), filters and page in the URL. */
export function UserHistory({ conn, userId }: { conn: RoleConn; userId: string }) {
  const t = useUsersText();
  const r = useRoleText();
  const [params, setParams] = useSearchParams();
  const type = (USER_HISTORY_TYPES as readonly string[]).includes(params.get('type') ?? '')
    ? (params.get('type') as UserHistoryType)
    : '';
  const page = Math.max(1, Number(params.get('hpage')) || 1);
  const query = useQuery(
    userHistoryQuery(conn, userId, { page, itemsPerPage: PER_PAGE, historyType: type, scopeId: '' }),
  );
  const id = useId();
  const set = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'hpage') next.delete('hpage');
        return next;
      },
      { replace: true },
    );
  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.history}</h2>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t.historyType}</label>
        <select id={`${id}-type`} value={type} onChange={(e) => set('type', e.target.value)}>
          <option value="">{t.anyChange}</option>
          {USER_HISTORY_TYPES.map((c) => (
            <option key={c} value={c}>
              {t.command(c)}
            </option>
          ))}
        </select>
      </div>
      <QueryBoundary
        query={query}
        isEmpty={(d) => d.userHistory.length === 0}
        empty={<p className="muted">{t.historyEmpty}</p>}
      >
        {(data) => (
          <>
            <ol className="role-timeline" aria-label={t.history}>
              {data.userHistory.map((h) => (
                <li key={h.userHistorySeq}>
                  <div className="row role-toolbar">
                    <strong>{t.command(h.command)}</strong>
                    <time dateTime={h.executionTime} className="muted">
                      {formatDate(h.executionTime)}
                    </time>
                  </div>
                  {h.roleId && (
                    <div>
                      <span className="mono">{t.historyLine(h.roleId, h.scopeId ?? 'ALL')}</span>{' '}
                      {h.roleApplyPolicyCode && (
                        <span
                          className={
                            h.roleApplyPolicyCode === 'DENY' ? 'role-policy-deny' : 'role-policy-allow'
                          }
                        >
                          ({h.roleApplyPolicyCode === 'DENY' ? r.deny : r.allow})
                        </span>
                      )}
                    </div>
                  )}
                  {h.conditions && h.conditions.length > 0 && <ConditionList conditions={h.conditions} />}
                  {h.operatorUuid && <div className="muted">{t.operator(h.operatorUuid)}</div>}
                </li>
              ))}
            </ol>
            <Pager
              page={page}
              total={data.totalItems}
              perPage={PER_PAGE}
              onPage={(p) => set('hpage', p === 1 ? '' : String(p))}
            />
          </>
        )}
      </QueryBoundary>
    </section>
  );
}

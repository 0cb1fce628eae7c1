import { useMemo } from 'react';
import { useId } from 'react';
import { DataTable, type Column, type TableState } from '@/components/data-table';
import { EmptyState } from '@/components/states';
import { useNhnText } from '../nhn-text';
import { formatDate } from '../shared/format';
import type { MemberRow } from './member-rows';

type Props = {
  tableId: string;
  label: string;
  state: TableState;
  onChange: (next: TableState) => void;
  rows: readonly MemberRow[] | undefined;
  total: number | undefined;
  status: 'pending' | 'error' | 'success';
  error: unknown;
  onRetry: () => void;
  /** Server-side status filter values; the API filters by status and role, not by text. */
  statuses: readonly string[];
  withSignIn?: boolean;
};

/** A server-paged members table: the page, size and status filter live in the URL. */
export function MembersTable(props: Props) {
  const t = useNhnText();
  const filterId = useId();
  const { state, onChange } = props;
  const columns = useMemo<Column<MemberRow>[]>(() => {
    const base: Column<MemberRow>[] = [
      { id: 'name', header: t.name, cell: (r) => r.name || '—', hideable: false, width: 'minmax(8rem, 2fr)' },
      { id: 'email', header: t.email, cell: (r) => r.email, width: 'minmax(10rem, 2fr)' },
      { id: 'type', header: t.type, cell: (r) => r.type, width: '8rem' },
      { id: 'invite', header: t.invite, cell: (r) => r.invite, width: '8rem' },
      { id: 'joined', header: t.joined, cell: (r) => formatDate(r.joined), width: '11rem' },
    ];
    if (!props.withSignIn) return base;
    return [
      ...base,
      { id: 'signin', header: t.lastSignIn, cell: (r) => formatDate(r.lastSignIn, t.never), width: '11rem' },
      {
        id: 'twostep',
        header: t.twoStep,
        cell: (r) => (r.twoStep === undefined ? '—' : r.twoStep ? t.yes : t.no),
        width: '6rem',
      },
    ];
  }, [t, props.withSignIn]);
  const status = state.filters.status ?? '';
  return (
    <DataTable
      tableId={props.tableId}
      label={props.label}
      columns={columns}
      getRowId={(r) => r.key}
      rowName={(r) => r.name || r.email}
      state={state}
      onChange={onChange}
      mode="server"
      rows={props.rows}
      {...(props.total !== undefined && { total: props.total })}
      status={props.status}
      error={props.error}
      onRetry={props.onRetry}
      searchable={false}
      empty={<EmptyState title={t.noMembers} />}
      filters={
        <div className="field">
          <label htmlFor={filterId}>{t.status}</label>
          <select
            id={filterId}
            value={status}
            onChange={(e) =>
              onChange({ ...state, page: 1, filters: { ...state.filters, status: e.target.value } })
            }
          >
            <option value="">{t.allStatuses}</option>
            {props.statuses.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      }
    />
  );
}

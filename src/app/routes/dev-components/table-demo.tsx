import { useMemo } from 'react';
import { toast } from '@/components/toast';
import { DataTable, useTableUrlState, type Column } from '@/components/data-table';
import { DemoSection } from './demo-section';

type DemoUser = {
  id: string;
  name: string;
  email: string;
  role: string;
  status: 'active' | 'disabled';
  lastSeen: number;
};
const ROLES = ['admin', 'operator', 'viewer', 'auditor'] as const;
const DAY = 86_400_000;

/** Deterministic rows, so a shared link shows the same view for everyone. */
function makeUsers(n: number): DemoUser[] {
  const now = Date.UTC(2026, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    id: `u-${String(i)}`,
    name: `user-${String(i).padStart(6, '0')}`,
    email: `user${String(i)}@example.com`,
    role: ROLES[i % ROLES.length] ?? 'viewer',
    status: i % 7 === 0 ? 'disabled' : 'active',
    lastSeen: now - ((i * 7919) % 365) * DAY,
  }));
}

const columns: Column<DemoUser>[] = [
  { id: 'name', header: 'Name', cell: (u) => u.name, value: (u) => u.name, sortable: true, hideable: false },
  {
    id: 'email',
    header: 'Email',
    cell: (u) => u.email,
    value: (u) => u.email,
    sortable: true,
    width: 'minmax(14rem, 2fr)',
  },
  { id: 'role', header: 'Role', cell: (u) => u.role, value: (u) => u.role, sortable: true, width: '8rem' },
  {
    id: 'status',
    header: 'Status',
    width: '7rem',
    value: (u) => u.status,
    sortable: true,
    cell: (u) => (
      <span className={`badge ${u.status === 'active' ? 'badge-success' : 'badge-danger'}`}>{u.status}</span>
    ),
  },
  {
    id: 'lastSeen',
    header: 'Last seen',
    width: '9rem',
    value: (u) => u.lastSeen,
    sortable: true,
    cell: (u) => new Date(u.lastSeen).toISOString().slice(0, 10),
  },
];

export function TableDemo() {
  const rows = useMemo(() => makeUsers(100_000), []);
  const [state, setState] = useTableUrlState('demo-users', {
    pageSize: 0,
    sort: { id: 'name', desc: false },
  });
  return (
    <DemoSection title="Data table (100,000 rows, client mode)">
      <p className="muted">
        Arrow keys move, Space selects, Enter opens; shift-click selects a range. Sort, search and filter are
        in the URL.
      </p>
      <DataTable
        tableId="demo-users"
        label="Demo users"
        mode="client"
        columns={columns}
        rows={rows}
        getRowId={(u) => u.id}
        rowName={(u) => u.name}
        state={state}
        onChange={setState}
        rowFilter={(u, f) => !f.status || u.status === f.status}
        filters={
          <label className="row">
            Status
            <select
              value={state.filters.status ?? ''}
              onChange={(e) =>
                setState({ ...state, page: 1, filters: { ...state.filters, status: e.target.value } })
              }
            >
              <option value="">Any</option>
              <option value="active">Active</option>
              <option value="disabled">Disabled</option>
            </select>
          </label>
        }
        selectable
        bulkActions={(ids, clear) => (
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => {
              toast.info(`Would disable ${String(ids.length)} users`);
              clear();
            }}
          >
            Disable
          </button>
        )}
        onRowOpen={(u) => toast.info(`Open ${u.name}`)}
        hiddenByDefault={['lastSeen']}
      />
    </DemoSection>
  );
}

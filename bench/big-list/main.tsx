import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { DataTable, useTableUrlState, type Column } from '@/components/data-table';
import { PermissionMatrix } from '@/components/matrix';
import '@/styles/base.css';

/**
 * The page bench/big-list.ts drives: the shared DataTable (`?view=table`, default) or PermissionMatrix
 * (`?view=matrix&cols=N`), with a row count from the URL (default 100,000).
 */
type Row = { id: string; name: string; email: string; group: string; created: number };

const params = new URLSearchParams(location.search);
const count = Number(params.get('rows') ?? 100_000);
const cols = Number(params.get('cols') ?? 50);
const rows: Row[] = Array.from({ length: count }, (_, i) => ({
  id: String(i),
  name: `user-${String(i).padStart(6, '0')}`,
  email: `user${String(i)}@example.com`,
  group: `group-${String(i % 97)}`,
  created: 1_700_000_000_000 - i * 60_000,
}));

const columns: Column<Row>[] = [
  { id: 'name', header: 'Name', cell: (r) => r.name, value: (r) => r.name, sortable: true, hideable: false },
  { id: 'email', header: 'Email', cell: (r) => r.email, value: (r) => r.email, sortable: true },
  { id: 'group', header: 'Group', cell: (r) => r.group, value: (r) => r.group, sortable: true },
  {
    id: 'created',
    header: 'Created',
    cell: (r) => new Date(r.created).toISOString(),
    value: (r) => r.created,
    sortable: true,
  },
];

function BenchTable() {
  const [state, setState] = useTableUrlState('bench', { pageSize: 0 });
  return (
    <DataTable
      tableId="bench"
      label="Bench rows"
      mode="client"
      columns={columns}
      rows={rows}
      getRowId={(r) => r.id}
      state={state}
      onChange={setState}
      selectable
      height={600}
    />
  );
}

const matrixRows = rows.map((r) => ({ id: r.id, label: r.name }));
const matrixCols = Array.from({ length: cols }, (_, i) => ({ id: String(i), label: `role-${String(i)}` }));

function BenchMatrix() {
  return (
    <PermissionMatrix
      label="Bench matrix"
      rowHeader="User"
      rows={matrixRows}
      columns={matrixCols}
      isChecked={(r, c) => (Number(r) + Number(c)) % 7 === 0}
      onSave={() => undefined}
      height={600}
    />
  );
}

const router = createBrowserRouter([
  { path: '*', element: params.get('view') === 'matrix' ? <BenchMatrix /> : <BenchTable /> },
]);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}

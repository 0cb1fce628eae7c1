import { useMemo, useState } from 'react';
import { toast } from '@/components/toast';
import { Matrix, PermissionMatrix, type CellKind, type MatrixChange } from '@/components/matrix';
import { DemoSection } from './demo-section';

const key = (r: string, c: string) => `${r}/${c}`;

type Grant = 'allow' | 'deny' | 'inherited' | 'none';
const grantCells: CellKind<Grant> = {
  states: {
    allow: { label: 'Allowed', glyph: '✓' },
    deny: { label: 'Denied', glyph: '✕' },
    inherited: { label: 'Inherited', glyph: '↓', className: 'dev-inherited' },
    none: { label: 'None', glyph: '' },
  },
  next: (s) => (s === 'allow' ? 'deny' : s === 'deny' ? 'none' : 'allow'),
  settable: ['allow', 'deny', 'none'],
};

/** Direct grants written at once; every user whose number ends in 7 is refused, to show the rollback. */
function ImmediateDemo() {
  const rows = useMemo(
    () =>
      Array.from({ length: 1_000 }, (_, i) => ({
        id: `u${String(i)}`,
        label: `user-${String(i).padStart(4, '0')}`,
        disabled: i === 3 ? 'Service account' : undefined,
      })),
    [],
  );
  const columns = useMemo(
    () => Array.from({ length: 200 }, (_, i) => ({ id: `r${String(i)}`, label: `role-${String(i)}` })),
    [],
  );
  const [direct, setDirect] = useState(() => new Map<string, Grant>([[key('u0', 'r1'), 'allow']]));
  return (
    <DemoSection title="Matrix, immediate, allow / deny / inherited (1,000 × 200)">
      <Matrix
        mode="immediate"
        label="Direct grants"
        rowHeader="User"
        rows={rows}
        columns={columns}
        kind={grantCells}
        getState={(r, c) => direct.get(key(r, c)) ?? (Number(c.slice(1)) % 9 === 0 ? 'inherited' : 'none')}
        cellDisabled={(_r, c) => (c === 'r2' ? 'System managed' : undefined)}
        height={360}
        write={async (change) => {
          await new Promise((r) => setTimeout(r, 400));
          if (change.rowId.endsWith('7')) throw new Error('This user is locked.');
          setDirect((prev) => new Map(prev).set(key(change.rowId, change.columnId), change.to));
        }}
      />
    </DemoSection>
  );
}

export function MatrixDemo() {
  const rows = useMemo(
    () =>
      Array.from({ length: 10_000 }, (_, i) => ({
        id: `u${String(i)}`,
        label: `user-${String(i).padStart(5, '0')}`,
      })),
    [],
  );
  const columns = useMemo(
    () => Array.from({ length: 50 }, (_, i) => ({ id: `r${String(i)}`, label: `role-${String(i)}` })),
    [],
  );
  // The "server" state: a deterministic sprinkle of granted roles.
  const [granted, setGranted] = useState(() => {
    const s = new Set<string>();
    for (let i = 0; i < 10_000; i++) s.add(key(`u${String(i)}`, `r${String((i * 31) % 50)}`));
    return s;
  });
  const save = async (changes: MatrixChange[]) => {
    await new Promise((r) => setTimeout(r, 600));
    setGranted((prev) => {
      const next = new Set(prev);
      for (const c of changes) {
        if (c.checked) next.add(key(c.rowId, c.columnId));
        else next.delete(key(c.rowId, c.columnId));
      }
      return next;
    });
    toast.success(`Saved ${String(changes.length)} changes`);
  };
  return (
    <>
      <DemoSection title="Permission matrix (10,000 × 50)">
        <PermissionMatrix
          label="Roles of users"
          rowHeader="User"
          rows={rows}
          columns={columns}
          isChecked={(r, c) => granted.has(key(r, c))}
          onSave={save}
        />
      </DemoSection>
      <ImmediateDemo />
    </>
  );
}

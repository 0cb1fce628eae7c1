import { useMemo, useState } from 'react';
import { toast } from '@/components/toast';
import { PermissionMatrix, type MatrixChange } from '@/components/matrix';
import { DemoSection } from './demo-section';

const key = (r: string, c: string) => `${r}/${c}`;

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
  );
}

import { useCallback, useState } from 'react';

const key = (tableId: string) => `tessera.table.${tableId}.hidden`;

/** Only column ids are stored, never row data. A broken entry is ignored rather than trusted. */
function load(tableId: string, fallback: readonly string[]): string[] {
  try {
    const raw = localStorage.getItem(key(tableId));
    if (raw === null) return [...fallback];
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [...fallback];
  } catch {
    return [...fallback];
  }
}

/** Which columns the user hid in this table, remembered per table id on this device. */
export function useColumnVisibility(tableId: string, hiddenByDefault: readonly string[] = []) {
  const [hidden, setHidden] = useState<string[]>(() => load(tableId, hiddenByDefault));
  const toggle = useCallback(
    (id: string) => {
      setHidden((prev) => {
        const next = prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id];
        try {
          localStorage.setItem(key(tableId), JSON.stringify(next));
        } catch {
          // Storage full or disabled: the choice still applies for this visit.
        }
        return next;
      });
    },
    [tableId],
  );
  return { hidden, toggle };
}

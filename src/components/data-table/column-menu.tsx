import type { Column } from './types';
import { useTableText } from './table-text';

type Props<Row> = {
  columns: readonly Column<Row>[];
  hidden: readonly string[];
  onToggle: (id: string) => void;
};

/** A disclosure with one checkbox per hideable column; native <details> gives keyboard and Esc-free toggling. */
export function ColumnMenu<Row>({ columns, hidden, onToggle }: Props<Row>) {
  const t = useTableText();
  const hideable = columns.filter((c) => c.hideable !== false);
  if (hideable.length === 0) return null;
  return (
    <details className="dt-menu">
      <summary className="btn">{t.columns}</summary>
      <fieldset className="dt-menu-panel">
        <legend className="visually-hidden">{t.columns}</legend>
        {hideable.map((c) => (
          <label key={c.id} className="field-inline-row">
            <input type="checkbox" checked={!hidden.includes(c.id)} onChange={() => onToggle(c.id)} />
            {c.header}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

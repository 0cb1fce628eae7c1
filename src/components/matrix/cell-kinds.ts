/** How one value of a cell looks and is announced. */
export type CellStateSpec = {
  /** Announced in the cell's accessible name ("alice – Admin: Allowed") and shown in tooltips and toasts. */
  label: string;
  /** Drawn in the cell; hidden from assistive technology (the label says it). */
  glyph: string;
  /** Extra class on the cell, e.g. to draw an inherited grant differently. */
  className?: string | undefined;
};

/**
 * The values a matrix cell can take. `S` is a string union such as `'checked' | 'unchecked'` or NHN ROLE's
 * `'allow' | 'deny' | 'inherited' | 'none'`.
 */
export type CellKind<S extends string> = {
  states: Readonly<Record<S, CellStateSpec>>;
  /** What a click or Space/Enter turns a cell into (e.g. none → allow → deny → none). */
  next: (state: S) => S;
  /** The values "set all in this row/column" offers; default: every state. */
  settable?: readonly S[] | undefined;
};

export type BooleanCell = 'checked' | 'unchecked';

/** A checkbox-like cell; the labels name what checked means, e.g. "Attached" / "Not attached". */
export function booleanCells(labels: { checked: string; unchecked: string }): CellKind<BooleanCell> {
  return {
    states: {
      // The stylesheet draws the box and its tick, so a boolean cell is a single element.
      checked: { label: labels.checked, glyph: '', className: 'mx-box mx-box-on' },
      unchecked: { label: labels.unchecked, glyph: '', className: 'mx-box' },
    },
    next: (s) => (s === 'checked' ? 'unchecked' : 'checked'),
  };
}

export const toBooleanCell = (checked: boolean): BooleanCell => (checked ? 'checked' : 'unchecked');

/** One cell going from its saved value to a new one. */
export type MatrixCellChange<S extends string> = { rowId: string; columnId: string; from: S; to: S };

/** A row or a column. `loading` draws the row's cells as loading; `disabled` makes them read-only. */
export type MatrixAxisItem = {
  id: string;
  label: string;
  /** The row's data is still loading (e.g. GS2 and NHN read a user's grants per user). */
  loading?: boolean | undefined;
  /** Why the whole row/column cannot change, e.g. "System managed"; announced with every cell. */
  disabled?: string | undefined;
};

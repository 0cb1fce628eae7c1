import { useId, useState, type SyntheticEvent } from 'react';
import { useCipText } from '../cip-text';
import { SEARCHABLE } from './attributes';
import { checkFilters, type FilterProblem, type SearchFilter } from './search-filters';

type Props = {
  initial: readonly SearchFilter[];
  /** Undefined hides the switch, for views that show no attributes. */
  allAttrs?: boolean;
  onSearch: (filters: SearchFilter[], allAttrs: boolean) => void;
};

const EMPTY: SearchFilter = { attr: '', value: '' };

/** Rows of attribute = value, ANDed; the draft becomes the search (and the URL) only when submitted. */
export function SearchBuilder({ initial, allAttrs: initialAll, onSearch }: Props) {
  const t = useCipText();
  const [rows, setRows] = useState<SearchFilter[]>(() => (initial.length ? [...initial] : [{ ...EMPTY }]));
  const [allAttrs, setAllAttrs] = useState(initialAll ?? false);
  const [problems, setProblems] = useState<FilterProblem[]>([]);
  const listId = useId();
  const baseId = useId();

  const message = (p: FilterProblem) =>
    ({ attr: t.attrInvalid, duplicate: t.attrDuplicate, reserved: t.attrReserved, value: t.valueRequired })[
      p.kind
    ];
  const problemsAt = (i: number, field: 'attr' | 'value') =>
    problems.filter((p) => p.index === i && (field === 'value' ? p.kind === 'value' : p.kind !== 'value'));

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    // An untouched single row means "everyone", which the API allows.
    const used = rows.filter((r) => r.attr.trim() !== '' || r.value.trim() !== '');
    const found = checkFilters(used);
    setProblems(found.map((p) => ({ ...p, index: rows.indexOf(used[p.index] ?? EMPTY) })));
    if (found.length === 0) onSearch(used, allAttrs);
  };
  const change = (i: number, patch: Partial<SearchFilter>) =>
    setRows((prev) => prev.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <form className="cip-search stack" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t.conditionsLegend}</legend>
        <datalist id={listId}>
          {SEARCHABLE.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        {rows.map((row, i) => {
          const attrErr = problemsAt(i, 'attr');
          const valueErr = problemsAt(i, 'value');
          const id = `${baseId}-${String(i)}`;
          return (
            <div className="row cip-condition" key={i}>
              <div className="field">
                <label htmlFor={`${id}-attr`}>{t.attribute}</label>
                <input
                  id={`${id}-attr`}
                  list={listId}
                  value={row.attr}
                  spellCheck={false}
                  autoComplete="off"
                  aria-invalid={attrErr.length > 0}
                  aria-describedby={attrErr.length ? `${id}-attr-err` : undefined}
                  onChange={(e) => change(i, { attr: e.target.value })}
                />
                {attrErr.length > 0 && (
                  <span id={`${id}-attr-err`} className="field-error">
                    {attrErr.map(message).join(' ')}
                  </span>
                )}
              </div>
              <span aria-hidden="true" className="cip-eq">
                =
              </span>
              <div className="field">
                <label htmlFor={`${id}-value`}>{t.value}</label>
                <input
                  id={`${id}-value`}
                  value={row.value}
                  spellCheck={false}
                  aria-invalid={valueErr.length > 0}
                  aria-describedby={`${baseId}-value-help${valueErr.length ? ` ${id}-value-err` : ''}`}
                  onChange={(e) => change(i, { value: e.target.value })}
                />
                {valueErr.length > 0 && (
                  <span id={`${id}-value-err`} className="field-error">
                    {t.valueRequired}
                  </span>
                )}
              </div>
              {rows.length > 1 && (
                <button
                  type="button"
                  className="btn btn-ghost"
                  aria-label={t.removeCondition(i + 1)}
                  onClick={() => {
                    setRows((prev) => prev.filter((_, j) => j !== i));
                    setProblems([]);
                  }}
                >
                  ×
                </button>
              )}
            </div>
          );
        })}
        <p id={`${baseId}-value-help`} className="field-help">
          {t.valueHelp}
        </p>
      </fieldset>
      <div className="row">
        <button type="button" className="btn" onClick={() => setRows((prev) => [...prev, { ...EMPTY }])}>
          {t.addCondition}
        </button>
        {initialAll !== undefined && (
          <label className="checkbox">
            <input type="checkbox" checked={allAttrs} onChange={(e) => setAllAttrs(e.target.checked)} />
            {t.allAttrs}
          </label>
        )}
        <button type="submit" className="btn btn-primary">
          {t.search}
        </button>
      </div>
    </form>
  );
}

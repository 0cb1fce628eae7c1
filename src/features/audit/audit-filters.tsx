import { useId, type SyntheticEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { auditActionsQuery, type AuditFilters } from './api';
import { useAuditText } from './audit-text';
import { isoToLocalInput, localInputToIso } from './local-time';

/**
 * The filter bar. It is an uncontrolled form keyed by the URL's filters, so the URL stays the only
 * source of truth: applying writes the URL, and the back button restores the previous filters.
 */
export function AuditFiltersForm({
  value,
  onApply,
}: {
  value: AuditFilters;
  onApply: (f: AuditFilters) => void;
}) {
  const t = useAuditText();
  const actions = useQuery(auditActionsQuery());
  const id = useId();
  const submit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (k: string) => {
      const v = data.get(k);
      return typeof v === 'string' && v.trim() ? v.trim() : undefined;
    };
    onApply({
      operator: text('operator'),
      action: text('action'),
      connection: text('connection'),
      result: text('result'),
      from: localInputToIso(text('from') ?? ''),
      to: localInputToIso(text('to') ?? ''),
    });
  };
  const field = (name: string) => `${id}-${name}`;
  return (
    <form key={JSON.stringify(value)} className="card audit-filters" aria-label={t.filters} onSubmit={submit}>
      <div className="field">
        <label htmlFor={field('operator')}>{t.operator}</label>
        <input
          id={field('operator')}
          name="operator"
          defaultValue={value.operator ?? ''}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor={field('action')}>{t.action}</label>
        <select id={field('action')} name="action" defaultValue={value.action ?? ''}>
          <option value="">{t.anyAction}</option>
          {value.action && !actions.data?.includes(value.action) && (
            <option value={value.action}>{value.action}</option>
          )}
          {actions.data?.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={field('connection')}>{t.connection}</label>
        <input
          id={field('connection')}
          name="connection"
          defaultValue={value.connection ?? ''}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor={field('result')}>{t.result}</label>
        <select id={field('result')} name="result" defaultValue={value.result ?? ''}>
          <option value="">{t.anyResult}</option>
          {['success', 'failure', 'denied'].map((r) => (
            <option key={r} value={r}>
              {t.resultName(r)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={field('from')}>{t.from}</label>
        <input
          id={field('from')}
          name="from"
          type="datetime-local"
          defaultValue={isoToLocalInput(value.from)}
        />
      </div>
      <div className="field">
        <label htmlFor={field('to')}>{t.to}</label>
        <input id={field('to')} name="to" type="datetime-local" defaultValue={isoToLocalInput(value.to)} />
      </div>
      <div className="row audit-filter-actions">
        <button type="submit" className="btn btn-primary">
          {t.apply}
        </button>
        <button type="button" className="btn" onClick={() => onApply({})}>
          {t.clear}
        </button>
      </div>
    </form>
  );
}

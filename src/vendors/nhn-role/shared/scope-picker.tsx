import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { describeError } from '@/lib/http/errors';
import { useRoleText } from '../role-text';
import { scopesAllQuery } from './api';
import { useRoleConn } from './use-role-conn';

export type ScopePickerProps = {
  value: string;
  onChange: (scopeId: string) => void;
  /** Overrides the visible label, e.g. "Scope of the check". */
  label?: string;
  disabled?: boolean;
};

/**
 * Picks one scope of the tenant. ALL always exists (it is built in and cannot be deleted), so it is offered
 * even while the list loads or if it fails; the current value stays selectable when it is not listed.
 */
export function ScopePicker({ value, onChange, label, disabled }: ScopePickerProps) {
  const t = useRoleText();
  const conn = useRoleConn();
  const query = useQuery(scopesAllQuery(conn));
  const id = useId();
  const ids = new Set(['ALL', value, ...(query.data ?? []).map((s) => s.scopeId)]);
  const descriptions = new Map((query.data ?? []).map((s) => [s.scopeId, s.description]));
  return (
    <div className="field role-scope-picker">
      <label htmlFor={id}>{label ?? t.scope}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={`${id}-help`}
        onChange={(e) => onChange(e.target.value)}
      >
        {[...ids].map((scopeId) => (
          <option key={scopeId} value={scopeId}>
            {scopeId === 'ALL'
              ? t.allScope
              : descriptions.get(scopeId)
                ? `${scopeId} — ${descriptions.get(scopeId) ?? ''}`
                : scopeId}
          </option>
        ))}
      </select>
      <span id={`${id}-help`} className="field-help" aria-live="polite">
        {query.isPending
          ? t.scopesLoading
          : query.isError
            ? `${t.scopesFailed} ${describeError(query.error)}`
            : t.scopeHelp}
      </span>
      {query.isError && (
        <button type="button" className="btn btn-ghost" onClick={() => void query.refetch()}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

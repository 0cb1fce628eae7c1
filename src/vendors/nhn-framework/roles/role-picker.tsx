import { useId, useMemo, useState } from 'react';
import type { AssignRole, RoleApplyPolicyCode } from '../wire/common';
import type { Role } from '../wire/common';
import { useRolesText } from './roles-text';

type Props = {
  legend: string;
  catalogue: readonly Role[];
  value: readonly AssignRole[];
  onChange: (next: AssignRole[]) => void;
};

/**
 * Chooses the roles of a role group, each ALLOW or DENY. Entries keep their conditions: the API has no
 * attribute catalogue to edit them with, so they are carried over untouched.
 */
export function RolePicker({ legend, catalogue, value, onChange }: Props) {
  const t = useRolesText();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const chosen = useMemo(() => new Map(value.map((r) => [r.roleId, r])), [value]);
  const shown = catalogue.filter(
    (r) =>
      chosen.has(r.roleId) ||
      !filter ||
      `${r.roleName} ${r.roleId} ${r.description}`.toLowerCase().includes(filter.toLowerCase()),
  );
  const toggle = (roleId: string, on: boolean) =>
    onChange(
      on ? [...value, { roleId, roleApplyPolicyCode: 'ALLOW' }] : value.filter((r) => r.roleId !== roleId),
    );
  const setPolicy = (roleId: string, code: RoleApplyPolicyCode) =>
    onChange(value.map((r) => (r.roleId === roleId ? { ...r, roleApplyPolicyCode: code } : r)));
  return (
    <fieldset className="nhn-role-picker">
      <legend>{legend}</legend>
      <div className="field">
        <label htmlFor={filterId}>{t.filterRoles}</label>
        <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <p className="muted" aria-live="polite">
        {t.rolesChosen(value.length)}
      </p>
      <ul className="nhn-plain-list nhn-role-list">
        {shown.map((r) => {
          const entry = chosen.get(r.roleId);
          return (
            <li key={r.roleId} className="row">
              <label className="row">
                <input
                  type="checkbox"
                  checked={entry !== undefined}
                  onChange={(e) => toggle(r.roleId, e.target.checked)}
                />
                <span>
                  {r.roleName} <span className="muted">({r.categoryTypeCode})</span>
                </span>
              </label>
              {entry && (
                <select
                  aria-label={t.policyOf(r.roleName)}
                  value={entry.roleApplyPolicyCode}
                  onChange={(e) => setPolicy(r.roleId, e.target.value as RoleApplyPolicyCode)}
                >
                  <option value="ALLOW">{t.allow}</option>
                  <option value="DENY">{t.deny}</option>
                </select>
              )}
              {entry?.conditions && entry.conditions.length > 0 && (
                <span className="muted">{t.conditionsKept(entry.conditions.length)}</span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

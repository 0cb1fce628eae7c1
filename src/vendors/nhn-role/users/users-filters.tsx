import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { rolesAllQuery } from '../roles/api';
import { scopesAllQuery } from '../shared/api';
import { useRoleConn } from '../shared/use-role-conn';
import { useUsersText } from './users-text';

export type UserFilters = { role: string; scope: string; desc: string; inherited: string };

/** Role, scope and description filters of the user search; they apply together on submit. */
export function UsersFilters(props: {
  values: Readonly<Record<string, string>>;
  onApply: (filters: UserFilters) => void;
}) {
  const t = useUsersText();
  const conn = useRoleConn();
  const roles = useQuery(rolesAllQuery(conn));
  const scopes = useQuery(scopesAllQuery(conn));
  const [draft, setDraft] = useState<UserFilters>({
    role: props.values.role ?? '',
    scope: props.values.scope ?? '',
    desc: props.values.desc ?? '',
    inherited: props.values.inherited ?? '',
  });
  const id = useId();
  const set = (key: keyof UserFilters, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  return (
    <form
      className="row role-toolbar"
      aria-label={t.filters}
      onSubmit={(e) => {
        e.preventDefault();
        props.onApply(draft);
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-role`}>{t.roleFilter}</label>
        <select id={`${id}-role`} value={draft.role} onChange={(e) => set('role', e.target.value)}>
          <option value="">{t.anyRole}</option>
          {(roles.data ?? []).map((r) => (
            <option key={r.roleId} value={r.roleId}>
              {r.roleId}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-scope`}>{t.scopeFilter}</label>
        <select id={`${id}-scope`} value={draft.scope} onChange={(e) => set('scope', e.target.value)}>
          <option value="">{t.anyScope}</option>
          {['ALL', ...(scopes.data ?? []).map((s) => s.scopeId).filter((s) => s !== 'ALL')].map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-desc`}>{t.descriptionFilter}</label>
        <input id={`${id}-desc`} value={draft.desc} onChange={(e) => set('desc', e.target.value)} />
      </div>
      <label className="row">
        <input
          type="checkbox"
          checked={draft.inherited === '1'}
          onChange={(e) => set('inherited', e.target.checked ? '1' : '')}
        />
        {t.includeInherited}
      </label>
      <button type="submit" className="btn">
        {t.apply}
      </button>
      <button
        type="button"
        className="btn btn-ghost"
        onClick={() => {
          const empty = { role: '', scope: '', desc: '', inherited: '' };
          setDraft(empty);
          props.onApply(empty);
        }}
      >
        {t.clearFilters}
      </button>
    </form>
  );
}

import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ScopePicker } from '../shared/scope-picker';
import type { RoleConn } from '../shared/use-role-conn';
import { operationsAllQuery } from '../simulator/api';
import type { MenuFilter } from './api';
import { useAuthorizationsText } from './authorizations-text';
import { useResourcesText } from './resources-text';

/**
 * Asks for a user, an operation and a scope, and shows the tree as that user's menu. The form keeps its
 * own draft so the tree changes only when the reader asks for it.
 */
export function MenuPreviewForm(props: {
  conn: RoleConn;
  value: MenuFilter | undefined;
  onChange: (next: MenuFilter | undefined) => void;
}) {
  const { conn, value, onChange } = props;
  const t = useResourcesText();
  const a = useAuthorizationsText();
  const userId = useId();
  const opId = useId();
  const operations = useQuery(operationsAllQuery(conn));
  const [draft, setDraft] = useState<MenuFilter>(value ?? { userId: '', operationId: '', scopeId: 'ALL' });
  const ready = draft.userId.trim() !== '' && draft.operationId !== '';
  return (
    <details className="res-menu" open={value !== undefined}>
      <summary>{t.menuPreview}</summary>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) onChange({ ...draft, userId: draft.userId.trim() });
        }}
      >
        <p className="field-help">{t.menuPreviewHelp}</p>
        <div className="field">
          <label htmlFor={userId}>{t.userId}</label>
          <input
            id={userId}
            value={draft.userId}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setDraft({ ...draft, userId: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={opId}>{a.operation}</label>
          <select
            id={opId}
            value={draft.operationId}
            onChange={(e) => setDraft({ ...draft, operationId: e.target.value })}
          >
            <option value="">{operations.isPending ? t.loadingOperations : t.pickOperation}</option>
            {(operations.data ?? []).map((o) => (
              <option key={o.operationId} value={o.operationId}>
                {o.operationId}
              </option>
            ))}
          </select>
        </div>
        <ScopePicker value={draft.scopeId} onChange={(scopeId) => setDraft({ ...draft, scopeId })} />
        <div className="row res-actions">
          <button type="submit" className="btn btn-primary" disabled={!ready}>
            {t.showMenu}
          </button>
          {value && (
            <button type="button" className="btn" onClick={() => onChange(undefined)}>
              {t.showWholeTree}
            </button>
          )}
        </div>
      </form>
    </details>
  );
}

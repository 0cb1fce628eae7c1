import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useMatch, useNavigate } from 'react-router';
import { connectionsQuery } from '@/features/connections/api';
import { useConnectionsText } from '@/features/connections/connections-text';
import { paths } from '../paths';

/**
 * Picks the connection every vendor page works on. The choice lives in the URL (`/c/:connectionId/...`),
 * so a link carries it and two tabs can show two connections.
 */
export function ConnectionSwitcher() {
  const t = useConnectionsText();
  const id = useId();
  const navigate = useNavigate();
  const current = useMatch(paths.connectionPage.pattern)?.params.connectionId ?? '';
  const list = useQuery(connectionsQuery());
  const items = list.data ?? [];
  if (list.isError || (list.isSuccess && items.length === 0)) return null;
  return (
    <div className="connection-switcher row">
      <label htmlFor={id}>{t.switcher}</label>
      <select
        id={id}
        value={current}
        disabled={list.isPending}
        aria-busy={list.isPending || undefined}
        onChange={(e) => {
          if (e.target.value) void navigate(paths.connectionPage.href({ connectionId: e.target.value }));
        }}
      >
        <option value="">{t.switcherNone}</option>
        {items.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useState } from 'react';
import { HttpError } from '@/lib/http/errors';
import { EmptyState, PageHeader, QueryBoundary, type QueryLike } from '@/components/states';
import { DemoSection } from './demo-section';

type Mode = 'pending' | 'error' | 'empty' | 'success';
const MODES: readonly Mode[] = ['pending', 'error', 'empty', 'success'];
const demoError = new HttpError(
  502,
  'GET',
  '/api/demo',
  {},
  'demo-req-1',
  'The vendor did not answer',
  'upstream',
);

/** A hand-made query result, so every state can be looked at without a server. */
function fakeQuery(mode: Mode, retry: () => void): QueryLike<string[]> {
  const base = { isFetching: false, refetch: retry };
  if (mode === 'pending') return { ...base, status: 'pending', data: undefined, error: null };
  if (mode === 'error') return { ...base, status: 'error', data: undefined, error: demoError };
  return { ...base, status: 'success', data: mode === 'empty' ? [] : ['alice', 'bob', 'carol'], error: null };
}

export function StatesDemo() {
  const [mode, setMode] = useState<Mode>('pending');
  return (
    <DemoSection title="Page header and query states">
      <PageHeader
        eyebrow="NHN Cloud · tenant-a"
        title="Users"
        description="Everyone who can sign in to this tenant."
        actions={
          <button type="button" className="btn btn-primary">
            Create user
          </button>
        }
      />
      <fieldset className="row dev-modes">
        <legend>State</legend>
        {MODES.map((m) => (
          <label key={m}>
            <input type="radio" name="state-mode" checked={mode === m} onChange={() => setMode(m)} /> {m}
          </label>
        ))}
      </fieldset>
      <QueryBoundary
        query={fakeQuery(mode, () => setMode('success'))}
        isEmpty={(d) => d.length === 0}
        empty={
          <EmptyState
            title="No users yet"
            action={
              <button type="button" className="btn btn-primary">
                Create the first user
              </button>
            }
          >
            Users you create here can sign in with the tenant&apos;s identity provider.
          </EmptyState>
        }
      >
        {(users) => (
          <ul>
            {users.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        )}
      </QueryBoundary>
    </DemoSection>
  );
}

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stubGridSize } from '@/components/matrix/testing/grid-size';
import MembershipsPage from '../pages/memberships-page';
import { cipError, fakeCip, gonzalez, ok, renderCip } from '../testing/render-cip';

const grid = stubGridSize({ width: 900, height: 400 });
beforeAll(grid.install);
afterAll(grid.remove);
afterEach(() => vi.unstubAllGlobals());

const list = (entries: unknown[], status = 'success') => ({
  body: { status, total_count: entries.length, entries },
});
const sanders = { uid: 'gsanders', gtwayUUID: 'f3acac82-30c7-4c92-afb6-22eb6e46234d', cn: 'Gary Sanders' };

describe('users × groups matrix', () => {
  it('shows memberships of the searched users and writes one at once, rolling back a refusal', async () => {
    const user = userEvent.setup();
    const members: Record<string, string[]> = { Team: [gonzalez.gtwayUUID], Ops: [] };
    const calls = fakeCip(({ method, path, query }) => {
      if (path === '/users' && query.get('givenName') === 'G*')
        return list([gonzalez, sanders], 'result_limit_exceeded');
      if (path === '/groups/names') return list(Object.keys(members));
      const m = /^\/groups\/(\w+)\/members(?:\/(.+))?$/.exec(path);
      if (m && method === 'GET') return list(members[m[1] ?? ''] ?? []);
      if (m && method === 'PUT') return m[1] === 'Ops' ? cipError(404, 'GroupNotFound', 'x: Gone') : ok;
      if (m && method === 'DELETE') return ok;
      return undefined;
    });
    renderCip(<MembershipsPage />, 'memberships?a.givenName=G*');
    expect(await screen.findByText('Result limit exceeded — refine your search')).toBeInTheDocument();
    expect(await screen.findByRole('gridcell', { name: 'ggonzalez – Team: Member' })).toBeInTheDocument();
    const cell = screen.getByRole('gridcell', { name: 'gsanders – Team: Not a member' });
    await user.click(cell);
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.path).toBe(`/groups/Team/members/${sanders.gtwayUUID}`);

    await user.click(screen.getByRole('gridcell', { name: /^ggonzalez – Ops:/ }));
    expect(
      await screen.findByRole('gridcell', { name: /^ggonzalez – Ops: Not a member\. Failed: / }),
    ).toBeInTheDocument();
  });

  it('asks for a search first', async () => {
    fakeCip(({ path }) => (path === '/groups/names' ? list(['Team']) : undefined));
    renderCip(<MembershipsPage />, 'memberships');
    expect(await screen.findByText('No users loaded')).toBeInTheDocument();
  });
});

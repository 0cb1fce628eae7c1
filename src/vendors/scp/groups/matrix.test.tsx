import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stubGridSize } from '@/components/matrix/testing/grid-size';
import GroupsPage from '../pages/groups-page';
import {
  ACCOUNT,
  accessKey,
  fakeScp,
  group,
  member,
  page,
  renderScp,
  scpError,
  user,
} from '../testing/render-scp';

const size = stubGridSize({ width: 900, height: 340 });
beforeAll(size.install);
afterAll(size.remove);
afterEach(() => vi.unstubAllGlobals());

function api(opts: { failAdd?: boolean } = {}) {
  const inDevs = new Set(['u1']);
  return fakeScp(({ path, method }) => {
    if (path === '/v1/access-keys') return { body: { access_keys: [accessKey('k1')], count: 1 } };
    if (path === `/v1/accounts/${ACCOUNT}/users`)
      return { body: { ...page(2), users: [user('u1', 'alpha'), user('u2', 'bravo')] } };
    if (path === '/v1/groups' && method === 'GET')
      return {
        body: {
          ...page(1),
          groups: [group('g1', 'Developers', { members: [...inDevs].map((u) => member(u, u)) })],
        },
      };
    if (path === '/v1/groups/g1/members' && method === 'POST') {
      if (opts.failAdd) return scpError(403, 'ACCESS_DENIED', 'Not allowed to add members.');
      inDevs.add('u2');
      return { body: { group_member: { created_at: 'x', created_by: 'a', user_id: 'u2' } } };
    }
    if (path === '/v1/groups/g1/members/u1' && method === 'DELETE') {
      inDevs.delete('u1');
      return { body: {} };
    }
    return undefined;
  });
}

describe('users × groups matrix', () => {
  it('adds and removes a membership with one call per cell', async () => {
    const calls = api();
    renderScp(<GroupsPage />, 'groups/matrix');
    const add = await screen.findByRole('gridcell', { name: /^bravo – Developers: Not a member/ });
    await userEvent.click(add);
    await waitFor(() =>
      expect(screen.getByRole('gridcell', { name: /^bravo – Developers: Member/ })).toBeInTheDocument(),
    );
    await userEvent.click(screen.getByRole('gridcell', { name: /^alpha – Developers: Member/ }));
    await waitFor(() =>
      expect(screen.getByRole('gridcell', { name: /^alpha – Developers: Not a member/ })).toBeInTheDocument(),
    );
    expect(calls.find((c) => c.method === 'POST')?.json).toEqual({ user_id: 'u2' });
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/v1/groups/g1/members/u1')).toBe(true);
  });

  it('rolls a failed add back and keeps the error on the cell', async () => {
    api({ failAdd: true });
    renderScp(<GroupsPage />, 'groups/matrix');
    await userEvent.click(await screen.findByRole('gridcell', { name: /^bravo – Developers: Not a member/ }));
    expect(
      await screen.findByRole('gridcell', { name: /^bravo – Developers: Not a member.*Failed: Not allowed/ }),
    ).toBeInTheDocument();
  });

  it('toggles from the keyboard', async () => {
    const calls = api();
    renderScp(<GroupsPage />, 'groups/matrix');
    const grid = await screen.findByRole('grid', { name: 'Group memberships' });
    await screen.findByRole('gridcell', { name: /^alpha – Developers/ });
    grid.focus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(calls.some((c) => c.method !== 'GET')).toBe(true));
  });
});

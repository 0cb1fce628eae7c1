import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
import { setupScpTests } from '../testing/setup-scp-tests';

setupScpTests();

describe('groups', () => {
  it('lists with SCP filters, and creates a group with members, keeping input on a server error', async () => {
    let tries = 0;
    const calls = fakeScp(({ path, method }) => {
      if (path === '/v1/access-keys') return { body: { access_keys: [accessKey('k1')], count: 1 } };
      if (path === `/v1/accounts/${ACCOUNT}/users`)
        return { body: { ...page(1), users: [user('u1', 'alpha')] } };
      if (path === '/v1/policies') return { body: { ...page(0), policies: [] } };
      if (path === '/v1/groups' && method === 'GET')
        return {
          body: { ...page(1), groups: [group('g1', 'Developers', { members: [member('u1', 'alpha')] })] },
        };
      if (path === '/v1/groups' && method === 'POST')
        return tries++ === 0
          ? scpError(409, 'DUPLICATE_NAME', 'A group named "Ops" already exists.')
          : { status: 201, body: { group: group('g2', 'Ops2') } };
      if (path === '/v1/groups/g2') return { body: { group: group('g2', 'Ops2') } };
      if (path === '/v1/groups/g2/members') return { body: { ...page(0), group_members: [] } };
      return undefined;
    });
    renderScp(<GroupsPage />, 'groups');
    expect(await screen.findByRole('link', { name: 'Developers' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Members' }), 'false');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() =>
      expect(
        calls
          .filter((c) => c.path === '/v1/groups')
          .at(-1)
          ?.query.get('has_member'),
      ).toBe('false'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create group' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create group' });
    await userEvent.type(within(dialog).getByLabelText(/Group name/), 'Ops');
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: /alpha/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create group' }));
    expect((await within(dialog).findAllByText(/already exists/)).length).toBeGreaterThan(0);
    expect(within(dialog).getByLabelText(/Group name/)).toHaveValue('Ops');
    await userEvent.clear(within(dialog).getByLabelText(/Group name/));
    await userEvent.type(within(dialog).getByLabelText(/Group name/), 'Ops2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create group' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ops2' })).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').at(-1)?.json).toMatchObject({
      name: 'Ops2',
      description: null,
      user_ids: ['u1'],
    });
  });

  it('edits name and description together, as SCP requires', async () => {
    const calls = fakeScp(({ path, method }) => {
      if (path === '/v1/access-keys') return { body: { access_keys: [accessKey('k1')], count: 1 } };
      if (path === `/v1/accounts/${ACCOUNT}/users`) return { body: { ...page(0), users: [] } };
      if (path === '/v1/groups/g1' && method === 'GET')
        return { body: { group: group('g1', 'Developers', { description: 'Devs' }) } };
      if (path === '/v1/groups/g1' && method === 'PUT')
        return { body: { group: group('g1', 'Developers2') } };
      if (path === '/v1/groups/g1/members') return { body: { ...page(0), group_members: [] } };
      return undefined;
    });
    renderScp(<GroupsPage />, 'groups/g1');
    await userEvent.click(await screen.findByRole('button', { name: 'Edit group' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit group' });
    const name = within(dialog).getByLabelText(/Group name/);
    await userEvent.clear(name);
    await userEvent.type(name, 'Developers2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PUT')?.json).toEqual({
        name: 'Developers2',
        description: 'Devs',
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import UsersPage from '../pages/users-page';
import { setupScpTests } from '../testing/setup-scp-tests';
import { ACCOUNT, accessKey, fakeScp, group, page, renderScp, scpError, user } from '../testing/render-scp';

setupScpTests();

const USERS = `/v1/accounts/${ACCOUNT}/users`;
const keys = { body: { access_keys: [accessKey('k1')], count: 1 } };

describe('users list', () => {
  it('sends SCP filters, sort and 0-based page from the URL, and applies typed filters on submit', async () => {
    const calls = fakeScp(({ path, method }) => {
      if (path === '/v1/access-keys') return keys;
      if (path === USERS && method === 'GET')
        return { body: { ...page(60, 1, 25), users: [user('u1', 'minjun.kim', { groups: ['Admins'] })] } };
      return undefined;
    });
    renderScp(<UsersPage />, 'users?users.page=2&users.sort=-user_name');
    expect(await screen.findByRole('link', { name: 'minjun.kim' })).toBeInTheDocument();
    const first = calls.filter((c) => c.path === USERS).at(-1);
    expect(first?.query.get('page')).toBe('1');
    expect(first?.query.get('size')).toBe('25');
    expect(first?.query.get('sort')).toMatch(/^user_name:desc$/);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Email' }), 'kim@');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() =>
      expect(
        calls
          .filter((c) => c.path === USERS)
          .at(-1)
          ?.query.get('email'),
      ).toBe('kim@'),
    );
    expect(
      calls
        .filter((c) => c.path === USERS)
        .at(-1)
        ?.query.get('page'),
    ).toBe('0');
  });

  it('deletes the selected users one call each and lists each result', async () => {
    const calls = fakeScp(({ path, method }) => {
      if (path === '/v1/access-keys') return keys;
      if (path === USERS && method === 'GET')
        return { body: { ...page(2), users: [user('u1', 'alpha'), user('u2', 'bravo')] } };
      if (method === 'DELETE' && path === `${USERS}/u1`) return { body: {} };
      if (method === 'DELETE' && path === `${USERS}/u2`)
        return scpError(400, 'CANNOT_DELETE_SELF', 'A user cannot delete itself.');
      return undefined;
    });
    renderScp(<UsersPage />, 'users');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select alpha' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select bravo' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete 2 selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 users?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete 2 selected' }));
    expect(await screen.findByText('A user cannot delete itself.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual([
      `${USERS}/u1`,
      `${USERS}/u2`,
    ]);
  });
});

describe('create user', () => {
  it('sends groups and policies, shows the returned password once, then opens the user', async () => {
    const calls = fakeScp(({ path, method }) => {
      if (path === '/v1/access-keys') return keys;
      if (path === USERS && method === 'GET') return { body: { ...page(0), users: [] } };
      if (path === '/v1/groups') return { body: { ...page(1), groups: [group('g1', 'Developers')] } };
      if (path === '/v1/policies') return { body: { ...page(0), policies: [] } };
      if (path === USERS && method === 'POST')
        return {
          status: 201,
          body: {
            ...user('u9', 'new.user'),
            console_url: 'https://console.example',
            password: 'Echoed-Pass-1',
          },
        };
      if (path === `${USERS}/u9`)
        return { body: { ...user('u9', 'new.user'), srn: 'srn:e::a:::iam:user/u9' } };
      return undefined;
    });
    renderScp(<UsersPage />, 'users');
    const [open] = await screen.findAllByRole('button', { name: 'Create user' });
    if (!open) throw new Error('no Create user button');
    await userEvent.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    await userEvent.type(within(dialog).getByLabelText(/User name/), 'bad name!');
    await userEvent.type(within(dialog).getByLabelText(/^Password/), 'Echoed-Pass-1');
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: 'Developers' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect((await within(dialog).findAllByText(/Use up to 64 letters/)).length).toBeGreaterThan(0);
    const name = within(dialog).getByLabelText(/User name/);
    await userEvent.clear(name);
    await userEvent.type(name, 'new.user');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    const secret = await screen.findByRole('dialog', { name: 'Give the user their password' });
    expect(within(secret).getByText(/https:\/\/console\.example/)).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.json).toMatchObject({
      user_name: 'new.user',
      temporary_password: true,
      group_ids: ['g1'],
      policy_ids: [],
    });
    await userEvent.click(within(secret).getByRole('checkbox', { name: /stored it/ }));
    await userEvent.click(within(secret).getByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'new.user' })).toBeInTheDocument();
    expect(screen.queryByText('Echoed-Pass-1')).not.toBeInTheDocument();
  });
});

describe('user detail', () => {
  it('edits the password reuse count within 0–24 and resets the password with the temporary flag', async () => {
    const calls = fakeScp(({ path, method }) => {
      if (path === '/v1/access-keys') return keys;
      if (path === `${USERS}/u1` && method === 'GET')
        return { body: { ...user('u1', 'alpha'), srn: 'srn:e::a:::iam:user/u1' } };
      if (path === `${USERS}/u1` && method === 'PUT') return { body: user('u1', 'alpha') };
      if (path === `${USERS}/u1/password`)
        return { body: { ...user('u1', 'alpha'), console_url: 'x', password: 'p' } };
      return undefined;
    });
    renderScp(<UsersPage />, 'users/u1/security');
    const reuse = await screen.findByLabelText(/Password reuse count/);
    await userEvent.clear(reuse);
    await userEvent.type(reuse, '25');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findAllByText('Enter a whole number from 0 to 24.')).length).toBeGreaterThan(0);
    await userEvent.clear(reuse);
    await userEvent.type(reuse, '5');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PUT' && c.path === `${USERS}/u1`)?.json).toEqual({
        description: null,
        password_reuse_count: 5,
      }),
    );
    await userEvent.type(screen.getByLabelText(/^New password/), 'Another-Pass-2');
    await userEvent.click(screen.getByRole('checkbox', { name: /Temporary/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Reset password' }));
    await waitFor(() =>
      expect(calls.find((c) => c.path === `${USERS}/u1/password`)?.json).toEqual({
        password: 'Another-Pass-2',
        temporary_password: false,
      }),
    );
  });
});

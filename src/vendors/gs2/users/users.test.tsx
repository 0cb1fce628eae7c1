import { beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import UsersPage from '../pages/users-page';
import { fakeGs2, gs2Error, renderGs2, user } from '../testing/render-gs2';

beforeAll(installDialogPolyfill);

describe('users list', () => {
  it('pages with GS2 tokens and searches by prefix over the loaded pages, in the URL', async () => {
    const calls = fakeGs2(({ method, path, query }) => {
      if (method !== 'GET' || path !== '/user') return undefined;
      return query.get('pageToken') === 'p2'
        ? { body: { items: [user('mina.second')], nextPageToken: null } }
        : { body: { items: [user('mina.sato'), user('yuki.yamamoto')], nextPageToken: 'p2' } };
    });
    const { router } = renderGs2(<UsersPage />, 'users?limit=10');
    expect(await screen.findByRole('link', { name: 'mina.sato' })).toBeInTheDocument();
    expect(calls[0]?.query.get('limit')).toBe('10');
    expect(calls[0]?.query.has('pageToken')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'mina.second' })).toBeInTheDocument();
    expect(calls.at(-1)?.query.get('pageToken')).toBe('p2');
    expect(screen.getByText('All users are loaded.')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Search by name prefix'), 'MINA');
    expect(screen.queryByRole('link', { name: 'yuki.yamamoto' })).not.toBeInTheDocument();
    expect(screen.getByText('2 of 3 loaded users')).toBeInTheDocument();
    expect(router.state.location.search).toContain('q=MINA');
  });

  it('shows the empty state and creates a user with live name rules and server errors on the field', async () => {
    const calls = fakeGs2(({ method, path, body }) => {
      if (method === 'GET' && path === '/user') return { body: { items: [], nextPageToken: null } };
      if (method === 'POST' && path === '/user') {
        const name = (body as { name: string }).name;
        return name === 'taken'
          ? { status: 409, body: gs2Error('user', 'identifier.user.name.error.duplicate') }
          : { body: { item: user(name) } };
      }
      if (method === 'GET' && path === '/user/new.user') return { body: { item: user('new.user') } };
      return undefined;
    });
    const { router } = renderGs2(<UsersPage />, 'users');
    expect(await screen.findByText('No users yet')).toBeInTheDocument();
    const [createButton] = screen.getAllByRole('button', { name: 'Create user' });
    if (!createButton) throw new Error('no Create user button');
    await userEvent.click(createButton);
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByLabelText(/^Name/);
    await userEvent.type(name, 'bad name');
    expect(
      within(dialog)
        .getByText(/Only A–Z/)
        .closest('li'),
    ).toHaveClass('gs2-rule-bad');
    await userEvent.clear(name);
    await userEvent.type(name, 'taken');
    expect(
      within(dialog)
        .getByText(/Only A–Z/)
        .closest('li'),
    ).toHaveClass('gs2-rule-ok');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(
      await within(dialog).findAllByText(/identifier\.user\.name\.error\.duplicate|already|duplicate/i),
    ).not.toHaveLength(0);

    await userEvent.clear(name);
    await userEvent.type(name, 'new.user');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/c/c1/users/new.user'));
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
      { name: 'taken', description: null },
      { name: 'new.user', description: null },
    ]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import UsersPage from '../pages/users-page';
import { emulatorPage } from '../testing/emulator-page';

const openCreate = async () => {
  const [button] = await screen.findAllByRole('button', { name: 'Create user' });
  if (!button) throw new Error('no Create user button');
  return button;
};

let env: Awaited<ReturnType<typeof emulatorPage>> | undefined;
afterEach(() => env?.close());

describe('ROLE users', () => {
  it('searches by ID prefix on the server and keeps the search in the URL', async () => {
    env = await emulatorPage();
    const { router } = env.render(<UsersPage />, 'users');
    const first = '12345678-1234-5678-1234-567812345678';
    expect(await screen.findByRole('link', { name: first })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox'), 'jiho');
    await waitFor(() => expect(screen.queryByRole('link', { name: first })).not.toBeInTheDocument());
    expect(screen.getAllByRole('link', { name: /^jiho/ }).length).toBeGreaterThan(0);
    const search = env.calls.filter((c) => c.path.endsWith('/users/search')).at(-1);
    expect(search?.body).toMatchObject({ userIdPreLike: 'jiho' });
    expect(router.state.location.search).toContain('jiho');
  });

  it('creates a user with a role assignment and shows it on the detail page', async () => {
    env = await emulatorPage();
    env.render(<UsersPage />, 'users');
    await userEvent.click(await openCreate());
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    await userEvent.type(within(dialog).getByLabelText(/User ID/), 'new.person');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a role assignment' }));
    await waitFor(() => expect(within(dialog).getByRole('option', { name: /AUDITOR/ })).toBeInTheDocument());
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Role/), 'AUDITOR');
    await userEvent.selectOptions(within(dialog).getByLabelText('Scope'), 'team-growth');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(await screen.findByRole('heading', { name: 'new.person' })).toBeInTheDocument();
    const growth = await screen.findByRole('region', { name: 'Scope team-growth' });
    expect(within(growth).getByRole('link', { name: 'AUDITOR' })).toBeInTheDocument();
  });

  it('keeps what was typed and shows the vendor error when the ID exists', async () => {
    env = await emulatorPage();
    env.render(<UsersPage />, 'users');
    await userEvent.click(await openCreate());
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    await userEvent.type(within(dialog).getByLabelText(/User ID/), 'minji.kim@example.com');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(await within(dialog).findByText(/already exists/i)).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/User ID/)).toHaveValue('minji.kim@example.com');
  });

  it('deletes a user after typing its ID, and lists its history', async () => {
    env = await emulatorPage();
    const { router } = env.render(<UsersPage />, 'users/minji.kim@example.com/history');
    expect(await screen.findByText('User created')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Delete user' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox'), 'minji.kim@example.com');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete user' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/c/c1/users'));
    expect((await env.call('GET', '/users/minji.kim@example.com')).header.resultCode).toBe(14001);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import OperationsPage from '../pages/operations-page';
import ScopesPage from '../pages/scopes-page';
import { emulatorPage } from '../testing/emulator-page';

let env: Awaited<ReturnType<typeof emulatorPage>> | undefined;
afterEach(() => env?.close());

describe('ROLE operations and scopes', () => {
  it('lists operations, searches by ID prefix on the server, creates, edits and deletes one', async () => {
    env = await emulatorPage();
    const { router } = env.render(<OperationsPage />, 'operations');
    expect(await screen.findByText('VIEW')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox'), 'PO');
    await waitFor(() => expect(screen.queryByText('VIEW')).not.toBeInTheDocument());
    expect(screen.getByText('POST')).toBeInTheDocument();
    expect(env.calls.filter((c) => c.path.endsWith('/operations/search')).at(-1)?.body).toMatchObject({
      operationIdPreLike: 'PO',
    });
    expect(router.state.location.search).toContain('PO');
    await userEvent.clear(screen.getByRole('searchbox'));

    await userEvent.click(screen.getByRole('button', { name: 'Create operation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create operation' });
    await userEvent.type(within(dialog).getByLabelText(/Operation ID/), 'EXPORT');
    await userEvent.type(within(dialog).getByLabelText('Description'), 'Download as CSV');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create operation' }));
    expect(await screen.findByText('Download as CSV')).toBeInTheDocument();
    expect((await env.call('GET', '/operations/EXPORT')).operation).toMatchObject({
      description: 'Download as CSV',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Edit EXPORT' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit EXPORT' });
    await userEvent.clear(within(edit).getByLabelText('Description'));
    await userEvent.type(within(edit).getByLabelText('Description'), 'Export rows');
    await userEvent.click(within(edit).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Export rows')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Delete EXPORT' }));
    const confirm = await screen.findByRole('dialog', { name: /Delete operation EXPORT/ });
    const go = within(confirm).getByRole('button', { name: 'Delete operation' });
    expect(go).toBeDisabled();
    await userEvent.type(within(confirm).getByRole('textbox'), 'EXPORT');
    await userEvent.click(go);
    await waitFor(() => expect(screen.queryByText('Export rows')).not.toBeInTheDocument());
    expect((await env.call('GET', '/operations/EXPORT')).header.isSuccessful).toBe(false);
  });

  it('refuses a broken ID at the field and keeps what was typed when the vendor refuses', async () => {
    env = await emulatorPage();
    env.render(<OperationsPage />, 'operations');
    await userEvent.click(await screen.findByRole('button', { name: 'Create operation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create operation' });
    const id = within(dialog).getByLabelText(/Operation ID/);
    await userEvent.type(id, '-bad-');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create operation' }));
    expect(
      (await within(dialog).findAllByText(/starting and ending with a letter or digit/)).length,
    ).toBeGreaterThan(0);
    expect(env.calls.some((c) => c.method === 'POST' && c.path.endsWith('/operations'))).toBe(false);
    await userEvent.clear(id);
    await userEvent.type(id, 'GET');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create operation' }));
    await waitFor(() =>
      expect(env?.calls.some((c) => c.method === 'POST' && c.path.endsWith('/operations'))).toBe(true),
    );
    expect(await within(dialog).findByRole('alert')).toBeInTheDocument();
    expect(id).toHaveValue('GET');
  });

  it('lists scopes with ALL read-only and deletes a scope with its assignments', async () => {
    env = await emulatorPage();
    env.render(<ScopesPage />, 'scopes');
    expect(await screen.findByText('team-growth')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete ALL' })).not.toBeInTheDocument();
    expect(screen.getByText('Built in')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Delete team-growth' }));
    const confirm = await screen.findByRole('dialog', { name: /Delete scope team-growth/ });
    await userEvent.type(within(confirm).getByRole('textbox'), 'team-growth');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete scope' }));
    await waitFor(() => expect(screen.queryByText('team-growth')).not.toBeInTheDocument());
    const left = await env.call('POST', '/users/search', { scopeIds: ['team-growth'] });
    expect(left.totalItems).toBe(0);
  });
});

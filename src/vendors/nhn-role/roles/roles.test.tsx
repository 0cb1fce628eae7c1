import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RolesPage from '../pages/roles-page';
import { emulatorPage } from '../testing/emulator-page';

let env: Awaited<ReturnType<typeof emulatorPage>> | undefined;
afterEach(() => env?.close());

type Role = {
  roleName: string | null;
  roleGroup: string | null;
  exposureOrder: number;
  roleTags: { roleTagId: string }[];
};
const roleOf = async (roleId: string) =>
  (await env?.call('GET', `/roles/${roleId}`)) as { role?: Role; header: { isSuccessful: boolean } };

describe('ROLE roles: create, edit, delete', () => {
  it('filters by group on the server and shows deniable per role', async () => {
    env = await emulatorPage();
    env.render(<RolesPage />, 'roles');
    const table = await screen.findByRole('table', { name: 'ROLE roles' });
    expect(await within(table).findByRole('rowheader', { name: 'AUDITOR' })).toBeInTheDocument();
    // Only a role some ALLOW relation includes can be set to DENY (the emulator's deniable rule).
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    await waitFor(() => expect(within(row('MEMBER')).getByText('Yes')).toBeInTheDocument());
    await waitFor(() => expect(within(row('AUDITOR')).getByText('No')).toBeInTheDocument());
    await userEvent.selectOptions(screen.getByLabelText('Group'), 'admin');
    await waitFor(() =>
      expect(within(table).queryByRole('rowheader', { name: 'MEMBER' })).not.toBeInTheDocument(),
    );
    expect(env.calls.filter((c) => c.path.endsWith('/roles/search')).at(-1)?.body).toMatchObject({
      roleGroup: 'admin',
    });
  });

  it('searches by ID prefix on the server and pages through many roles, the page in the URL', async () => {
    env = await emulatorPage();
    for (let i = 0; i < 30; i++)
      await env.call('POST', '/roles', {
        role: { roleId: `PAGED_${String(i).padStart(2, '0')}`, exposureOrder: 100 + i },
      });
    const { router } = env.render(<RolesPage />, 'roles');
    const table = await screen.findByRole('table', { name: 'ROLE roles' });
    await userEvent.type(screen.getByLabelText('Role ID starts with'), 'paged');
    await waitFor(() =>
      expect(within(table).queryByRole('rowheader', { name: 'MEMBER' })).not.toBeInTheDocument(),
    );
    expect(env.calls.filter((c) => c.path.endsWith('/roles/search')).at(-1)?.body).toMatchObject({
      roleIdPreLike: 'paged',
    });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(25);
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await within(table).findByRole('rowheader', { name: 'PAGED_29' })).toBeInTheDocument();
    expect(within(table).getAllByRole('rowheader')).toHaveLength(5);
    expect(router.state.location.search).toContain('page=2');
  });

  it('refuses a broken ID at the field, shows ROLE refusing a duplicate under the ID with what was typed kept, creates and edits', async () => {
    env = await emulatorPage();
    env.render(<RolesPage />, 'roles');
    await screen.findByRole('table', { name: 'ROLE roles' });
    await userEvent.click(screen.getByRole('button', { name: 'Create role' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create role' });
    const id = within(dialog).getByLabelText(/Role ID/);
    await userEvent.type(id, 'bad id!');
    await userEvent.type(within(dialog).getByLabelText('Name'), 'Reporter');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create role' }));
    expect(
      (await within(dialog).findAllByText(/starting and ending with a letter or digit/)).length,
    ).toBeGreaterThan(0);
    expect(env.calls.some((c) => c.method === 'POST' && c.path.endsWith('/roles'))).toBe(false);

    await userEvent.clear(id);
    await userEvent.type(id, 'MEMBER');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create role' }));
    await waitFor(() => expect(id).toHaveAccessibleDescription(/Duplicate role/));
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Reporter');

    await userEvent.clear(id);
    await userEvent.type(id, 'REPORTER');
    await userEvent.type(within(dialog).getByLabelText('Group'), 'reports');
    await userEvent.clear(within(dialog).getByLabelText(/Exposure order/));
    await userEvent.type(within(dialog).getByLabelText(/Exposure order/), '60');
    await userEvent.type(within(dialog).getByLabelText('Tags'), 'read-only, reports');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create role' }));
    const table = screen.getByRole('table', { name: 'ROLE roles' });
    expect(await within(table).findByRole('rowheader', { name: 'REPORTER' })).toBeInTheDocument();
    expect((await roleOf('REPORTER')).role).toMatchObject({
      roleName: 'Reporter',
      roleGroup: 'reports',
      exposureOrder: 60,
      roleTags: [{ roleTagId: 'read-only' }, { roleTagId: 'reports' }],
    });

    await userEvent.click(screen.getByRole('button', { name: 'Edit REPORTER' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit role REPORTER' });
    expect(within(edit).queryByLabelText(/Role ID/)).not.toBeInTheDocument();
    await userEvent.clear(within(edit).getByLabelText('Name'));
    await userEvent.type(within(edit).getByLabelText('Name'), 'Report reader');
    await userEvent.click(within(edit).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await roleOf('REPORTER')).role?.roleName).toBe('Report reader'));
    expect((await roleOf('REPORTER')).role?.roleTags).toHaveLength(2);
  });

  it('names the users and roles depending on a role before deleting it, only after its ID is typed', async () => {
    env = await emulatorPage();
    env.render(<RolesPage />, 'roles');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete BOARD_EDITOR' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete role BOARD_EDITOR?' });
    expect(await within(confirm).findByText(/Held directly by \d+ users/)).toBeInTheDocument();
    expect(within(confirm).getByText('Included by: BOARD_ADMIN.')).toBeInTheDocument();
    const go = within(confirm).getByRole('button', { name: 'Delete role' });
    expect(go).toBeDisabled();
    await userEvent.type(within(confirm).getByRole('textbox'), 'BOARD_EDITOR');
    await userEvent.click(go);
    await waitFor(async () => expect((await roleOf('BOARD_EDITOR')).header.isSuccessful).toBe(false));
    const table = screen.getByRole('table', { name: 'ROLE roles' });
    await waitFor(() =>
      expect(within(table).queryByRole('rowheader', { name: 'BOARD_EDITOR' })).not.toBeInTheDocument(),
    );
  });

  it('deletes several selected roles one call each and reports each', async () => {
    env = await emulatorPage();
    await env.call('POST', '/roles', { role: { roleId: 'TEMP_A', exposureOrder: 1 } });
    await env.call('POST', '/roles', { role: { roleId: 'TEMP_B', exposureOrder: 2 } });
    env.render(<RolesPage />, 'roles');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select TEMP_A' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select TEMP_B' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete 2 selected' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete 2 roles?' });
    expect((await within(confirm).findAllByText('No user holds it directly.')).length).toBe(2);
    // The second one disappears behind the page's back: its own result says so, the first still goes.
    await env.call('DELETE', '/roles/TEMP_B');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete 2 selected' }));
    const progress = await screen.findByRole('region', { name: /Deleting 2 roles/ });
    expect(await within(progress).findByText(/Role not found/)).toBeInTheDocument();
    expect((await roleOf('TEMP_A')).header.isSuccessful).toBe(false);
    expect(env.calls.filter((c) => c.method === 'DELETE').map((c) => c.path.split('/').at(-1))).toEqual([
      'TEMP_A',
      'TEMP_B',
    ]);
  });

  it('shows one role on its own URL with relations both ways, attributes and who holds it', async () => {
    env = await emulatorPage();
    env.render(<RolesPage />, 'roles/BOARD_VIEWER');
    expect(await screen.findByRole('heading', { name: 'BOARD_VIEWER', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText('Reads boards and posts')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'MEMBER' })).toHaveAttribute('href', '/c/c1/roles/MEMBER');
    expect(await screen.findByRole('link', { name: 'BOARD_EDITOR' })).toBeInTheDocument();
    expect(screen.getByText('board.category')).toBeInTheDocument();
    expect(await screen.findByText(/Held directly by \d+ users/)).toBeInTheDocument();
    expect(screen.getByText('board, read-only')).toBeInTheDocument();
  });
});

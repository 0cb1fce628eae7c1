import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RolesPage from '../pages/roles-page';
import { emulatorPage } from '../testing/emulator-page';
import { layers } from './graph-layout';

let env: Awaited<ReturnType<typeof emulatorPage>> | undefined;
afterEach(() => env?.close());

describe('role graph layout', () => {
  it('puts every parent above the roles it includes', () => {
    const edges = [
      { from: 'A', to: 'B', policy: 'ALLOW' as const, conditions: 0 },
      { from: 'B', to: 'C', policy: 'ALLOW' as const, conditions: 0 },
      { from: 'A', to: 'C', policy: 'DENY' as const, conditions: 0 },
    ];
    expect(layers(['C', 'B', 'A', 'D'], edges)).toEqual([['A', 'D'], ['B'], ['C']]);
  });
});

describe('ROLE roles', () => {
  it('filters by group on the server, shows deniable, and edits edges with the keyboard; a cycle is refused', async () => {
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
    expect(
      screen.getByRole('img', { name: /Role relation graph: 5 roles, 3 relations/ }),
    ).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Add relation' });
    await userEvent.selectOptions(within(form).getByLabelText('Role (includes)'), 'MEMBER');
    await userEvent.selectOptions(within(form).getByLabelText('Included role'), 'BOARD_ADMIN');
    await userEvent.click(within(form).getByRole('button', { name: 'Add relation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/11007|cannot|relation/i);

    await userEvent.selectOptions(within(form).getByLabelText('Role (includes)'), 'AUDITOR');
    await userEvent.selectOptions(within(form).getByLabelText('Included role'), 'MEMBER');
    await userEvent.click(within(form).getByRole('button', { name: 'Add relation' }));
    expect(await screen.findByRole('img', { name: /5 roles, 4 relations/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove relation AUDITOR → MEMBER' }));
    expect(await screen.findByRole('img', { name: /5 roles, 3 relations/ })).toBeInTheDocument();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MatrixPage from '../pages/matrix-page';
import { emulatorPage } from '../testing/emulator-page';

let env: Awaited<ReturnType<typeof emulatorPage>> | undefined;
afterEach(() => env?.close());

const USERS = 3000;
const ROLES = 300;
const pad = (n: number) => String(n).padStart(4, '0');
const roleId = (i: number) => `R${pad(i)}`;
const userId = (i: number) => `user${pad(i)}`;

const activeCell = () => {
  const grid = screen.getByRole('grid');
  const el = document.getElementById(grid.getAttribute('aria-activedescendant') ?? '');
  if (!el) throw new Error('the active cell is not rendered');
  return el;
};

describe('ROLE users × roles matrix at scale', () => {
  it(`renders ${USERS} users × ${ROLES} roles with a bounded DOM and reaches the last user by keyboard`, async () => {
    env = await emulatorPage({ seed: false });
    // Created last to first so that a role can include the next one: chains of ten, so inherited cells
    // appear all over the grid.
    for (let i = ROLES - 1; i >= 0; i--) {
      const res = await env.call('POST', '/roles', {
        role: { roleId: roleId(i), exposureOrder: i },
        roleRelations: i % 10 === 9 ? [] : [{ relatedRoleId: roleId(i + 1) }],
      });
      expect(res.header.isSuccessful).toBe(true);
    }
    const users = Array.from({ length: USERS }, (_, i) => ({
      userId: userId(i),
      roleRelations: [{ roleId: roleId(i % ROLES), scopeId: 'ALL' }],
    }));
    expect((await env.call('POST', '/users', { users })).header.isSuccessful).toBe(true);

    env.render(<MatrixPage />, 'matrix');
    const first = await screen.findByRole(
      'gridcell',
      { name: `${userId(0)} – ${roleId(0)}: Allowed` },
      { timeout: 20_000 },
    );
    expect(first).toBeInTheDocument();
    expect(
      screen.getByRole('gridcell', { name: `${userId(0)} – ${roleId(1)}: Inherited` }),
    ).toBeInTheDocument();
    expect(screen.getByText(/3,000 users/)).toBeInTheDocument();

    const cells = () => document.querySelectorAll('[role="gridcell"]').length;
    expect(cells()).toBeGreaterThan(0);
    expect(cells()).toBeLessThan(2_000);
    // Nothing else on the page grows with the number of users either (no per-user options or rows).
    expect(document.body.querySelectorAll('*').length).toBeLessThan(USERS);

    screen.getByRole('grid').focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(activeCell()).toHaveAccessibleName(`${userId(USERS - 1)} – ${roleId(ROLES - 1)}: Allowed`);
    expect(cells()).toBeLessThan(2_000);
    await userEvent.keyboard('{ArrowLeft}');
    expect(activeCell()).toHaveAccessibleName(`${userId(USERS - 1)} – ${roleId(ROLES - 2)}: Not granted`);
  }, 120_000);
});

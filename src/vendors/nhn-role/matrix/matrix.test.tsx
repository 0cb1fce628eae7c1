import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MatrixPage from '../pages/matrix-page';
import { emulatorPage } from '../testing/emulator-page';

let env: Awaited<ReturnType<typeof emulatorPage>> | undefined;
afterEach(() => env?.close());

const U = '12345678-1234-5678-1234-567812345678';
type Relation = { roleId: string; scopeId: string; roleApplyPolicyCode: string; conditions?: unknown[] };
const relationsOf = async (userId: string) =>
  ((await env?.call('GET', `/users/${userId}`))?.user as { roleRelations: Relation[] }).roleRelations;

describe('ROLE users × roles matrix', () => {
  it('shows direct, inherited and no grants, and saves a staged change with the read-modify-PUT', async () => {
    env = await emulatorPage();
    await env.call('PUT', `/users/${U}/scopes/ALL`, {
      user: { roleRelations: [{ roleId: 'BOARD_EDITOR', roleApplyPolicyCode: 'ALLOW' }] },
    });
    env.render(<MatrixPage />, 'matrix');
    expect(await screen.findByRole('gridcell', { name: `${U} – BOARD_EDITOR: Allowed` })).toBeInTheDocument();
    expect(screen.getByRole('gridcell', { name: `${U} – MEMBER: Inherited` })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('gridcell', { name: `${U} – AUDITOR: Not granted` }));
    await userEvent.click(
      screen.getByRole('gridcell', { name: /^12345678-1234-5678-1234-567812345678 – MEMBER:/ }),
    );
    await userEvent.click(
      screen.getByRole('gridcell', { name: /^12345678-1234-5678-1234-567812345678 – MEMBER:/ }),
    );
    await userEvent.click(screen.getByRole('button', { name: /^Save/ }));
    await waitFor(async () =>
      expect((await relationsOf(U)).map((r) => [r.roleId, r.roleApplyPolicyCode]).sort()).toEqual([
        ['AUDITOR', 'ALLOW'],
        ['BOARD_EDITOR', 'ALLOW'],
        ['MEMBER', 'DENY'],
      ]),
    );
    const put = env.calls.filter((c) => c.method === 'PUT' && c.path.endsWith(`/users/${U}/scopes/ALL`));
    expect(put).toHaveLength(1);
    expect(await screen.findByRole('gridcell', { name: `${U} – MEMBER: Denied` })).toBeInTheDocument();
  });

  it('refuses to overwrite a user changed meanwhile and says so', async () => {
    env = await emulatorPage();
    env.render(<MatrixPage />, 'matrix');
    await userEvent.click(await screen.findByRole('gridcell', { name: `${U} – AUDITOR: Not granted` }));
    // Someone else edits the same user's grants in the same scope after the matrix loaded.
    await env.call('PUT', `/users/${U}/scopes/ALL`, {
      user: { roleRelations: [{ roleId: 'BOARD_VIEWER', roleApplyPolicyCode: 'ALLOW' }] },
    });
    await userEvent.click(screen.getByRole('button', { name: /^Save/ }));
    expect((await screen.findAllByText(/Changed by someone else/)).length).toBeGreaterThan(0);
    expect((await relationsOf(U)).map((r) => r.roleId)).toEqual(['BOARD_VIEWER']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ResourcesPage from '../pages/resources-page';
import { emulatorPage } from '../testing/emulator-page';

let env: Awaited<ReturnType<typeof emulatorPage>> | undefined;
afterEach(() => env?.close());

const grantsOf = async (id: string) =>
  (
    (await env?.call('GET', `/resources/${encodeURIComponent(id)}/authorizations`)) as unknown as {
      authorizations: { roleId: string; operationId: string }[];
    }
  ).authorizations.map((a) => `${a.roleId}:${a.operationId}`);

describe('ROLE resource authorizations', () => {
  it('draws inherited grants read-only and saves a staged grant with propagation, by keyboard', async () => {
    env = await emulatorPage();
    env.render(<ResourcesPage />, 'resources/posts');
    const cell = (name: string | RegExp) => screen.findByRole('gridcell', { name });
    // BOARD_EDITOR includes BOARD_VIEWER, which may GET posts.
    expect(
      await cell('BOARD_EDITOR – GET: Inherited. Read-only: inherited from BOARD_VIEWER, granted here'),
    ).toBeInTheDocument();
    expect(await cell('BOARD_VIEWER – GET: Granted')).toBeInTheDocument();
    await userEvent.click(
      await cell('BOARD_EDITOR – GET: Inherited. Read-only: inherited from BOARD_VIEWER, granted here'),
    );
    expect(await cell(/^BOARD_EDITOR – GET: Inherited/)).not.toHaveAccessibleName(/unsaved/);

    await userEvent.click(screen.getByLabelText(/Also grant on parent resources/));
    expect(screen.getByText('New grants are also written on: board › v1.0 › {boardId}.')).toBeInTheDocument();
    await userEvent.click(await cell('AUDITOR – VIEW: Not granted'));
    expect(await cell('AUDITOR – VIEW: Granted (unsaved)')).toBeInTheDocument();
    // The grid is one tab stop: Left moves to the PUT column, Space stages it too.
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.keyboard(' ');
    expect(await cell(/^AUDITOR – PUT: Granted \(unsaved\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Save/ }));
    await waitFor(async () =>
      expect(await grantsOf('posts')).toEqual(expect.arrayContaining(['AUDITOR:VIEW', 'AUDITOR:PUT'])),
    );
    expect(await grantsOf('v1.0')).toEqual(expect.arrayContaining(['AUDITOR:VIEW', 'AUDITOR:PUT']));
    expect(await cell('AUDITOR – VIEW: Granted')).toBeInTheDocument();
  });

  it('keeps a change staged with the vendor message when the save fails', async () => {
    env = await emulatorPage();
    env.render(<ResourcesPage />, 'resources/comments');
    await userEvent.click(await screen.findByRole('gridcell', { name: 'AUDITOR – GET: Not granted' }));
    // The role disappears behind the page's back: ROLE refuses the grant with 11001.
    await env.call('DELETE', '/roles/AUDITOR');
    await userEvent.click(screen.getByRole('button', { name: /^Save/ }));
    expect(
      await screen.findByRole('gridcell', {
        name: /^AUDITOR – GET: Granted \(unsaved\)\. Failed: .*Role not found/,
      }),
    ).toBeInTheDocument();
  });

  it('lists grants a parent lacks and fills the gap with one propagated grant', async () => {
    env = await emulatorPage();
    env.render(<ResourcesPage />, 'resources/posts');
    const section = await screen.findByRole('region', { name: 'Propagation to parents' });
    const fill = await within(section).findByRole('button', {
      name: 'Grant BOARD_VIEWER GET on the parents',
    });
    expect(fill.closest('tr')).toHaveTextContent('board, v1.0, {boardId}');
    await userEvent.click(fill);
    await waitFor(() =>
      expect(within(section).queryByRole('button', { name: /BOARD_VIEWER GET/ })).not.toBeInTheDocument(),
    );
    for (const id of ['board', 'v1.0', '{boardId}']) expect(await grantsOf(id)).toContain('BOARD_VIEWER:GET');
    const posts = env.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/authorizations'));
    expect(posts).toHaveLength(1);
    expect(posts[0]?.path).toContain('/resources/{boardId}/authorizations');
    expect(
      within(section).getByRole('button', { name: 'Grant BOARD_EDITOR POST on the parents' }),
    ).toBeInTheDocument();
  });
});

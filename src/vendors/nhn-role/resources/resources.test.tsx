import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as CodeEditorModule from '@/components/code-editor';
import ResourcesPage from '../pages/resources-page';
import { emulatorPage } from '../testing/emulator-page';

// Monaco does not run in jsdom; a textarea stands in with the same props.
vi.mock('@/components/code-editor', async (importOriginal) => {
  const real = await importOriginal<typeof CodeEditorModule>();
  return {
    ...real,
    CodeEditor: (props: { label: string; value: string; onChange?: (v: string) => void }) => (
      <textarea
        aria-label={props.label}
        value={props.value}
        onChange={(e) => props.onChange?.(e.target.value)}
      />
    ),
  };
});

let env: Awaited<ReturnType<typeof emulatorPage>> | undefined;
afterEach(() => env?.close());

type Res = { resourceId: string; uiPath: string; path: string; metadata: string | null };
const resource = async (id: string) =>
  (await env?.call('GET', `/resources/${encodeURIComponent(id)}`)) as {
    header: { isSuccessful: boolean };
    resource?: Res;
  };
const grantsOf = async (id: string) =>
  (
    (await env?.call('GET', `/resources/${encodeURIComponent(id)}/authorizations`)) as unknown as {
      authorizations: { roleId: string; operationId: string }[];
    }
  ).authorizations.map((a) => `${a.roleId}:${a.operationId}`);
const node = (name: string) => screen.getByRole('treeitem', { name: new RegExp(`^${name} `) });

describe('ROLE resources tree', () => {
  it('walks the tree with the keyboard and opens a node with Enter at its own URL', async () => {
    env = await emulatorPage();
    const { router } = env.render(<ResourcesPage />, 'resources');
    await screen.findByRole('tree', { name: 'Resource tree' });
    expect(node('board')).toHaveAttribute('aria-expanded', 'true');
    node('board').focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(node('v1.0')).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(node('v1.0')).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{ArrowLeft}');
    expect(node('board')).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(node('board')).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    expect(await screen.findByRole('heading', { name: 'v1.0', level: 2 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/c/c1/resources/v1.0');
    expect(node('v1.0')).toHaveAttribute('aria-selected', 'true');
  });

  it('adds a resource under the selected node, checking the rules first and keeping values on a refusal', async () => {
    env = await emulatorPage();
    env.render(<ResourcesPage />, 'resources/admin');
    await userEvent.click(await screen.findByRole('button', { name: 'Add sub-resource' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a resource under admin' });
    const field = (name: RegExp | string) => within(dialog).getByLabelText(name);
    await userEvent.type(field(/Resource ID/), '-bad');
    await userEvent.type(field(/^Name/), 'a/b');
    await userEvent.clear(field(/^Path/));
    await userEvent.type(field(/^Path/), 'admin/users');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add resource' }));
    expect(await within(dialog).findAllByText(/starting and ending with a letter or digit/)).not.toHaveLength(
      0,
    );
    expect(within(dialog).getAllByText('A / is not allowed here.')).not.toHaveLength(0);
    expect(within(dialog).getAllByText('The path must start with /.')).not.toHaveLength(0);
    expect(env.calls.some((c) => c.method === 'POST' && c.path.endsWith('/resources'))).toBe(false);

    // A path another resource already has: ROLE refuses with 10003, shown at the Path field.
    await userEvent.clear(field(/Resource ID/));
    await userEvent.type(field(/Resource ID/), 'users');
    await userEvent.clear(field(/^Name/));
    await userEvent.type(field(/^Name/), 'users');
    await userEvent.clear(field(/^Path/));
    await userEvent.type(field(/^Path/), '/admin/settings');
    await userEvent.type(field('Metadata'), '{{"icon":"user"}');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add resource' }));
    await waitFor(() => expect(field(/^Path/)).toHaveAccessibleDescription(/Duplicate resource path/));
    expect(field(/^Path/)).toHaveValue('/admin/settings');
    expect(field('Metadata')).toHaveValue('{"icon":"user"}');
    expect(within(dialog).getByText(/15 of 65,536 characters/)).toBeInTheDocument();

    await userEvent.clear(field(/^Path/));
    await userEvent.type(field(/^Path/), '/admin/users/{{userId}');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add resource' }));
    expect(await screen.findByRole('heading', { name: 'users', level: 2 })).toBeInTheDocument();
    expect((await resource('users')).resource).toMatchObject({
      uiPath: '/admin/users',
      path: '/admin/users/{userId}',
      metadata: '{"icon":"user"}',
    });
  });

  it('moves a node under another parent, refusing its own subtree before any call', async () => {
    env = await emulatorPage();
    env.render(<ResourcesPage />, 'resources/v1.0');
    await userEvent.click(await screen.findByRole('button', { name: 'Move to…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move v1.0' });
    const picker = within(dialog).getByLabelText('New parent');
    await userEvent.selectOptions(picker, 'posts');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/cannot move under itself/);
    expect(env.calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.selectOptions(picker, 'admin');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Move v1.0' })).not.toBeInTheDocument());
    expect((await resource('v1.0')).resource?.uiPath).toBe('/admin/v1.0');
    expect((await resource('{postId}')).resource?.uiPath).toBe('/admin/v1.0/{boardId}/posts/{postId}');
    await waitFor(() =>
      expect(within(node('admin')).getByRole('treeitem', { name: /^v1\.0 / })).toBeVisible(),
    );
  });

  it('deletes a node with the sub-resources the confirmation names', async () => {
    env = await emulatorPage();
    env.render(<ResourcesPage />, 'resources/posts');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete posts?' });
    expect(within(dialog).getByText('/board/v1.0/{boardId}/posts/{postId}')).toBeInTheDocument();
    expect(within(dialog).getByText('/board/v1.0/{boardId}/posts/{postId}/comments')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByRole('textbox'), 'posts');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete resource' }));
    expect(await screen.findByRole('heading', { name: '{boardId}', level: 2 })).toBeInTheDocument();
    for (const id of ['posts', '{postId}', 'comments'])
      expect((await resource(id)).header.isSuccessful).toBe(false);
    expect((await resource('{boardId}')).header.isSuccessful).toBe(true);
  });
});

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

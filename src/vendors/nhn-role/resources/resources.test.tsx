import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
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

  it('shows the vendor refusing a move onto a taken UI path, in the dialog', async () => {
    env = await emulatorPage();
    await env.call('POST', '/resources', {
      resourceId: 'board-settings',
      path: '/board/settings',
      uiPath: '/board/settings',
      priority: 5,
    });
    env.render(<ResourcesPage />, 'resources/settings');
    await userEvent.click(await screen.findByRole('button', { name: 'Move to…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move settings' });
    await userEvent.selectOptions(within(dialog).getByLabelText('New parent'), 'board');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Duplicate resource UI path/);
    expect((await resource('settings')).resource?.uiPath).toBe('/admin/settings');
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

  it('keeps an ID outside the rule when unchanged, and renames with the grants following', async () => {
    env = await emulatorPage();
    const { router } = env.render(<ResourcesPage />, 'resources/{boardId}');
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    let dialog = await screen.findByRole('dialog', { name: 'Edit {boardId}' });
    await userEvent.type(within(dialog).getByLabelText('Description'), ' of one board');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await resource('{boardId}')).resource).toMatchObject({ uiPath: '/board/v1.0/{boardId}' });

    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    dialog = await screen.findByRole('dialog', { name: 'Edit {boardId}' });
    const id = within(dialog).getByLabelText(/Resource ID/);
    await userEvent.clear(id);
    await userEvent.type(id, 'board.one');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findAllByText(/starting and ending with a letter or digit/)).not.toHaveLength(
      0,
    );
    await userEvent.clear(id);
    await userEvent.type(id, 'board-one');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/c/c1/resources/board-one'));
    expect((await resource('{boardId}')).header.isSuccessful).toBe(false);
    expect(await screen.findByRole('gridcell', { name: 'MEMBER – GET: Granted' })).toBeInTheDocument();
  });

  it('filters the tree by name or path, keeping each match under its parents, in the URL', async () => {
    env = await emulatorPage();
    const { router } = env.render(<ResourcesPage />, 'resources');
    await userEvent.type(await screen.findByLabelText('Filter the tree'), 'audit');
    expect(node('audit log')).toBeInTheDocument();
    expect(node('admin')).toBeInTheDocument();
    expect(screen.queryByRole('treeitem', { name: /^settings / })).not.toBeInTheDocument();
    expect(screen.queryByRole('treeitem', { name: /^board / })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=audit');
    await userEvent.click(node('audit log'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/c/c1/resources/audit-log'));
    expect(router.state.location.search).toBe('?q=audit');
    await userEvent.type(screen.getByLabelText('Filter the tree'), 'zzz');
    expect(screen.getByText('No resource matches.')).toBeInTheDocument();
  });

  it('shows an empty tenant, and a failed tree read with a retry', async () => {
    env = await emulatorPage({ seed: false });
    env.render(<ResourcesPage />, 'resources');
    expect(await screen.findByText('No resources yet')).toBeInTheDocument();
    cleanup();
    env.close();

    env = await emulatorPage();
    const real = globalThis.fetch;
    let fail = true;
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) =>
      fail && input.includes('/hierarchy/search')
        ? Promise.resolve(
            Response.json({
              header: { isSuccessful: false, resultCode: 500, resultMessage: 'Server problem' },
            }),
          )
        : real(input, init),
    );
    env.render(<ResourcesPage />, 'resources');
    expect(await screen.findByText(/Server problem/)).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: /Retry|Try again/ }));
    expect(await screen.findByRole('tree', { name: 'Resource tree' })).toBeInTheDocument();
  });

  it('previews a user’s menu from ROLE’s filtered hierarchy, with the preview in the URL', async () => {
    env = await emulatorPage();
    const { router } = env.render(<ResourcesPage />, 'resources');
    await userEvent.click(await screen.findByText('Preview a user’s menu'));
    await userEvent.type(screen.getByLabelText('User ID'), '12345678-1234-5678-1234-567812345678');
    await userEvent.selectOptions(await screen.findByLabelText('Operation'), 'VIEW');
    await userEvent.click(screen.getByRole('button', { name: 'Show menu' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Menu of 12345678-1234-5678-1234-567812345678 for VIEW in scope ALL',
    );
    // MEMBER's VIEW on {boardId} was propagated to its parents; nothing else is VIEW for MEMBER.
    expect(node('{boardId}')).toBeInTheDocument();
    expect(node('board')).toBeInTheDocument();
    expect(screen.queryByRole('treeitem', { name: /^admin / })).not.toBeInTheDocument();
    expect(screen.queryByRole('treeitem', { name: /^posts / })).not.toBeInTheDocument();
    expect(router.state.location.search).toContain('menuOp=VIEW');
    expect(env.calls.filter((c) => c.path.endsWith('/hierarchy/search')).at(-1)?.body).toEqual({
      userIds: ['12345678-1234-5678-1234-567812345678'],
      operationIds: ['VIEW'],
      scopeIds: ['ALL'],
    });

    await userEvent.click(screen.getByRole('button', { name: 'Show the whole tree' }));
    expect(await screen.findByRole('treeitem', { name: /^admin / })).toBeInTheDocument();
    expect(router.state.location.search).not.toContain('menuOp');
  });
});

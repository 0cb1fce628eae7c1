import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import GroupsPage from '../pages/groups-page';
import { fakeCip, gonzalez, ok, renderCip } from '../testing/render-cip';

beforeAll(installDialogPolyfill);
afterEach(() => vi.unstubAllGlobals());

const list = (entries: unknown[]) => ({ body: { status: 'success', total_count: entries.length, entries } });
const sanders = { uid: 'gsanders', gtwayUUID: 'f3acac82', cn: 'Gary Sanders' };

describe('groups', () => {
  it('creates a group with members typed as user names, sent as repeated member keys', async () => {
    const calls = fakeCip(({ method, path, query }) => {
      if (path === '/groups/names') return list([]);
      if (path === '/users') {
        const uid = query.get('uid');
        return list([gonzalez, sanders].filter((u) => u.uid === uid));
      }
      if (method === 'POST' && path === '/groups/Team') return ok;
      if (path === '/groups/Team/members') return list([]);
      return undefined;
    });
    const { router } = renderCip(<GroupsPage />, 'groups');
    expect(await screen.findByText('No groups yet')).toBeInTheDocument();
    const [createButton] = screen.getAllByRole('button', { name: 'Create group' });
    if (!createButton) throw new Error('a Create group button is expected');
    await userEvent.click(createButton);
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/Group name/), 'Team');
    await userEvent.type(within(dialog).getByLabelText(/^Members/), 'ggonzalez nobody');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create group' }));
    expect(await within(dialog).findByText('No user has the name: nobody')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.clear(within(dialog).getByLabelText(/^Members/));
    await userEvent.type(within(dialog).getByLabelText(/^Members/), 'ggonzalez, gsanders');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create group' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/c/c1/groups/Team'));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.form?.getAll('member')).toEqual([gonzalez.gtwayUUID, sanders.gtwayUUID]);
  });

  it('resolves member UUIDs to users and removes several with one DELETE carrying a body', async () => {
    const calls = fakeCip(({ method, path, query }) => {
      if (method === 'GET' && path === '/groups/Team/members')
        return list([gonzalez.gtwayUUID, sanders.gtwayUUID]);
      if (path === '/users')
        return list([gonzalez, sanders].filter((u) => u.gtwayUUID === query.get('gtwayUUID')));
      if (method === 'DELETE' && path === '/groups/Team/members') return ok;
      return undefined;
    });
    renderCip(<GroupsPage />, 'groups/Team');
    expect(await screen.findByRole('link', { name: 'gsanders' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select ggonzalez' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select gsanders' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove 2 selected' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    const del = calls.find((c) => c.method === 'DELETE');
    expect(del?.form?.getAll('member')).toEqual([gonzalez.gtwayUUID, sanders.gtwayUUID]);
  });
});

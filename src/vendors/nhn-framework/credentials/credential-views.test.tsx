import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import AccessKeysPage from '../pages/access-keys-page';
import ProjectsPage from '../pages/projects-page';
import { failure, fakeNhn, ok, orgMember, paging, project, renderNhn } from '../testing/render-nhn';
import { giveTablesLayout } from '@/components/data-table/testing/table-layout';

let undoLayout: () => void = () => undefined;
beforeAll(() => {
  installDialogPolyfill();
  undoLayout = giveTablesLayout();
});
afterAll(() => undoLayout());
afterEach(() => vi.unstubAllGlobals());

const token = (tokenId: number, status: 'ACTIVE' | 'EXPIRED') => ({
  tokenId,
  accessToken: `tok${String(tokenId)}****`,
  status,
  regDatetime: '2026-03-02T09:00:00.000Z',
  expireDatetime: '2026-03-03T09:00:00.000Z',
  lastAccessDatetime: null,
});

describe('tokens of an own key', () => {
  it('lists tokens with their expiry and expires only the selected ones, noting the own key', async () => {
    const calls = fakeNhn(({ method, path, query }) => {
      if (method === 'GET' && path === '/v1/authentications/user-access-keys/OWNKEY/tokens')
        return {
          body: ok({
            tokens: query.get('status') === 'EXPIRED' ? [] : [token(7, 'ACTIVE'), token(6, 'ACTIVE')],
            totalItems: 2,
          }),
        };
      if (method === 'DELETE' && path === '/v1/authentications/user-access-keys/OWNKEY/tokens')
        return { body: ok() };
      return undefined;
    });
    renderNhn(<AccessKeysPage />, 'access-keys/OWNKEY/tokens');
    expect(await screen.findByRole('heading', { name: 'Tokens of OWNKEY', level: 1 })).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select tok7****' }));
    await userEvent.click(screen.getByRole('button', { name: 'Expire 1 selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Expire 1 token?' });
    expect(within(dialog).getByText(/signs in again by itself/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Expire' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    expect(calls.find((c) => c.method === 'DELETE')?.body).toEqual({ tokenIds: [7] });
  });
});

describe('project AppKeys', () => {
  const appKey = (key: string) => ({
    authId: `a-${key}`,
    appKey: key,
    authStatus: 'STABLE',
    projectId: 'P0000001',
    regDatetime: '2026-03-02T09:00:00.000Z',
    lastUsedDatetime: null,
  });

  function api(keys: unknown[], add?: () => unknown) {
    return fakeNhn(({ method, path }) => {
      if (method === 'GET' && path === '/v1/organizations/ORG1/projects')
        return { body: ok({ paging: paging(1), projectList: [project('P0000001', 'Live Ops')] }) };
      if (method === 'GET' && path === '/v1/authentications/projects/P0000001/project-appkeys')
        return { body: ok({ authenticationList: keys }) };
      if (method === 'POST' && path === '/v1/authentications/projects/P0000001/project-appkeys' && add)
        return { body: add() };
      if (method === 'DELETE' && path.startsWith('/v1/authentications/projects/P0000001/project-appkeys/'))
        return { body: ok() };
      return undefined;
    });
  }

  it('registers an AppKey with an alias and keeps what was typed when NHN Cloud refuses', async () => {
    let answer: unknown = failure(30015, 'Project AppKey limit exceeded');
    const calls = api([appKey('APPKEY00000000000001')], () => answer);
    renderNhn(<ProjectsPage />, 'projects/P0000001/app-keys');
    expect(await screen.findByText('APPKEY00000000000001')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Register AppKey' }));
    const form = await screen.findByRole('dialog', { name: 'Register AppKey' });
    await userEvent.type(within(form).getByLabelText(/Alias/), 'batch jobs');
    await userEvent.click(within(form).getByRole('button', { name: 'Register AppKey' }));
    expect(await within(form).findByText(/limit exceeded/)).toBeInTheDocument();
    expect(within(form).getByLabelText(/Alias/)).toHaveValue('batch jobs');
    answer = ok({ authentication: { authId: 'a2', appKey: 'APPKEY00000000000002' } });
    await userEvent.click(within(form).getByRole('button', { name: 'Register AppKey' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.filter((c) => c.method === 'POST').at(-1)?.body).toEqual({ appkeyAlias: 'batch jobs' });
  });

  it('disables registering at three keys and deletes one after typing its key', async () => {
    const calls = api([appKey('K1'), appKey('K2'), appKey('K3')]);
    renderNhn(<ProjectsPage />, 'projects/P0000001/app-keys');
    expect(await screen.findByText(/at most three/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Register AppKey' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Delete K2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete AppKey K2?' });
    await userEvent.type(within(dialog).getByRole('textbox'), 'K2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'DELETE' && c.path.endsWith('/project-appkeys/K2'))).toBe(true),
    );
  });
});

describe("members' credentials", () => {
  it('loads every page, names the owners and flags keys older than 90 days', async () => {
    const old = new Date(Date.now() - 200 * 86_400_000).toISOString();
    const fresh = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const credential = (n: number, uuid: string, regDatetime: string) => ({
      authId: `auth${String(n)}****`,
      uuid,
      userAccessKeyID: `KEY${String(n)}****`,
      secretAccessKey: '',
      authStatus: 'STABLE',
      tokenExpiryPeriod: 86400,
      regDatetime,
    });
    const calls = fakeNhn(({ method, path, query }) => {
      if (method === 'GET' && path === '/v1/authentications/organizations/ORG1/user-access-keys') {
        const page = Number(query.get('page'));
        // 150 credentials in pages of 100: the second page holds the owner without a membership.
        return {
          body: ok({
            paging: { page, limit: 100, totalCount: 150 },
            authenticationList: page === 1 ? [credential(1, 'u1', old)] : [credential(2, 'u-gone', fresh)],
          }),
        };
      }
      if (method === 'POST' && path === '/v1/organizations/ORG1/members/search')
        return { body: ok({ paging: paging(1), orgMembers: [orgMember('u1', 'Mina')] }) };
      return undefined;
    });
    renderNhn(<AccessKeysPage />, 'access-keys/members');
    expect(await screen.findByText('Mina (Mi***@example.com)')).toBeInTheDocument();
    expect(screen.getByText(/Not an organization member: u-gone/)).toBeInTheDocument();
    expect(screen.getByText('200 days')).toHaveClass('nhn-flag');
    expect(screen.getByText('3 days')).not.toHaveClass('nhn-flag');
    const pages = calls.filter((c) => c.path.endsWith('/user-access-keys')).map((c) => c.query.get('page'));
    expect(pages.sort()).toEqual(['1', '2']);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import ProjectsPage from '../pages/projects-page';
import MembersPage from '../pages/members-page';
import {
  failure,
  fakeNhn,
  ok,
  orgMember,
  paging,
  project,
  projectMember,
  renderNhn,
  type NhnCall,
} from '../testing/render-nhn';
import { giveTablesLayout } from '@/components/data-table/testing/table-layout';

let undoLayout: () => void = () => undefined;
beforeAll(() => {
  installDialogPolyfill();
  undoLayout = giveTablesLayout();
});
afterAll(() => undoLayout());
afterEach(() => vi.unstubAllGlobals());

const live = project('P0000001', 'Live Ops');
const catalogue = ok({
  productUiList: [
    {
      productUiName: 'Compute',
      children: [
        { productUiName: 'Instance', productId: 'PRD00001' },
        { productUiName: 'SMS', productId: 'PRD00002' },
      ],
    },
  ],
});

function projectsApi(extra?: (call: NhnCall) => { status?: number; body: unknown } | undefined) {
  return fakeNhn((call) => {
    const own = extra?.(call);
    if (own) return own;
    const { method, path } = call;
    if (method === 'GET' && path === '/v1/organizations/ORG1/projects')
      return { body: ok({ paging: paging(1), projectList: [live] }) };
    if (method === 'POST' && path === '/v1/projects/P0000001/members/search')
      return {
        body: ok({
          paging: paging(2),
          projectMembers: [projectMember('u1', 'Mina Sato'), projectMember('u2', 'Joon Park')],
        }),
      };
    if (method === 'GET' && path === '/v1/product-uis/hierarchy') return { body: catalogue };
    if (method === 'GET' && path === '/v1/projects/P0000001/products/PRD00001')
      return {
        body: ok({
          hasUpdateSecretKeyPermission: true,
          product: {
            appKey: 'APPKEY0001',
            productId: 'PRD00001',
            productName: 'Instance',
            productStatusCode: 'STABLE',
            projectId: 'P0000001',
            relationDate: '2026-03-02T09:00:00.000+00:00',
            statusCode: 'STABLE',
            secretKey: 'SECRET99',
          },
        }),
      };
    return undefined;
  });
}

describe('projects', () => {
  it('lists projects and opens one on its members tab, a linkable URL', async () => {
    projectsApi();
    const { router } = renderNhn(<ProjectsPage />, 'projects');
    expect(await screen.findByRole('link', { name: 'Live Ops' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Live Ops' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/c/c1/projects/P0000001/members'));
    expect(await screen.findByText('Mina Sato')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Live Ops' })).toBeInTheDocument();
  });

  it('shows the services in use, looked up per catalogue product, without caching service secrets', async () => {
    projectsApi();
    const { qc } = renderNhn(<ProjectsPage />, 'projects/P0000001/services');
    expect(await screen.findByText('APPKEY0001')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Instance' })).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: 'SMS' })).not.toBeInTheDocument();
    expect(
      JSON.stringify(
        qc
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
      ),
    ).not.toContain('SECRET99');
  });

  it('turns a service on with its secret shown once, and off after a confirmation that shows a refusal', async () => {
    let smsOn = false;
    const calls = projectsApi(({ method, path }) => {
      if (method === 'POST' && path === '/v1/projects/P0000001/products/PRD00002/enable') {
        smsOn = true;
        return { body: ok({ appKey: 'APPKEY0002', secretKey: 'NEWSECRET7' }) };
      }
      if (method === 'DELETE' && path === '/v1/projects/P0000001/products/PRD00001/disable')
        return { body: failure(40057, 'Turn off the sub-services first.') };
      if (method === 'GET' && path === '/v1/projects/P0000001/products/PRD00002' && smsOn)
        return {
          body: ok({
            hasUpdateSecretKeyPermission: true,
            product: {
              appKey: 'APPKEY0002',
              secretKey: 'NEWSECRET7',
              productId: 'PRD00002',
              productName: 'SMS',
              productStatusCode: 'STABLE',
              projectId: 'P0000001',
              relationDate: '2026-03-02T09:00:00.000+00:00',
              statusCode: 'STABLE',
            },
          }),
        };
      return undefined;
    });
    const { qc } = renderNhn(<ProjectsPage />, 'projects/P0000001/services');
    await screen.findByRole('option', { name: /SMS/ });
    // Only services not in use are offered.
    expect(screen.queryByRole('option', { name: /Instance/ })).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Service to turn on'), 'PRD00002');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    const shown = await screen.findByRole('dialog', { name: 'SMS: secret key' });
    expect(within(shown).queryByText('NEWSECRET7')).not.toBeInTheDocument();
    await userEvent.click(within(shown).getByRole('button', { name: 'Reveal' }));
    expect(within(shown).getByText('NEWSECRET7')).toBeInTheDocument();
    expect(within(shown).getByText(/APPKEY0002/)).toBeInTheDocument();
    await userEvent.click(within(shown).getByLabelText('I have stored it in a safe place'));
    await userEvent.click(within(shown).getByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('rowheader', { name: 'SMS' })).toBeInTheDocument();
    const cached = [...qc.getQueryCache().getAll(), ...qc.getMutationCache().getAll()].map(
      (q) => q.state.data,
    );
    expect(JSON.stringify(cached)).not.toContain('NEWSECRET7');

    await userEvent.click(screen.getByRole('button', { name: 'Turn off: Instance' }));
    const confirm = await screen.findByRole('dialog', { name: 'Turn off Instance?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Turn off' }));
    expect(await within(confirm).findByText(/Turn off the sub-services first/)).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'DELETE' && c.path.endsWith('/PRD00001/disable'))).toBe(true);
  });

  it('creates a project and surfaces the vendor refusal on failure', async () => {
    let created = false;
    const calls = projectsApi(({ method, path, body }) => {
      if (method !== 'POST' || path !== '/v1/organizations/ORG1/projects') return undefined;
      if ((body as { projectName: string }).projectName === 'Full')
        return { body: failure(12401, 'Project limit reached.') };
      created = true;
      return {
        body: ok({ project: { ...project('P0000009', 'Tools'), ownerId: 'u1' } }),
      };
    });
    const { router } = renderNhn(<ProjectsPage />, 'projects');
    await userEvent.click(await screen.findByRole('button', { name: 'Add project' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add project' });
    await userEvent.type(within(dialog).getByLabelText(/Project name/), 'Full');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText(/Project limit reached/)).toBeInTheDocument();

    await userEvent.clear(within(dialog).getByLabelText(/Project name/));
    await userEvent.type(within(dialog).getByLabelText(/Project name/), 'Tools');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(router.state.location.pathname).toContain('/projects/P0000009'));
    expect(created).toBe(true);
    expect(calls.find((c) => c.method === 'POST' && c.path.endsWith('/projects'))?.body).toEqual({
      projectName: 'Full',
    });
  });

  it('deletes only after the name is typed, listing the members and services that go with it', async () => {
    const calls = projectsApi(({ method, path }) =>
      method === 'DELETE' && path === '/v1/projects/P0000001' ? { body: ok() } : undefined,
    );
    const { router } = renderNhn(<ProjectsPage />, 'projects/P0000001/members');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete project' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('Members who lose access (2)')).toBeInTheDocument();
    expect(within(dialog).getByText(/Joon Park/)).toBeInTheDocument();
    expect(await within(dialog).findByText('Services in use (1)')).toBeInTheDocument();
    const confirm = within(dialog).getByRole('button', { name: 'Delete project' });
    expect(confirm).toBeDisabled();
    await userEvent.type(within(dialog).getByRole('textbox'), 'Live Ops');
    await userEvent.click(confirm);
    await waitFor(() => expect(router.state.location.pathname).toBe('/c/c1/projects'));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true);
  });
});

describe('org members', () => {
  it('pages on the server and filters by status, keeping both in the URL', async () => {
    const calls = fakeNhn(({ method, path, body }) => {
      if (method !== 'POST' || path !== '/v1/organizations/ORG1/members/search') return undefined;
      const b = body as { paging: { page: number }; memberStatusCodes?: string[] };
      if (b.memberStatusCodes?.[0] === 'INVITED')
        return {
          body: ok({
            paging: paging(1),
            orgMembers: [orgMember('u9', 'Invitee', { memberUuid: undefined, inviteStatusCode: 'WAIT' })],
          }),
        };
      return { body: ok({ paging: paging(30), orgMembers: [orgMember('u1', 'Owner')] }) };
    });
    const { router } = renderNhn(<MembersPage />, 'members');
    expect(await screen.findByText('Owner')).toBeInTheDocument();
    expect(calls[0]?.body).toEqual({ paging: { page: 1, limit: 25 } });
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'INVITED');
    expect(await screen.findByText('Invitee')).toBeInTheDocument();
    expect(calls.at(-1)?.body).toEqual({ paging: { page: 1, limit: 25 }, memberStatusCodes: ['INVITED'] });
    expect(router.state.location.search).toContain('INVITED');
  });
});

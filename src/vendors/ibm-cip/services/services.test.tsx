import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import ServicesPage from '../pages/services-page';
import { fakeCip, gonzalez, ok, renderCip, type CipCall } from '../testing/render-cip';

beforeAll(installDialogPolyfill);
afterEach(() => vi.unstubAllGlobals());

const list = (entries: unknown[]) => ({ body: { status: 'success', total_count: entries.length, entries } });
const entry = (e: unknown) => ({ body: { status: 'success', entry: e } });
const PARENTS: Record<string, string> = { Service1: '', ChildService1A: 'Service1', Other: '' };

/** A small directory: Service1 ⊃ ChildService1A; Other contains nothing; Service1 has one member. */
function directory(
  extra: (call: CipCall) => { status?: number; body: unknown } | undefined = () => undefined,
) {
  return fakeCip((call) => {
    const { method, path, query } = call;
    const hit = extra(call);
    if (hit) return hit;
    if (method !== 'GET') return undefined;
    if (path === '/services/names') return list(Object.keys(PARENTS));
    const m = /^\/services\/([^/]+)(?:\/(\w+))?$/.exec(path);
    if (m) {
      const [, name = '', rel] = m;
      if (rel === undefined)
        return entry({ cn: name, gtwayOwner: gonzalez.gtwayUUID, gtwayApprovalGracePeriod: '5' });
      if (rel === 'parent') return entry(PARENTS[name] ?? '');
      if (rel === 'children') return list(Object.keys(PARENTS).filter((c) => PARENTS[c] === name));
      if (rel === 'members') return list(name === 'Service1' ? [gonzalez.gtwayUUID] : []);
      return list([]);
    }
    if (path === '/users') {
      const uid = query.get('uid');
      const uuid = query.get('gtwayUUID');
      return list([gonzalez].filter((u) => u.uid === uid || u.gtwayUUID === uuid));
    }
    return undefined;
  });
}

describe('services', () => {
  it('shows the hierarchy as a tree opened down to the chosen service, loading children on expand', async () => {
    const calls = directory();
    renderCip(<ServicesPage />, 'services/ChildService1A');
    const tree = await screen.findByRole('tree', { name: 'Service hierarchy' });
    const child = await within(tree).findByRole('treeitem', { name: 'ChildService1A' });
    expect(child).toHaveAttribute('aria-selected', 'true');
    expect(child).toHaveAttribute('aria-level', '2');
    expect(within(tree).getByRole('treeitem', { name: 'Service1' })).toHaveAttribute('aria-expanded', 'true');
    // Other has no children in the parent map, so it has no expander and its children are never asked for.
    expect(within(tree).getByRole('treeitem', { name: 'Other' })).not.toHaveAttribute('aria-expanded');
    expect(calls.some((c) => c.path === '/services/Other/children')).toBe(false);
    expect(screen.getByRole('heading', { name: 'ChildService1A', level: 2 })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Service1' })).toBeInTheDocument();
  });

  it('adds a child by path and refuses a loop or an unknown name before any call', async () => {
    const user = userEvent.setup();
    const calls = directory(({ method }) => (method === 'PUT' || method === 'POST' ? ok : undefined));
    renderCip(<ServicesPage />, 'services/ChildService1A/relations');
    const add = await screen.findByRole('form', { name: 'Add children' });
    const box = within(add).getByLabelText('Add children');
    await user.type(box, 'service1');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(await within(add).findByText(/would close a loop/)).toBeInTheDocument();
    expect(calls.some((c) => c.method !== 'GET')).toBe(false);

    await user.clear(box);
    await user.type(box, 'other');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.path).toBe('/services/ChildService1A/children/Other');

    await user.type(box, 'Other, Service9');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(await within(add).findByText('No service has the name: Service9')).toBeInTheDocument();
  });

  it('adds contained services with the chosen approval process in the query', async () => {
    const user = userEvent.setup();
    const calls = directory(({ method }) => (method === 'PUT' ? ok : undefined));
    renderCip(<ServicesPage />, 'services/Service1');
    const add = await screen.findByRole('form', { name: 'Add contained services' });
    await user.type(within(add).getByLabelText('Add contained services'), 'Other\nChildService1A');
    await user.selectOptions(within(add).getByLabelText('Approval process'), 'AUTO_APPROVE_ALL');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe('/services/Service1/contained');
    expect(put?.query.get('approvalProcess')).toBe('AUTO_APPROVE_ALL');
    expect(put?.form?.getAll('containedService')).toEqual(['Other', 'ChildService1A']);
  });

  it('lists what hangs off a service before deleting it', async () => {
    const user = userEvent.setup();
    const calls = directory(({ method }) => (method === 'DELETE' ? ok : undefined));
    const { router } = renderCip(<ServicesPage />, 'services/Service1');
    await screen.findByRole('heading', { name: 'Service1', level: 2 });
    await user.click(await screen.findByRole('button', { name: 'Delete service' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('1 child service: ChildService1A')).toBeInTheDocument();
    expect(within(dialog).getByText('1 member')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox'), 'Service1');
    await user.click(within(dialog).getByRole('button', { name: 'Delete service' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/c/c1/services'));
    expect(calls.find((c) => c.method === 'DELETE')?.path).toBe('/services/Service1');
  });

  it('adds manual members as an administrator and sends only changed attributes', async () => {
    const user = userEvent.setup();
    const calls = directory(({ method }) => (method === 'PUT' ? ok : undefined));
    renderCip(<ServicesPage />, 'services/Other/members');
    const add = await screen.findByRole('form', { name: 'Add members' });
    await user.type(within(add).getByLabelText('Add members'), 'ggonzalez');
    await user.click(within(add).getByLabelText(/^Manual/));
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.form?.getAll('manualMember')).toEqual([gonzalez.gtwayUUID]);
    expect(put?.form?.has('member')).toBe(false);
    expect(put?.form?.get('gma_adminRequest')).toBe('true');

    await user.click(screen.getByRole('link', { name: 'Attributes' }));
    expect(await screen.findByText('User ggonzalez')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Owner approves policy-driven additions'));
    const grace = screen.getByLabelText('Approval grace period');
    await user.clear(grace);
    await user.type(grace, 'x');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('Enter a whole number of days (0 or more).')).not.toHaveLength(0);
    await user.clear(grace);
    await user.type(grace, '7');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    const save = calls.filter((c) => c.method === 'PUT')[1];
    expect(save?.path).toBe('/services/Other');
    expect(Object.fromEntries(save?.form ?? [])).toEqual({
      gtwayOwnerApproval: 'TRUE',
      gtwayApprovalGracePeriod: '7',
    });
  });
});

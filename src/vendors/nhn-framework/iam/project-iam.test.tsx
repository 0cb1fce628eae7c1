import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import ProjectsPage from '../pages/projects-page';
import { fakeNhn, ok, paging, project, renderNhn } from '../testing/render-nhn';
import { giveTablesLayout } from '@/components/data-table/testing/table-layout';

let undoLayout: () => void = () => undefined;
beforeAll(() => {
  installDialogPolyfill();
  undoLayout = giveTablesLayout();
});
afterAll(() => undoLayout());
afterEach(() => vi.unstubAllGlobals());

const role = (roleId: string) => ({
  roleId,
  roleName: roleId,
  description: '',
  categoryKey: 'ProjectRole',
  categoryTypeCode: 'ROLE',
  roleCategory: 'PROJECT_ROLE',
});
const account = (uuid: string, id: string) => ({ uuid, id, memberName: id, maskingEmail: `${id}@x` });

function api() {
  return fakeNhn(({ method, path }) => {
    if (method === 'GET' && path === '/v1/organizations/ORG1/projects')
      return { body: ok({ paging: paging(1), projectList: [project('P0000001', 'Live Ops')] }) };
    if (method === 'GET' && path === '/v1/iam/projects/P0000001/members')
      return {
        body: ok({ paging: paging(2), projectMembers: [account('u1', 'mina'), account('u2', 'joon')] }),
      };
    if (method === 'GET' && path === '/v1/projects/P0000001/roles')
      return { body: ok({ roles: [role('ADMIN'), role('MEMBER')], totalCount: 2 }) };
    if (method === 'GET' && path === '/v1/iam/organizations/ORG1/members')
      return {
        body: ok({
          paging: paging(1),
          orgMembers: [
            {
              id: 'u9',
              userCode: 'sora',
              name: 'Sora',
              emailAddress: 's@x',
              status: 'member',
              organizationId: 'ORG1',
            },
          ],
        }),
      };
    if (method === 'GET' && path === '/v1/iam/projects/P0000001/members/u1')
      return {
        body: ok({
          projectMember: {
            ...account('u1', 'mina'),
            roles: [
              {
                roleId: 'MEMBER',
                roleName: 'MEMBER',
                categoryKey: 'ProjectRole',
                categoryTypeCode: 'ROLE',
                roleApplyPolicyCode: 'ALLOW',
                regDateTime: '2026-03-02T09:00:00.000+00:00',
              },
            ],
          },
        }),
      };
    if (method !== 'GET') return { body: ok() };
    return undefined;
  });
}

describe('project IAM accounts', () => {
  it('adds an account with roles, changes roles from a fresh read and removes several at once', async () => {
    const calls = api();
    renderNhn(<ProjectsPage />, 'projects/P0000001/iam');
    expect(await screen.findByText('joon', { selector: 'code' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Add IAM account' }));
    const add = await screen.findByRole('dialog', { name: 'Add IAM account' });
    await userEvent.click(within(add).getByRole('button', { name: 'Add IAM account' }));
    expect(within(add).getByRole('alert')).toHaveTextContent('Choose an IAM account.');
    await userEvent.selectOptions(await within(add).findByLabelText('IAM account'), 'u9');
    await userEvent.click(within(add).getByRole('checkbox', { name: 'MEMBER' }));
    await userEvent.click(within(add).getByRole('button', { name: 'Add IAM account' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      memberUuid: 'u9',
      assignRoles: [{ roleId: 'MEMBER' }],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Change roles: mina' }));
    const roles = await screen.findByRole('dialog', { name: 'Roles of mina in this project' });
    expect(within(roles).getByRole('checkbox', { name: 'MEMBER' })).toBeChecked();
    await userEvent.click(within(roles).getByRole('checkbox', { name: 'ADMIN' }));
    await userEvent.click(within(roles).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      assignRoles: [{ roleId: 'MEMBER' }, { roleId: 'ADMIN' }],
    });

    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select mina' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select joon' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove 2 selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove 2 IAM accounts from the project?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    expect(calls.find((c) => c.method === 'DELETE')?.body).toEqual({ memberUuids: ['u1', 'u2'] });
  });
});

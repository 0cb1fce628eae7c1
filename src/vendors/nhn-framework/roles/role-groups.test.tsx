import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import ProjectsPage from '../pages/projects-page';
import RoleGroupsPage from '../pages/role-groups-page';
import { failure, fakeNhn, ok, paging, project, renderNhn, type NhnCall } from '../testing/render-nhn';
import { giveTablesLayout } from '@/components/data-table/testing/table-layout';

let undoLayout: () => void = () => undefined;
beforeAll(() => {
  installDialogPolyfill();
  undoLayout = giveTablesLayout();
});
afterAll(() => undoLayout());
afterEach(() => vi.unstubAllGlobals());

const DATE = '2026-03-02T09:00:00.000+00:00';
const role = (roleId: string, roleName: string) => ({
  roleId,
  roleName,
  description: '',
  categoryKey: 'ProjectRole',
  categoryTypeCode: 'ROLE',
  roleCategory: 'PROJECT_ROLE',
});
const group = (roleGroupId: string, roleGroupName: string, roleGroupType = 'ORG') => ({
  roleGroupId,
  roleGroupName,
  roleGroupType,
  description: 'team',
  regDateTime: DATE,
});

function api(extra?: (call: NhnCall) => { body: unknown } | undefined) {
  return fakeNhn((call) => {
    const own = extra?.(call);
    if (own) return own;
    const { method, path } = call;
    if (method === 'GET' && path === '/v1/organizations/ORG1/projects')
      return { body: ok({ paging: paging(1), projectList: [project('P0000001', 'Live Ops')] }) };
    if (method === 'GET' && path === '/v1/projects/P0000001/roles')
      return {
        body: ok({
          roles: [
            role('ADMIN', 'ADMIN'),
            role('MEMBER', 'MEMBER'),
            { ...role('G1', 'Devs'), categoryTypeCode: 'ROLE_GROUP' },
          ],
          totalCount: 3,
        }),
      };
    if (method === 'GET' && path === '/v1/organizations/ORG1/project-role-groups')
      return {
        body: ok({ paging: paging(2), roleGroups: [group('G1', 'Developers'), group('G2', 'Auditors')] }),
      };
    if (method === 'GET' && path === '/v1/organizations/ORG1/project-role-groups/G2')
      return {
        body: ok({
          roleGroup: {
            ...group('G2', 'Auditors'),
            roles: [
              {
                roleId: 'MEMBER',
                roleName: 'MEMBER',
                categoryKey: 'ProjectRole',
                categoryTypeCode: 'ROLE',
                roleApplyPolicyCode: 'ALLOW',
                regDateTime: DATE,
                conditions: [
                  {
                    attributeId: 'SOURCE_IP',
                    attributeName: 'Source IP',
                    attributeDataTypeCode: 'IPADDRESS',
                    attributeOperatorTypeCode: 'ANY_MATCH',
                    attributeValues: ['10.0.0.0/8'],
                  },
                ],
              },
            ],
          },
        }),
      };
    if (method !== 'GET') return { body: ok() };
    return undefined;
  });
}

describe('project common role groups', () => {
  it('creates a group with chosen roles, one denied, and refuses an empty role list first', async () => {
    const calls = api();
    renderNhn(<RoleGroupsPage />, 'role-groups');
    expect(await screen.findByText('Developers')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create role group' }));
    const form = await screen.findByRole('dialog', { name: 'Create role group' });
    await userEvent.type(within(form).getByLabelText(/^Name/), 'Release');
    await userEvent.click(within(form).getByRole('button', { name: 'Create' }));
    expect(await within(form).findByText('Choose at least one role.')).toBeInTheDocument();
    // Role groups cannot hold role groups: the picker offers roles only.
    expect(within(form).queryByRole('checkbox', { name: /Devs/ })).not.toBeInTheDocument();
    await userEvent.click(await within(form).findByRole('checkbox', { name: /^ADMIN/ }));
    await userEvent.click(within(form).getByRole('checkbox', { name: /^MEMBER/ }));
    await userEvent.selectOptions(within(form).getByLabelText('Apply ADMIN as'), 'DENY');
    await userEvent.click(within(form).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      roleGroupName: 'Release',
      roles: [
        { roleId: 'ADMIN', roleApplyPolicyCode: 'DENY' },
        { roleId: 'MEMBER', roleApplyPolicyCode: 'ALLOW' },
      ],
    });
  });

  it('edits roles keeping the conditions of untouched entries', async () => {
    const calls = api();
    renderNhn(<RoleGroupsPage />, 'role-groups');
    await userEvent.click(await screen.findByRole('button', { name: 'Edit roles: Auditors' }));
    const form = await screen.findByRole('dialog', { name: 'Roles of "Auditors"' });
    expect(within(form).getByText('1 condition kept')).toBeInTheDocument();
    await userEvent.click(await within(form).findByRole('checkbox', { name: /^ADMIN/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe('/v1/organizations/ORG1/project-role-groups/G2/roles');
    expect(put?.body).toEqual({
      roles: [
        {
          roleId: 'MEMBER',
          roleApplyPolicyCode: 'ALLOW',
          conditions: [
            {
              attributeId: 'SOURCE_IP',
              attributeOperatorTypeCode: 'ANY_MATCH',
              attributeValues: ['10.0.0.0/8'],
            },
          ],
        },
        { roleId: 'ADMIN', roleApplyPolicyCode: 'ALLOW' },
      ],
    });
  });

  it('deletes the selected groups and shows a refusal inside the dialog', async () => {
    const calls = api(({ method }) =>
      method === 'DELETE' ? { body: failure(62011, 'Used by a notification group') } : undefined,
    );
    renderNhn(<RoleGroupsPage />, 'role-groups');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select Developers' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Auditors' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete 2 selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 role groups?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Used by a notification group');
    expect(calls.find((c) => c.method === 'DELETE')?.body).toEqual({ roleGroupIds: ['G1', 'G2'] });
  });
});

describe('project role groups', () => {
  it("lists the project's own groups and points to the org's common ones", async () => {
    api(({ method, path }) =>
      method === 'GET' && path === '/v1/projects/P0000001/project-role-groups'
        ? {
            body: ok({
              paging: paging(2),
              roleGroups: [group('G9', 'On-call', 'PROJECT'), group('G1', 'Developers')],
            }),
          }
        : undefined,
    );
    renderNhn(<ProjectsPage />, 'projects/P0000001/role-groups');
    expect(await screen.findByText('On-call')).toBeInTheDocument();
    expect(screen.queryByText('Developers')).not.toBeInTheDocument();
    expect(screen.getByText(/1 of the organization's common role groups/)).toBeInTheDocument();
  });
});

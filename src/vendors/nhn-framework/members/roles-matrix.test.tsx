import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stubGridSize } from '@/components/matrix/testing/grid-size';
import MembersPage from '../pages/members-page';
import ProjectsPage from '../pages/projects-page';
import { fakeNhn, ok, orgMember, paging, project, projectMember, renderNhn } from '../testing/render-nhn';
import type { MatrixCellChange, BooleanCell } from '@/components/matrix';
import { applyRoleChanges } from './role-changes';

const size = stubGridSize({ height: 340, width: 1000 });
beforeAll(size.install);
afterAll(size.remove);
afterEach(() => vi.unstubAllGlobals());

const DATE = '2026-03-02T09:00:00.000+00:00';
const catalogueRole = (roleId: string, categoryTypeCode = 'ROLE') => ({
  roleId,
  roleName: roleId,
  description: '',
  categoryKey: 'ProjectRole',
  categoryTypeCode,
  roleCategory: 'PROJECT_ROLE',
});
const bundle = (roleId: string, conditions?: unknown[]) => ({
  roleId,
  roleName: roleId,
  categoryKey: 'ProjectRole',
  categoryTypeCode: 'ROLE',
  roleApplyPolicyCode: 'ALLOW',
  regDateTime: DATE,
  ...(conditions ? { conditions } : {}),
});
const ipCondition = {
  attributeId: 'SOURCE_IP',
  attributeName: 'Source IP',
  attributeDataTypeCode: 'IPADDRESS',
  attributeOperatorTypeCode: 'ANY_MATCH',
  attributeValues: ['10.0.0.0/8'],
};

describe('project members × roles', () => {
  it('reads roles per member, stages changes and saves each member from a fresh read, keeping conditions', async () => {
    const held: Record<string, unknown[]> = {
      u1: [bundle('ADMIN'), bundle('MEMBER', [ipCondition])],
      u2: [bundle('MEMBER')],
    };
    const calls = fakeNhn(({ method, path, body }) => {
      if (method === 'GET' && path === '/v1/organizations/ORG1/projects')
        return { body: ok({ paging: paging(1), projectList: [project('P0000001', 'Live Ops')] }) };
      if (method === 'POST' && path === '/v1/projects/P0000001/members/search')
        return {
          body: ok({
            paging: paging(3),
            projectMembers: [
              projectMember('u1', 'Mina'),
              projectMember('u2', 'Joon'),
              { ...projectMember('', 'Invitee'), uuid: undefined, statusCode: 'WAIT' },
            ],
          }),
        };
      if (method === 'GET' && path === '/v1/projects/P0000001/roles')
        return {
          body: ok({
            roles: [catalogueRole('ADMIN'), catalogueRole('MEMBER'), catalogueRole('PERM', 'PERMISSION')],
            totalCount: 3,
          }),
        };
      const member = /^\/v1\/projects\/P0000001\/members\/(u\d)$/.exec(path)?.[1];
      if (member && method === 'GET')
        return { body: ok({ projectMember: { ...projectMember(member, member), roles: held[member] } }) };
      if (member && method === 'PUT') {
        if (member === 'u2')
          return {
            body: { header: { isSuccessful: false, resultCode: 10012, resultMessage: 'Last ADMIN' } },
          };
        held[member] = (body as { assignRoles: { roleId: string }[] }).assignRoles.map((r) =>
          bundle(r.roleId),
        );
        return { body: ok() };
      }
      return undefined;
    });
    const user = userEvent.setup();
    renderNhn(<ProjectsPage />, 'projects/P0000001/roles');
    // Invitees have no roles to edit; permissions are not columns.
    await user.click(
      await screen.findByRole('gridcell', { name: 'Mina (Mi***@example.com) – ADMIN: Granted' }),
    );
    expect(screen.queryByRole('gridcell', { name: /Invitee/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'PERM' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('gridcell', { name: 'Joon (Jo***@example.com) – ADMIN: Not granted' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/1 failed/));
    const results = screen.getByRole('list', { name: 'Results' });
    expect(within(results).getByText(/Last ADMIN/)).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT' && c.path.endsWith('/u1'));
    expect(put?.body).toEqual({
      assignRoles: [
        {
          roleId: 'MEMBER',
          conditions: [
            {
              attributeId: 'SOURCE_IP',
              attributeOperatorTypeCode: 'ANY_MATCH',
              attributeValues: ['10.0.0.0/8'],
            },
          ],
        },
      ],
    });
    // Each member was read for the matrix, and once more right before its write.
    expect(calls.filter((c) => c.method === 'GET' && c.path.endsWith('/members/u1'))).toHaveLength(2);
    expect(
      screen.getByRole('gridcell', { name: 'Mina (Mi***@example.com) – ADMIN: Not granted' }),
    ).toBeInTheDocument();
  });
});

describe('org members × roles', () => {
  it("keeps the owner's row and the OWNER column read-only", async () => {
    fakeNhn(({ method, path }) => {
      if (method === 'POST' && path === '/v1/organizations/ORG1/members/search')
        return {
          body: ok({ paging: paging(2), orgMembers: [orgMember('o1', 'Jiwoo'), orgMember('m1', 'Mina')] }),
        };
      if (method === 'GET' && path === '/v1/organizations/ORG1/roles')
        return { body: ok({ roles: [catalogueRole('OWNER'), catalogueRole('ADMIN')], totalCount: 2 }) };
      const uuid = /^\/v1\/organizations\/ORG1\/members\/(\w+)$/.exec(path)?.[1];
      if (uuid && method === 'GET')
        return {
          body: ok({
            orgMember: {
              ...orgMember(uuid, uuid),
              roles: [bundle(uuid === 'o1' ? 'OWNER' : 'ADMIN')],
            },
          }),
        };
      return undefined;
    });
    renderNhn(<MembersPage />, 'members/roles');
    expect(
      await screen.findByRole('gridcell', {
        name: "Jiwoo (Ji***@example.com) – ADMIN: Not granted. Read-only: The owner's roles cannot be changed",
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('gridcell', {
        name: 'Mina (Mi***@example.com) – OWNER: Not granted. Read-only: OWNER cannot be granted',
      }),
    ).toBeInTheDocument();
  });
});

describe('applyRoleChanges', () => {
  const change = (columnId: string, to: BooleanCell): MatrixCellChange<BooleanCell> => ({
    rowId: 'u',
    columnId,
    from: to === 'checked' ? 'unchecked' : 'checked',
    to,
  });
  it('removes and adds roles, keeping order and the conditions of untouched roles', () => {
    const cond = { attributeId: 'A', attributeOperatorTypeCode: 'TRUE' as const, attributeValues: [] };
    expect(
      applyRoleChanges(
        [{ roleId: 'A', conditions: [cond] }, { roleId: 'B' }],
        [change('B', 'unchecked'), change('C', 'checked'), change('A', 'checked')],
      ),
    ).toEqual([{ roleId: 'A', conditions: [cond] }, { roleId: 'C' }]);
  });
});

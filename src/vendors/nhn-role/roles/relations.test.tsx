import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RolesPage from '../pages/roles-page';
import { emulatorPage } from '../testing/emulator-page';
import { layers, MAX_PER_ROW, NODE, parseEdgeKey, placeNodes } from './graph-layout';
import { nextRelations } from './mutations';

let env: Awaited<ReturnType<typeof emulatorPage>> | undefined;
afterEach(() => env?.close());

type Rel = {
  roleId: string;
  roleApplyPolicyCode: string;
  conditions: { attributeId: string; attributeValues: string[] }[] | null;
};
const relationsOf = async (roleId: string) =>
  ((await env?.call('GET', `/roles/${roleId}`))?.role as { roleRelations: Rel[] }).roleRelations;
const graph = () => screen.getByRole('group', { name: /Role relation graph/ });
const edgeIn = (key: string) => graph().querySelector(`[data-edge="${key}"]`);

describe('role graph pieces', () => {
  it('puts every parent above the roles it includes', () => {
    const edges = [
      { from: 'A', to: 'B', policy: 'ALLOW' as const, conditions: 0 },
      { from: 'B', to: 'C', policy: 'ALLOW' as const, conditions: 0 },
      { from: 'A', to: 'C', policy: 'DENY' as const, conditions: 0 },
    ];
    expect(layers(['C', 'B', 'A', 'D'], edges)).toEqual([['A', 'D'], ['B'], ['C']]);
  });

  it('wraps a wide layer onto more rows, keeping every parent above its children', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => `R${String(i)}`);
    const edges = [{ from: 'R299', to: 'R0', policy: 'ALLOW' as const, conditions: 0 }];
    const layout = placeNodes(nodes, edges);
    expect(layout.width).toBeLessThanOrEqual(MAX_PER_ROW * (NODE.w + NODE.gapX) + 2 * NODE.pad);
    expect(layout.pos.get('R0')?.y).toBeGreaterThan(layout.pos.get('R299')?.y ?? Infinity);
    expect(layout.order.at(-1)).toBe('R0');
    expect(new Set([...layout.pos.values()].map((p) => `${String(p.x)},${String(p.y)}`)).size).toBe(300);
  });

  it('reads an edge key back and changes only the asked relation', () => {
    expect(parseEdgeKey('A:1>B.2')).toEqual({ from: 'A:1', to: 'B.2' });
    expect(parseEdgeKey('>B')).toBeNull();
    const kept = {
      attributeId: 'x',
      attributeOperatorTypeCode: 'ANY_MATCH' as const,
      attributeValues: ['1'],
    };
    // As ROLE lists it, with the attribute inside; the request must carry only the condition itself.
    const stored = {
      ...kept,
      attribute: {
        attributeId: 'x',
        attributeCreationTypeCode: 'ROLE_ATTRIBUTE' as const,
        attributeDataTypeCode: 'STRING' as const,
      },
    };
    const current = [
      { roleId: 'B', roleApplyPolicyCode: 'ALLOW' as const, regDateTime: '', conditions: [stored] },
      { roleId: 'C', roleApplyPolicyCode: 'DENY' as const, regDateTime: '', conditions: [] },
    ];
    expect(
      nextRelations(current, { kind: 'conditions', parent: 'A', child: 'C', conditions: [kept] }, 'gone'),
    ).toEqual([
      { relatedRoleId: 'B', roleApplyPolicyCode: 'ALLOW', conditions: [kept] },
      { relatedRoleId: 'C', roleApplyPolicyCode: 'DENY', conditions: [kept] },
    ]);
    expect(() =>
      nextRelations(current, { kind: 'conditions', parent: 'A', child: 'Z', conditions: [] }, 'gone'),
    ).toThrow('gone');
  });
});

describe('ROLE relations', () => {
  it('adds and removes edges with the keyboard; a cycle is refused with ROLE error', async () => {
    env = await emulatorPage();
    env.render(<RolesPage />, 'roles');
    expect(
      await screen.findByRole('group', { name: /Role relation graph: 5 roles, 3 relations/ }),
    ).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Add relation' });
    await userEvent.selectOptions(within(form).getByLabelText('Role (includes)'), 'MEMBER');
    await userEvent.selectOptions(within(form).getByLabelText('Included role'), 'BOARD_ADMIN');
    await userEvent.click(within(form).getByRole('button', { name: 'Add relation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/11007|cannot|relation/i);

    await userEvent.selectOptions(within(form).getByLabelText('Role (includes)'), 'AUDITOR');
    await userEvent.selectOptions(within(form).getByLabelText('Included role'), 'MEMBER');
    await userEvent.click(within(form).getByRole('button', { name: 'Add relation' }));
    expect(await screen.findByRole('group', { name: /5 roles, 4 relations/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove relation AUDITOR → MEMBER' }));
    expect(await screen.findByRole('group', { name: /5 roles, 3 relations/ })).toBeInTheDocument();
  });

  it('edits the conditions of one edge in the side panel, keeps the other edges, and draws it conditionally', async () => {
    env = await emulatorPage();
    // A second edge on the same parent, with its own condition, must come through the save untouched.
    const linked = await env.call('PUT', '/attributes/request.day', {
      attributeId: 'request.day',
      attributeDataTypeCode: 'DAY_OF_WEEK',
      attributeRoleRelationIds: ['AUDITOR'],
    });
    expect(linked.header.isSuccessful).toBe(true);
    const put = await env.call('PUT', '/roles/BOARD_VIEWER/relations', {
      roleRelations: [
        { relatedRoleId: 'MEMBER', roleApplyPolicyCode: 'ALLOW' },
        {
          relatedRoleId: 'AUDITOR',
          roleApplyPolicyCode: 'ALLOW',
          conditions: [
            {
              attributeId: 'request.day',
              attributeOperatorTypeCode: 'ANY_MATCH',
              attributeValues: ['MONDAY'],
            },
          ],
        },
      ],
    });
    expect(put.header.isSuccessful).toBe(true);
    const { router } = env.render(<RolesPage />, 'roles');
    await screen.findByRole('group', { name: /Role relation graph/ });
    expect(edgeIn('BOARD_VIEWER>MEMBER')).not.toHaveClass('role-edge-conditional');

    await userEvent.click(screen.getByRole('button', { name: 'Edit conditions of BOARD_VIEWER → MEMBER' }));
    expect(router.state.location.search).toContain('edge=BOARD_VIEWER');
    const panel = await screen.findByRole('complementary', { name: 'Conditions of BOARD_VIEWER → MEMBER' });
    expect(within(panel).getByRole('heading')).toHaveFocus();
    await userEvent.click(await within(panel).findByRole('button', { name: 'Add a condition' }));
    const cond = within(panel).getByRole('group', { name: 'Condition 1' });
    await waitFor(() => expect(within(cond).getByLabelText('Attribute')).toHaveValue('instance.name'));
    await userEvent.selectOptions(within(cond).getByLabelText('Operator'), 'ANY_MATCH');
    await userEvent.type(within(cond).getByLabelText('Values'), 'GPU, CPU{Enter}');
    await waitFor(async () =>
      expect(
        (await relationsOf('BOARD_VIEWER')).find((r) => r.roleId === 'MEMBER')?.conditions,
      ).toMatchObject([{ attributeId: 'instance.name', attributeValues: ['GPU', 'CPU'] }]),
    );
    expect((await relationsOf('BOARD_VIEWER')).find((r) => r.roleId === 'AUDITOR')?.conditions).toMatchObject(
      [{ attributeId: 'request.day', attributeValues: ['MONDAY'] }],
    );
    await waitFor(() => expect(edgeIn('BOARD_VIEWER>MEMBER')).toHaveClass('role-edge-conditional'));
    expect(edgeIn('BOARD_VIEWER>MEMBER')).toHaveTextContent('1 condition');

    const again = await screen.findByRole('complementary', { name: 'Conditions of BOARD_VIEWER → MEMBER' });
    await userEvent.click(within(again).getByRole('button', { name: 'Remove condition 1' }));
    await userEvent.click(within(again).getByRole('button', { name: 'Save conditions' }));
    await waitFor(() => expect(edgeIn('BOARD_VIEWER>MEMBER')).not.toHaveClass('role-edge-conditional'));
    expect((await relationsOf('BOARD_VIEWER')).find((r) => r.roleId === 'MEMBER')?.conditions ?? []).toEqual(
      [],
    );
  });

  it('shows ROLE refusing a condition without values, keeping the draft', async () => {
    env = await emulatorPage();
    env.render(<RolesPage />, 'roles?edge=BOARD_EDITOR%3EBOARD_VIEWER');
    const panel = await screen.findByRole('complementary', {
      name: 'Conditions of BOARD_EDITOR → BOARD_VIEWER',
    });
    await userEvent.click(await within(panel).findByRole('button', { name: 'Add a condition' }));
    const cond = within(panel).getByRole('group', { name: 'Condition 1' });
    await waitFor(() => expect(within(cond).getByLabelText('Attribute')).toHaveValue('board.category'));
    // No value: STRING operators need at least one, and ROLE says so.
    await userEvent.click(within(panel).getByRole('button', { name: 'Save conditions' }));
    expect(await within(panel).findByRole('alert')).toBeInTheDocument();
    expect(within(panel).getByRole('group', { name: 'Condition 1' })).toBeInTheDocument();
  });

  it('is one tab stop; arrows move between roles top-down, Enter selects one and the table shows only its relations', async () => {
    env = await emulatorPage();
    const { router } = env.render(<RolesPage />, 'roles');
    await screen.findByRole('group', { name: /Role relation graph/ });
    const nodes = within(graph()).getAllByRole('button');
    const name = (el: Element | null) => el?.getAttribute('aria-label')?.split(':')[0];
    expect(nodes.map(name)).toEqual(['BOARD_ADMIN', 'AUDITOR', 'BOARD_EDITOR', 'BOARD_VIEWER', 'MEMBER']);
    expect(nodes.filter((n) => n.tabIndex === 0).map(name)).toEqual(['BOARD_ADMIN']);
    nodes[0]?.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(name(document.activeElement)).toBe('BOARD_EDITOR');
    await userEvent.keyboard('{ArrowRight}');
    expect(name(document.activeElement)).toBe('BOARD_VIEWER');
    await userEvent.keyboard('{End}');
    expect(name(document.activeElement)).toBe('MEMBER');
    await userEvent.keyboard('{Home}{ArrowRight}');
    expect(name(document.activeElement)).toBe('AUDITOR');
    await userEvent.keyboard('{ArrowDown}');
    expect(name(document.activeElement)).toBe('BOARD_EDITOR');
    expect(nodes.filter((n) => n.tabIndex === 0).map(name)).toEqual(['BOARD_EDITOR']);
    await userEvent.keyboard('{Enter}');
    expect(nodes[2]).toHaveAttribute('aria-pressed', 'true');
    expect(router.state.location.search).toContain('node=BOARD_EDITOR');
    const table = screen.getByRole('table', { name: 'Relations of BOARD_EDITOR' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(
      within(table).getByRole('button', { name: 'Edit conditions of BOARD_EDITOR → BOARD_VIEWER' }),
    ).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(await screen.findByRole('table', { name: 'Relations' })).toBeInTheDocument();
  });

  it('selects an edge for its conditions with a click on the graph', async () => {
    env = await emulatorPage();
    const { router } = env.render(<RolesPage />, 'roles');
    await screen.findByRole('group', { name: /Role relation graph/ });
    const edge = edgeIn('BOARD_ADMIN>BOARD_EDITOR');
    if (!edge) throw new Error('the edge is not drawn');
    await userEvent.click(edge);
    expect(
      await screen.findByRole('complementary', { name: 'Conditions of BOARD_ADMIN → BOARD_EDITOR' }),
    ).toBeInTheDocument();
    expect(router.state.location.search).toContain('edge=BOARD_ADMIN%3EBOARD_EDITOR');
    expect(edgeIn('BOARD_ADMIN>BOARD_EDITOR')).toHaveClass('role-edge-selected');
  });
});

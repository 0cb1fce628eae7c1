import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TreeView, type TreeChildren, type TreeNode } from '.';

const KIDS: Record<string, TreeNode[]> = {
  a: [
    { id: 'a1', label: 'Alpha one' },
    { id: 'a2', label: 'Alpha two', leaf: true },
  ],
  a1: [],
  b: [],
};

function Harness({ loading = [] as string[] }) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<string>();
  const childrenOf = (id: string): TreeChildren =>
    loading.includes(id) ? 'loading' : id === 'c' ? { error: 'boom' } : (KIDS[id] ?? []);
  return (
    <>
      <TreeView
        label="Services"
        roots={[
          { id: 'a', label: 'Alpha' },
          { id: 'b', label: 'Beta' },
          { id: 'c', label: 'Gamma' },
        ]}
        childrenOf={childrenOf}
        expanded={expanded}
        onExpandedChange={setExpanded}
        selectedId={selected}
        onSelect={setSelected}
      />
      <p>selected: {selected ?? 'none'}</p>
    </>
  );
}

const item = (name: string) =>
  screen.getByRole('treeitem', {
    name: (n) =>
      n === name || (/^(Loading|Could)/.test(n.slice(name.length + 1)) && n.startsWith(`${name} `)),
  });

describe('TreeView', () => {
  it('is one tab stop with levels, set sizes and collapsed parents', () => {
    render(<Harness />);
    expect(screen.getByRole('tree', { name: 'Services' })).toBeInTheDocument();
    const alpha = item('Alpha');
    expect(alpha).toHaveAttribute('tabindex', '0');
    expect(item('Beta')).toHaveAttribute('tabindex', '-1');
    expect(alpha).toHaveAttribute('aria-expanded', 'false');
    expect(alpha).toHaveAttribute('aria-level', '1');
    expect(item('Gamma')).toHaveAttribute('aria-posinset', '3');
    expect(screen.queryByRole('treeitem', { name: 'Alpha one' })).not.toBeInTheDocument();
  });

  it('opens, enters, climbs and closes with the arrow keys, and selects with Enter', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    expect(item('Alpha')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(item('Alpha')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(item('Alpha one')).toHaveFocus();
    expect(item('Alpha one')).toHaveAttribute('aria-level', '2');
    await user.keyboard('{ArrowDown}');
    expect(item('Alpha two')).toHaveFocus();
    expect(item('Alpha two')).not.toHaveAttribute('aria-expanded');
    await user.keyboard('{ArrowLeft}');
    expect(item('Alpha')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(item('Alpha')).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{End}');
    expect(item('Gamma')).toHaveFocus();
    await user.keyboard('{Home}b');
    expect(item('Beta')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('selected: b')).toBeInTheDocument();
    expect(item('Beta')).toHaveAttribute('aria-selected', 'true');
  });

  it('turns a node with no children into a leaf once loaded, and says when children load or fail', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Harness loading={['a']} />);
    await user.click(item('Beta'));
    await user.keyboard('{ArrowRight}');
    expect(item('Beta')).not.toHaveAttribute('aria-expanded');
    await user.keyboard('{ArrowUp}{ArrowRight}');
    expect(item('Alpha')).toHaveAttribute('aria-busy', 'true');
    expect(item('Alpha')).toHaveTextContent('Loading…');
    rerender(<Harness />);
    expect(await screen.findByRole('treeitem', { name: 'Alpha one' })).toBeInTheDocument();
    await user.click(item('Gamma'));
    await user.keyboard('{ArrowRight}');
    expect(item('Gamma')).toHaveTextContent('Could not load: boom');
  });
});

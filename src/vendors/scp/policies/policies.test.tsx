import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as CodeEditorModule from '@/components/code-editor';
import { giveTablesLayout } from '@/components/data-table/testing/table-layout';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import PoliciesPage from '../pages/policies-page';
import { DATE, fakeScp, page, renderScp, scpError } from '../testing/render-scp';

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
    CodeDiffEditor: (props: { label: string; modified: string }) => (
      <pre aria-label={props.label}>{props.modified}</pre>
    ),
  };
});

beforeAll(installDialogPolyfill);
let removeLayout: () => void;
beforeAll(() => {
  removeLayout = giveTablesLayout();
});
afterAll(() => removeLayout());
beforeEach(() => localStorage.clear());

const audit = { created_at: DATE, created_by: 'a', modified_at: DATE, modified_by: 'a' };
const doc = (action: string) => ({
  Version: '2024-07-01',
  Statement: [{ Sid: 'S1', Effect: 'Allow', Action: [action], Resource: ['*'] }],
});
const policy = (id: string, name: string, over: Record<string, unknown> = {}) => ({
  ...audit,
  account_id: 'acc',
  domain_name: 'scp',
  id,
  policy_name: name,
  policy_type: 'USER_DEFINED',
  srn: `srn:e::acc:::iam:policy/${id}`,
  default_version_id: 'v2',
  policy_versions: [
    { ...audit, id: 'v1', policy_version_name: 'first', policy_document: doc('iam:ListUsers') },
    { ...audit, id: 'v2', policy_version_name: 'second', policy_document: doc('iam:ListGroups') },
  ],
  ...over,
});

describe('policies', () => {
  it('lists by type and deletes the selected after confirming', async () => {
    const calls = fakeScp(({ method, path }) => {
      if (method === 'GET' && path === '/v1/policies')
        return { body: { ...page(2), policies: [policy('p1', 'Readers'), policy('p2', 'Writers')] } };
      if (method === 'DELETE' && path === '/v1/policies/bulk') return { status: 204, body: null };
      return undefined;
    });
    renderScp(<PoliciesPage />, 'policies?policies.f.policy_type=SYSTEM_MANAGED');
    expect(await screen.findByRole('link', { name: 'Readers' })).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/v1/policies')?.query.get('policy_type')).toBe('SYSTEM_MANAGED');
    await userEvent.click(screen.getByRole('checkbox', { name: /Writers/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete 1 policy' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete 1 policy' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    expect(calls.find((c) => c.method === 'DELETE')?.json).toEqual({ ids: ['p2'] });
  });

  it('blocks saving a document SCP would refuse, and keeps the draft across a remount', async () => {
    const calls = fakeScp(({ method, path }) =>
      method === 'POST' && path === '/v1/policies'
        ? { status: 201, body: policy('p9', 'NewOne') }
        : undefined,
    );
    const first = renderScp(<PoliciesPage />, 'policies/new');
    await userEvent.type(await screen.findByLabelText('Policy name'), 'NewOne');
    const editor = screen.getByLabelText('Policy document');
    const bad = JSON.stringify({
      Version: '2024-07-01',
      Statement: [{ Sid: 'A', Effect: 'Allow', Action: ['iam:ListUsers'], NotAction: ['iam:ListRoles'] }],
    });
    fireEvent.change(editor, { target: { value: bad } });
    expect(screen.getByText('A statement has either Action or NotAction, not both.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    first.unmount();

    renderScp(<PoliciesPage />, 'policies/new');
    expect(await screen.findByText('An unsaved draft was restored.')).toBeInTheDocument();
    expect(screen.getByLabelText('Policy document')).toHaveValue(bad);
    fireEvent.change(screen.getByLabelText('Policy document'), {
      target: { value: JSON.stringify(doc('iam:ListUsers')) },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.json).toMatchObject({
      policy_name: 'NewOne',
      policy_version: { policy_document: doc('iam:ListUsers') },
    });
    await waitFor(() => expect(localStorage.length).toBe(0));
  });

  it('keeps what was typed when SCP refuses the save', async () => {
    fakeScp(({ method }) =>
      method === 'POST' ? scpError(409, 'CONFLICT', 'Policy "Dup" already exists.') : undefined,
    );
    renderScp(<PoliciesPage />, 'policies/new');
    await userEvent.type(await screen.findByLabelText('Policy name'), 'Dup');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/already exists/)).toBeInTheDocument();
    expect(screen.getByLabelText('Policy name')).toHaveValue('Dup');
  });

  it('switches the default version and compares versions; SCP’s own are read-only', async () => {
    const calls = fakeScp(({ method, path }) => {
      if (path === '/v1/policies/p1')
        return method === 'PUT'
          ? { body: policy('p1', 'Readers', { default_version_id: 'v1' }) }
          : { body: policy('p1', 'Readers') };
      if (path === '/v1/policies/sys')
        return { body: policy('sys', 'ViewerAccess', { policy_type: 'SYSTEM_MANAGED' }) };
      return undefined;
    });
    const view = renderScp(<PoliciesPage />, 'policies/p1');
    expect(await screen.findByTestId('scp-diff-summary')).toHaveTextContent('1 line added, 1 removed');
    expect(screen.getByLabelText('Changes from first to second')).toHaveTextContent('iam:ListGroups');
    await userEvent.click(screen.getByRole('button', { name: 'Make default: first' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PUT')?.json).toEqual({ default_version_id: 'v1' }),
    );
    view.unmount();

    renderScp(<PoliciesPage />, 'policies/sys');
    expect(await screen.findByText(/SCP manages this policy/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New version' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Make default/ })).not.toBeInTheDocument();
  });
});

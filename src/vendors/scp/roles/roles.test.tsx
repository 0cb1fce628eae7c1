import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as CodeEditorModule from '@/components/code-editor';
import { stubGridSize } from '@/components/matrix/testing/grid-size';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import RolesPage from '../pages/roles-page';
import { ACCOUNT, DATE, accessKey, fakeScp, page, renderScp } from '../testing/render-scp';

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
  };
});

const grid = stubGridSize({ width: 900, height: 340 });
beforeAll(grid.install);
afterAll(grid.remove);
beforeAll(installDialogPolyfill);
beforeEach(() => localStorage.clear());

const audit = { created_at: DATE, created_by: 'a', modified_at: DATE, modified_by: 'a' };
const trust = {
  Version: '2024-07-01',
  Statement: [
    { Sid: 'statement1', Effect: 'Allow', Action: ['sts:AssumeRole'], Principal: { Account: [ACCOUNT] } },
  ],
};
const role = (id: string, name: string) => ({
  ...audit,
  id,
  name,
  description: null,
  max_session_duration: 3600,
  assume_role_policy_document: trust,
  policies: [],
  type: 'USER_DEFINED',
});
const policy = (id: string, name: string) => ({
  ...audit,
  account_id: ACCOUNT,
  domain_name: 'scp',
  id,
  policy_name: name,
  srn: `srn:e::${ACCOUNT}:::iam:policy/${id}`,
  policy_versions: [],
});

describe('roles', () => {
  it('creates a role with its trust policy once the session limit is valid', async () => {
    const calls = fakeScp(({ method, path }) => {
      if (path === '/v1/access-keys')
        return { body: { access_keys: [accessKey('k1')], count: 1, links: [] } };
      if (method === 'POST' && path === '/v1/roles')
        return { status: 202, body: { role: role('r9', 'Deployer') } };
      return undefined;
    });
    renderScp(<RolesPage />, 'roles/new');
    await userEvent.type(await screen.findByLabelText('Role name'), 'Deployer');
    const session = screen.getByLabelText('Maximum session (seconds)');
    fireEvent.change(session, { target: { value: '60' } });
    expect(screen.getByText('Enter a whole number from 3600 to 43200.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create role' })).toBeDisabled();
    fireEvent.change(session, { target: { value: '7200' } });
    await waitFor(() =>
      expect(screen.getByLabelText('Trust policy')).toHaveValue(JSON.stringify(trust, null, 2)),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create role' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.json).toMatchObject({
      name: 'Deployer',
      max_session_duration: 7200,
      assume_role_policy_document: trust,
      policy_ids: [],
    });
  });

  it('binds a role to a policy from the matrix with one PUT', async () => {
    const calls = fakeScp(({ path, query }) => {
      if (path === '/v1/policies') return { body: { ...page(1), policies: [policy('p1', 'Readers')] } };
      if (path === '/v1/roles') return { body: { ...page(1), roles: [role('r1', 'Deployer')] } };
      if (path === '/v1/policies/p1/bindings') {
        expect(query.get('identity_type')).toBe('ROLE');
        return { body: { ...page(0), policy_id: 'p1', users: [], groups: [], roles: [] } };
      }
      return undefined;
    });
    renderScp(<RolesPage />, 'roles/bindings?type=ROLE');
    const cell = await screen.findByRole('gridcell', { name: /^Readers – Deployer: Not bound/ });
    await userEvent.click(cell);
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe('/v1/policies/p1/bindings');
    expect(put?.json).toEqual({ identity_type: 'ROLE', add_ids: ['r1'] });
  });
});

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as CodeEditorModule from '@/components/code-editor';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import ResourcePoliciesPage from '../pages/resource-policies-page';
import { ACCOUNT, DATE, accessKey, fakeScp, renderScp, scpError } from '../testing/render-scp';
import { encodeSrn } from './api';

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
beforeAll(installDialogPolyfill);

const SRN = `srn:emulator::${ACCOUNT}:kr-west1::virtualserver:virtual-server/web-01`;
const statement = {
  Sid: 'Statement1',
  Effect: 'Allow',
  Action: ['virtualserver:ShowVirtualServer'],
  Principal: '*',
  Resource: [SRN],
};
const policy = {
  account_id: ACCOUNT,
  created_at: DATE,
  created_by: 'a',
  modified_at: DATE,
  modified_by: 'a',
  default_version_id: 'v1',
  policy_versions: [
    {
      id: 'v1',
      created_at: DATE,
      created_by: 'a',
      modified_at: DATE,
      modified_by: 'a',
      policy_document: { Version: '2024-07-01', Statement: [statement] },
    },
  ],
};

describe('resource-based policies', () => {
  it('encodes the SRN as standard Base64 of its UTF-8 text', () => {
    expect(encodeSrn(SRN)).toBe(Buffer.from(SRN, 'utf8').toString('base64'));
    expect(encodeSrn('srn:e::계정:::iam:*')).toBe(
      Buffer.from('srn:e::계정:::iam:*', 'utf8').toString('base64'),
    );
  });

  it('shows the statements of an SRN and removes one by Sid', async () => {
    const calls = fakeScp(({ method, path }) => {
      if (path === '/v1/access-keys')
        return { body: { access_keys: [accessKey('k1')], count: 1, links: [] } };
      if (method === 'GET' && path === `/v1/resource-policies/${encodeSrn(SRN)}`) return { body: policy };
      if (method === 'DELETE') return { status: 204, body: null };
      return undefined;
    });
    renderScp(<ResourcePoliciesPage />, `resource-policies?srn=${encodeURIComponent(SRN)}`);
    expect(await screen.findByText(/virtualserver:ShowVirtualServer/)).toBeInTheDocument();
    expect(screen.getByLabelText('Resource ID')).toHaveValue('web-01');
    await userEvent.click(screen.getByRole('button', { name: 'Remove Statement1' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove Statement1' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'DELETE')?.path).toBe(
        `/v1/resource-policies/${encodeSrn(SRN)}/statements/Statement1`,
      ),
    );
  });

  it('adds the first statement to an SRN without a policy, blocking an invalid one', async () => {
    const other = `srn:emulator::${ACCOUNT}:kr-west1::virtualserver:virtual-server/db-01`;
    const calls = fakeScp(({ method, path }) => {
      if (path === '/v1/access-keys')
        return { body: { access_keys: [accessKey('k1')], count: 1, links: [] } };
      if (method === 'GET' && path.startsWith('/v1/resource-policies/'))
        return scpError(404, 'NOT_FOUND', 'No policy.');
      if (method === 'POST') return { status: 201, body: { Statement: statement } };
      return undefined;
    });
    renderScp(<ResourcePoliciesPage />, `resource-policies?srn=${encodeURIComponent(other)}`);
    expect(await screen.findByText('No policy on this resource')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add statement' }));
    const editor = screen.getByLabelText('Statement');
    fireEvent.change(editor, { target: { value: JSON.stringify({ Effect: 'Maybe' }) } });
    expect(screen.getByRole('button', { name: 'Save statement' })).toBeDisabled();
    fireEvent.change(editor, { target: { value: JSON.stringify({ ...statement, Resource: [other] }) } });
    await userEvent.click(screen.getByRole('button', { name: 'Save statement' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe(`/v1/resource-policies/${encodeSrn(other)}/statements`);
    expect(post?.json).toMatchObject({ Sid: 'Statement1', Resource: [other] });
  });

  it('replaces the whole document in one call, blocking an invalid one, and deletes the policy', async () => {
    const calls = fakeScp(({ method, path }) => {
      if (path === '/v1/access-keys')
        return { body: { access_keys: [accessKey('k1')], count: 1, links: [] } };
      if (method === 'GET' && path === `/v1/resource-policies/${encodeSrn(SRN)}`) return { body: policy };
      if (method === 'PUT') return { body: policy };
      if (method === 'DELETE') return { status: 204, body: null };
      return undefined;
    });
    renderScp(<ResourcePoliciesPage />, `resource-policies?srn=${encodeURIComponent(SRN)}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit whole document' }));
    const editor = screen.getByLabelText('Policy document');
    expect(JSON.parse((editor as HTMLTextAreaElement).value)).toEqual(
      policy.policy_versions[0]?.policy_document,
    );
    fireEvent.change(editor, { target: { value: JSON.stringify({ Version: '2024-07-01', Statement: [] }) } });
    expect(screen.getByRole('button', { name: 'Save document' })).toBeDisabled();
    const next = { Version: '2024-07-01', Statement: [statement, { ...statement, Sid: 'Statement2' }] };
    fireEvent.change(editor, { target: { value: JSON.stringify(next) } });
    await userEvent.click(screen.getByRole('button', { name: 'Save document' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe(`/v1/resource-policies/${encodeSrn(SRN)}`);
    expect(put?.json).toEqual({ policy_version: { policy_document: next } });

    await userEvent.click(await screen.findByRole('button', { name: 'Delete policy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the policy on this resource?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete policy' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'DELETE')?.path).toBe(`/v1/resource-policies/${encodeSrn(SRN)}`),
    );
  });
});

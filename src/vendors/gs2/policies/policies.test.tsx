import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as CodeEditorModule from '@/components/code-editor';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import PoliciesPage from '../pages/policies-page';
import { fakeGs2, gs2Error, renderGs2, user } from '../testing/render-gs2';

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
beforeEach(() => localStorage.clear());

const saved = {
  securityPolicyId: 'grn:gs2::owner:identifier:securityPolicy:readers',
  name: 'readers',
  description: 'read only',
  policy:
    '{"Version":"2016-04-01","Statements":[{"Effect":"Allow","Actions":["Gs2Identifier:Get*"],"Resources":["*"]}]}',
  createdAt: 1,
  updatedAt: 2,
};

describe('policy editor', () => {
  it('blocks invalid JSON, shows where it broke and keeps the draft across a reload', async () => {
    fakeGs2(({ method, path }) =>
      method === 'GET' && path === '/securityPolicy/readers' ? { body: { item: saved } } : undefined,
    );
    const first = renderGs2(<PoliciesPage />, 'policies/custom/readers');
    const editor = await screen.findByLabelText('Policy document');
    fireEvent.change(editor, { target: { value: '{\n  "Version": "2016-04-01",\n  "Statements": [,]\n}' } });
    expect(await screen.findByTestId('gs2-json-error')).toHaveTextContent('line 3');
    expect(screen.getByRole('button', { name: 'Review changes' })).toBeDisabled();
    first.unmount();

    renderGs2(<PoliciesPage />, 'policies/custom/readers');
    expect(await screen.findByText('A draft of unsaved changes was restored.')).toBeInTheDocument();
    expect(screen.getByLabelText('Policy document')).toHaveValue(
      '{\n  "Version": "2016-04-01",\n  "Statements": [,]\n}',
    );
  });

  it('creates a policy after reviewing the diff, and keeps the draft when GS2 refuses', async () => {
    let refuse = true;
    const calls = fakeGs2(({ method, path, body }) => {
      if (method === 'POST' && path === '/securityPolicy') {
        if (refuse)
          return {
            status: 409,
            body: gs2Error('securityPolicy', 'identifier.securityPolicy.name.error.duplicate'),
          };
        return { body: { item: { ...saved, ...(body as object), securityPolicyId: 'grn:x' } } };
      }
      if (method === 'GET' && path === '/securityPolicy/ops')
        return { body: { item: { ...saved, name: 'ops' } } };
      return undefined;
    });
    const { router } = renderGs2(<PoliciesPage />, 'policies/new');
    await userEvent.type(await screen.findByLabelText('Name'), 'common');
    expect(screen.getByText(/reserved/)).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Name'));
    await userEvent.type(screen.getByLabelText('Name'), 'ops');
    await userEvent.selectOptions(screen.getByLabelText('Templates'), 'deny-all');
    await userEvent.click(screen.getByRole('button', { name: 'Insert template' }));
    await userEvent.click(screen.getByRole('button', { name: 'Review changes' }));
    expect(screen.getByTestId('gs2-diff-summary')).toHaveTextContent(/line\(s\) added/);
    await userEvent.click(screen.getByRole('button', { name: 'Save policy' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await waitFor(() => expect(localStorage.getItem('tessera.gs2.policyDraft.c1.:new')).toContain('Deny'));

    refuse = false;
    await userEvent.click(screen.getByRole('button', { name: 'Save policy' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/c/c1/policies/custom/ops'));
    const post = calls.filter((c) => c.method === 'POST').at(-1)?.body as { name: string; policy: string };
    expect(post.name).toBe('ops');
    expect(JSON.parse(post.policy)).toMatchObject({ Statements: [{ Effect: 'Deny', Actions: ['*'] }] });
    expect(localStorage.getItem('tessera.gs2.policyDraft.c1.:new')).toBeNull();
  });
});

describe('policy delete', () => {
  it('lists the users who have the policy attached before it is deleted', async () => {
    const other = {
      ...saved,
      securityPolicyId: 'grn:gs2::owner:identifier:securityPolicy:other',
      name: 'other',
    };
    const attached: Record<string, unknown[]> = { ann: [saved], bob: [other], cy: [other, saved] };
    const calls = fakeGs2(({ method, path, query }) => {
      if (method === 'GET' && path === '/securityPolicy')
        return { body: { items: [saved], nextPageToken: null } };
      if (method === 'GET' && path === '/securityPolicy/common')
        return { body: { items: [], nextPageToken: null } };
      if (method === 'GET' && path === '/user')
        return query.get('pageToken')
          ? { body: { items: [user('cy')], nextPageToken: null } }
          : { body: { items: [user('ann'), user('bob')], nextPageToken: 'p2' } };
      const m = /^\/user\/([^/]+)\/securityPolicy$/.exec(path);
      if (method === 'GET' && m) return { body: { items: attached[m[1] ?? ''] ?? [] } };
      if (method === 'DELETE' && path === '/securityPolicy/readers') return { body: { item: saved } };
      return undefined;
    });
    renderGs2(<PoliciesPage />, 'policies');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete readers' }));
    const holders = await screen.findByTestId('gs2-policy-holders');
    expect(holders).toHaveTextContent('2 users have it attached:');
    expect(holders).toHaveTextContent('ann');
    expect(holders).toHaveTextContent('cy');
    expect(holders).not.toHaveTextContent('bob');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
  });
});

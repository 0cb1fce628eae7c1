import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stubGridSize } from '@/components/matrix/testing/grid-size';
import MatrixPage from '../pages/matrix-page';
import { fakeGs2, gs2Error, renderGs2, user } from '../testing/render-gs2';

const policy = (owner: string, name: string) => ({
  securityPolicyId: `grn:gs2::${owner}:identifier:securityPolicy:${name}`,
  name,
  policy: '{}',
  createdAt: 0,
  updatedAt: 0,
});
const admin = policy('system', 'AdministratorAccess');
const readers = policy('owner', 'readers');

const size = stubGridSize({ width: 900, height: 400 });
beforeAll(size.install);
afterAll(size.remove);

const cell = (name: string | RegExp) => screen.getByRole('gridcell', { name });

describe('attachment matrix', () => {
  it('attaches on click, and rolls a cell back with its error when GS2 refuses', async () => {
    const attached: Record<string, (typeof admin)[]> = { mina: [admin], yuki: [] };
    const calls = fakeGs2(({ method, path, body }) => {
      if (method === 'GET' && path === '/user')
        return { body: { items: [user('mina'), user('yuki')], nextPageToken: null } };
      if (method === 'GET' && path === '/securityPolicy')
        return { body: { items: [readers], nextPageToken: null } };
      if (method === 'GET' && path === '/securityPolicy/common')
        return { body: { items: [admin], nextPageToken: null } };
      const m = /^\/user\/(\w+)\/securityPolicy$/.exec(path);
      if (m?.[1] && method === 'GET') return { body: { items: attached[m[1]] } };
      if (m?.[1] && method === 'POST') {
        if (m[1] === 'yuki')
          return {
            status: 400,
            body: gs2Error(
              'attachSecurityPolicy',
              'identifier.attachSecurityPolicy.securityPolicyIds.error.tooMany',
            ),
          };
        const id = (body as { securityPolicyId: string }).securityPolicyId;
        attached[m[1]] = [...(attached[m[1]] ?? []), id === admin.securityPolicyId ? admin : readers];
        return { body: { items: attached[m[1]] } };
      }
      return undefined;
    });
    renderGs2(<MatrixPage />, 'attachments');
    expect(
      await screen.findByRole('gridcell', { name: 'mina – AdministratorAccess: Attached' }),
    ).toBeInTheDocument();

    await waitFor(() => expect(cell('mina – readers: Not attached')).not.toHaveAttribute('aria-readonly'));
    await userEvent.click(cell('mina – readers: Not attached'));
    expect(await screen.findByText('readers attached to mina.')).toBeInTheDocument();
    await waitFor(() => expect(cell('mina – readers: Attached')).toBeInTheDocument());

    await waitFor(() => expect(cell('yuki – readers: Not attached')).not.toHaveAttribute('aria-readonly'));
    await userEvent.click(cell('yuki – readers: Not attached'));
    const failed = await screen.findByRole('gridcell', { name: /^yuki – readers: Not attached\. Failed: / });
    expect(failed).toHaveClass('mx-error');
    expect(failed.getAttribute('title')).toContain('tooMany');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
      '/user/mina/securityPolicy',
      '/user/yuki/securityPolicy',
    ]);
  });
});

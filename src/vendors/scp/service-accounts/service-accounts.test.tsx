import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ServiceAccountsPage from '../pages/service-accounts-page';
import { fakeScp, renderScp } from '../testing/render-scp';

describe('service accounts', () => {
  it('reads a password only on reveal, and forgets it on hide', async () => {
    const calls = fakeScp(({ path, query }) => {
      if (path === '/v1/service-accounts')
        return {
          body: {
            service_accounts: [
              { id: 'sa1', name: 'backup', service: query.get('service') ?? 'objectstorage' },
            ],
          },
        };
      if (path === '/v1/service-accounts/sa1')
        return {
          body: {
            service_account: { id: 'sa1', name: 'backup', service: 'objectstorage', password: 'pw-123' },
          },
        };
      return undefined;
    });
    const { qc } = renderScp(<ServiceAccountsPage />, 'service-accounts?service=objectstorage');
    expect(await screen.findByRole('rowheader', { name: 'backup' })).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/v1/service-accounts')?.query.get('service')).toBe('objectstorage');
    expect(calls.find((c) => c.path === '/v1/service-accounts')?.query.has('name')).toBe(false);
    expect(calls.some((c) => c.path === '/v1/service-accounts/sa1')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Reveal password: backup' }));
    expect(await screen.findByLabelText('Password of backup')).toHaveTextContent('pw-123');
    expect(
      JSON.stringify(
        qc
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
      ),
    ).not.toContain('pw-123');

    await userEvent.click(screen.getByRole('button', { name: 'Hide password' }));
    await waitFor(() => expect(screen.queryByText('pw-123')).not.toBeInTheDocument());
    expect(
      JSON.stringify(
        qc
          .getMutationCache()
          .getAll()
          .map((m) => m.state.data),
      ),
    ).not.toContain('pw-123');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fakeScp, renderScp } from '../testing/render-scp';
import EndpointsPage from './endpoints-page';

afterEach(() => vi.unstubAllGlobals());

describe('endpoints page', () => {
  it('lists each endpoint by region', async () => {
    fakeScp(({ path }) =>
      path === '/v1/endpoints'
        ? {
            body: {
              endpoints: [
                { region: 'kr-west1', service_name: 'scp-iam', service_type: 'scp-iam', url: 'https://w' },
                { region: 'kr-east1', service_name: 'scp-iam', service_type: 'scp-iam', url: 'https://e' },
              ],
            },
          }
        : undefined,
    );
    renderScp(<EndpointsPage />, 'endpoints');
    const table = await screen.findByRole('table', { name: 'Endpoints and regions' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['kr-east1', 'kr-west1']);
    expect(screen.getByText('2 regions')).toBeInTheDocument();
  });

  it('shows an empty list as such', async () => {
    fakeScp(() => ({ body: { endpoints: [] } }));
    renderScp(<EndpointsPage />, 'endpoints');
    expect(await screen.findByText('No endpoints')).toBeInTheDocument();
  });
});

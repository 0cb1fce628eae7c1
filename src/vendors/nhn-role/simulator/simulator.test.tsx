import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SimulatorPage from '../pages/simulator-page';
import { emulatorPage } from '../testing/emulator-page';

let env: Awaited<ReturnType<typeof emulatorPage>> | undefined;
afterEach(() => env?.close());

const DEMO = '12345678-1234-5678-1234-567812345678';

describe('ROLE access simulator', () => {
  it('answers from the check API, explains it, and follows a condition on the request attributes', async () => {
    env = await emulatorPage();
    env.render(<SimulatorPage />, 'simulator');
    await userEvent.type(screen.getByLabelText('User ID'), DEMO);
    await userEvent.type(screen.getByLabelText('Request path'), '/board/v1.0/1');
    await waitFor(() => expect(screen.getByRole('option', { name: 'GET' })).toBeInTheDocument());
    await userEvent.selectOptions(screen.getByLabelText('Operation'), 'GET');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add an attribute value' })).toBeEnabled());
    await userEvent.click(screen.getByRole('button', { name: 'Add an attribute value' }));
    const row = screen.getByRole('group', { name: 'Attribute value 1' });
    await userEvent.selectOptions(within(row).getByLabelText('Attribute'), 'instance.name');
    await userEvent.type(within(row).getByLabelText('Value'), 'GPU');
    await userEvent.click(screen.getByRole('button', { name: 'Check access' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Allowed');
    const explanation = screen.getByRole('region', { name: 'Explanation' });
    expect(within(explanation).getAllByText(/MEMBER/).length).toBeGreaterThan(0);
    expect(within(explanation).queryByRole('alert')).not.toBeInTheDocument();
    const check = env.calls.filter((c) => c.path.endsWith(`/users/${DEMO}/authorizations/resources`)).at(-1);
    expect(check?.body).toMatchObject({ resources: [{ operationId: 'GET', resourcePath: '/board/v1.0/1' }] });

    await userEvent.clear(within(row).getByLabelText('Value'));
    await userEvent.type(within(row).getByLabelText('Value'), 'CPU');
    await userEvent.click(screen.getByRole('button', { name: 'Check access' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Not allowed'));
    expect(
      within(screen.getByRole('region', { name: 'Explanation' })).getByText(/conditions not met/),
    ).toBeInTheDocument();
  });

  it('lists who in a scope may perform the operation', async () => {
    env = await emulatorPage();
    env.render(<SimulatorPage />, 'simulator');
    await userEvent.type(screen.getByLabelText('Request path'), '/board/v1.0/7/posts/3');
    await waitFor(() => expect(screen.getByRole('option', { name: 'GET' })).toBeInTheDocument());
    await userEvent.selectOptions(screen.getByLabelText('Operation'), 'GET');
    await userEvent.selectOptions(screen.getByLabelText('Scope'), 'team-platform');
    await userEvent.click(screen.getByRole('button', { name: 'List who can' }));
    const list = await screen.findByRole('list', { name: 'Who can' });
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { HttpError, NetworkError } from '@/lib/http/errors';
import { EmptyState, ErrorPanel, PageHeader, QueryBoundary } from '.';

function Users({ fetchUsers }: { fetchUsers: () => Promise<string[]> }) {
  const query = useQuery({ queryKey: ['users'], queryFn: fetchUsers, retry: false });
  return (
    <QueryBoundary
      query={query}
      isEmpty={(d) => d.length === 0}
      empty={<EmptyState title="No users" action={<button type="button">Create user</button>} />}
    >
      {(users) => (
        <ul aria-label="Users">
          {users.map((u) => (
            <li key={u}>{u}</li>
          ))}
        </ul>
      )}
    </QueryBoundary>
  );
}

function renderWithClient(ui: React.ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}

describe('QueryBoundary', () => {
  it('shows a loading status, then the data', async () => {
    renderWithClient(<Users fetchUsers={() => Promise.resolve(['alice', 'bob'])} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    const list = await screen.findByRole('list', { name: 'Users' });
    expect(list).toHaveTextContent('alicebob');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows the empty state with its call to action', async () => {
    renderWithClient(<Users fetchUsers={() => Promise.resolve([])} />);
    expect(await screen.findByText('No users')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create user' })).toBeInTheDocument();
  });

  it('shows the error sentence and retries on demand', async () => {
    const user = userEvent.setup();
    const fetchUsers = vi
      .fn<() => Promise<string[]>>()
      .mockRejectedValueOnce(new NetworkError('GET', '/api/users', 'offline'))
      .mockResolvedValueOnce(['carol']);
    renderWithClient(<Users fetchUsers={fetchUsers} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Cannot reach Tessera');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Users' })).toHaveTextContent('carol');
    expect(fetchUsers).toHaveBeenCalledTimes(2);
  });
});

describe('ErrorPanel', () => {
  it('shows the server detail and the request id', () => {
    render(
      <ErrorPanel error={new HttpError(503, 'GET', '/api/x', {}, 'req-42', 'Vendor is down', 'upstream')} />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Vendor is down');
    expect(alert).toHaveTextContent('Request ID: req-42');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('disables retry while it runs', () => {
    render(<ErrorPanel error={new Error('boom')} onRetry={() => undefined} retrying />);
    expect(screen.getByRole('button', { name: 'Trying again…' })).toBeDisabled();
  });
});

describe('PageHeader', () => {
  it('renders one level-one heading with its actions', () => {
    render(
      <PageHeader
        title="Users"
        titleId="users-title"
        description="Everyone in this tenant"
        actions={<button type="button">Invite</button>}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Users' })).toHaveAttribute('id', 'users-title');
    expect(screen.getByText('Everyone in this tenant')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Invite' })).toBeInTheDocument();
  });
});

import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import UsersPage from '../pages/users-page';
import { cipError, fakeCip, gonzalez, ok, renderCip } from '../testing/render-cip';

beforeAll(installDialogPolyfill);
afterEach(() => vi.unstubAllGlobals());

const list = (entries: unknown[], status = 'success') => ({
  body: { status, total_count: entries.length, entries },
});

describe('user search', () => {
  it('sends ANDed conditions from the URL and explains a cut result', async () => {
    const calls = fakeCip(({ method, path }) =>
      method === 'GET' && path === '/users' ? list([gonzalez], 'result_limit_exceeded') : undefined,
    );
    renderCip(<UsersPage />, 'users?a.givenName=G*&a.st=FL');
    expect(await screen.findByText('Result limit exceeded — refine your search')).toBeInTheDocument();
    expect(screen.getByText(/stopped at 1 users/)).toBeInTheDocument();
    expect(calls[0]?.query.get('givenName')).toBe('G*');
    expect(calls[0]?.query.get('st')).toBe('FL');
    expect(screen.getByText('1 user found')).toBeInTheDocument();
  });

  it('refuses a second condition on one attribute and writes a valid search to the URL', async () => {
    const calls = fakeCip(({ path }) => (path === '/users' ? list([]) : undefined));
    const { router } = renderCip(<UsersPage />, 'users');
    expect(await screen.findByText('No users match')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add condition' }));
    const [attr1, attr2] = screen.getAllByLabelText('Attribute');
    const [value1, value2] = screen.getAllByLabelText('Value');
    if (!attr1 || !attr2 || !value1 || !value2) throw new Error('two condition rows expected');
    await userEvent.type(attr1, 'sn');
    await userEvent.type(value1, 'Go*');
    await userEvent.type(attr2, 'SN');
    await userEvent.type(value2, 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByText(/Each attribute can appear once/)).toBeInTheDocument();
    const before = calls.length;
    await userEvent.click(screen.getByRole('button', { name: 'Remove condition 2' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Return every attribute' }));
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(calls.length).toBeGreaterThan(before));
    expect(router.state.location.search).toContain('a.sn=Go*');
    expect(calls.at(-1)?.query.get('gma_allAttrs')).toBe('true');
  });
});

describe('create user', () => {
  it("shows the vendor's AccountCreateError on the user name field", async () => {
    const calls = fakeCip(({ method, path }) => {
      if (path === '/users' && method === 'GET') return list([]);
      if (method === 'POST' && path === '/users/ggonzalez')
        return cipError(
          400,
          'AccountCreateError',
          'com.lsg.gma.api.exception.AccountCreateException: Could not create Gateway Account because the username "ggonzalez" is already in use by another Account',
        );
      return undefined;
    });
    renderCip(<UsersPage />, 'users');
    await userEvent.click(await screen.findByRole('button', { name: 'Create user' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/User name/), 'ggonzalez');
    await userEvent.type(within(dialog).getByLabelText('Surname'), 'Gonzalez');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    const field = within(dialog).getByLabelText(/User name/);
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByText(/already in use by another Account/)).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.form?.get('sn')).toBe('Gonzalez');
    expect(post?.form?.get('gma_isAccount')).toBe('true');
    expect(post?.form?.has('givenName')).toBe(false);
  });
});

describe('user detail', () => {
  const uuid = gonzalez.gtwayUUID;
  const base = (extra: Parameters<typeof fakeCip>[0]) =>
    fakeCip((call) => {
      if (call.method === 'GET' && call.path === '/users/ggonzalez')
        return { body: { status: 'success', entry: gonzalez } };
      return extra(call);
    });

  it('edits attributes: existing ones by PUT, new ones by editUser', async () => {
    const calls = base(({ method, path }) => {
      if (method === 'PUT' && path === `/users/${uuid}`) return ok;
      if (method === 'POST' && path === '/identities/editUser')
        return { body: { status: { success: true, apiError: false, message: '', errors: {} } } };
      return undefined;
    });
    renderCip(<UsersPage />, 'users/ggonzalez/attributes');
    await userEvent.click(await screen.findByRole('button', { name: 'Edit attributes' }));
    const given = screen.getByLabelText('givenName');
    await userEvent.clear(given);
    await userEvent.type(given, 'Gordy');
    await userEvent.type(screen.getByLabelText('telephoneNumber'), '555-0100');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.path === '/identities/editUser')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.form?.toString()).toBe('givenName=Gordy');
    const edit = calls.find((c) => c.path === '/identities/editUser');
    expect(edit?.json).toEqual([{ uuid, userDetails: { userAttributes: { telephoneNumber: '555-0100' } } }]);
  });

  it('checks and changes a password with client-side rules first', async () => {
    const calls = base(({ method, path, form }) => {
      if (path === '/users/ggonzalez/passwordLastChanged')
        return { body: { status: 'success', entry: { passwordLastChanged: 'Aug 07,2018 09:07:49 AM' } } };
      if (method === 'POST' && path === `/users/${uuid}/checkPassword`)
        return form?.get('password') === 'core1234'
          ? ok
          : cipError(400, 'PasswordMismatch', 'x: The password does not match');
      if (method === 'POST' && path === `/users/${uuid}/changePassword`) return ok;
      return undefined;
    });
    renderCip(<UsersPage />, 'users/ggonzalez/password');
    expect(await screen.findByText('Aug 07,2018 09:07:49 AM')).toBeInTheDocument();
    const check = screen.getByRole('form', { name: 'Verify a password' });
    await userEvent.type(within(check).getByLabelText(/^Password/), 'wrong');
    await userEvent.click(within(check).getByRole('button', { name: 'Verify' }));
    expect(await within(check).findByText('The password is not correct.')).toBeInTheDocument();

    const change = screen.getByRole('form', { name: 'Change password' });
    await userEvent.type(within(change).getByLabelText(/^Current password/), 'core1234');
    await userEvent.type(within(change).getByLabelText(/^New password/), 'short');
    await userEvent.type(within(change).getByLabelText(/^Repeat the new password/), 'short');
    await userEvent.click(within(change).getByRole('button', { name: 'Change password' }));
    expect(await within(change).findAllByText(/At least 8 characters/)).not.toHaveLength(0);
    expect(calls.some((c) => c.path.endsWith('/changePassword'))).toBe(false);

    await userEvent.clear(within(change).getByLabelText(/^New password/));
    await userEvent.clear(within(change).getByLabelText(/^Repeat the new password/));
    await userEvent.type(within(change).getByLabelText(/^New password/), 'core1234!x');
    await userEvent.type(within(change).getByLabelText(/^Repeat the new password/), 'core1234!x');
    await userEvent.click(within(change).getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/changePassword'))).toBe(true));
    const sent = calls.find((c) => c.path.endsWith('/changePassword'));
    expect(sent?.form?.get('newpassword')).toBe('core1234!x');
  });

  it('lists security questions without answers until asked, and deletes one', async () => {
    const entries = [
      { questionNumber: 3, questionText: 'Best friend?' },
      { questionNumber: 4, questionText: 'Street number?' },
    ];
    const calls = base(({ method, path, query }) => {
      if (method === 'GET' && path === `/users/${uuid}/kba`)
        return {
          body: {
            status: 'success',
            totalCount: 2,
            entries:
              query.get('returnAnswers') === 'true'
                ? entries.map((e) => ({ ...e, answer: 'Fred' }))
                : entries,
          },
        };
      if (path === '/kba/questions/active')
        return { body: { status: 'success', totalCount: 0, entries: [] } };
      if (method === 'DELETE' && path === `/users/${uuid}/kba/4`) return ok;
      return undefined;
    });
    renderCip(<UsersPage />, 'users/ggonzalez/security-questions');
    expect(await screen.findByText('Best friend?')).toBeInTheDocument();
    expect(calls.find((c) => c.path.endsWith('/kba'))?.query.get('returnAnswers')).toBe('false');
    expect(screen.queryByText('Fred')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show answers' }));
    expect(await screen.findAllByText('Fred')).toHaveLength(2);

    await userEvent.click(screen.getByRole('button', { name: 'Remove question 4' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
  });

  it('deletes the user by gtwayUUID after typing its name', async () => {
    const calls = base(({ method, path }) => {
      if (method === 'DELETE' && path === `/users/${uuid}`) return ok;
      if (path === '/users') return list([]);
      return undefined;
    });
    const { router } = renderCip(<UsersPage />, 'users/ggonzalez');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete user' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Delete user' });
    expect(confirm).toBeDisabled();
    await userEvent.type(within(dialog).getByRole('textbox'), 'ggonzalez');
    await userEvent.click(confirm);
    await waitFor(() => expect(router.state.location.pathname).toBe('/c/c1/users'));
    expect(calls.some((c) => c.method === 'DELETE' && c.path === `/users/${uuid}`)).toBe(true);
  });
});

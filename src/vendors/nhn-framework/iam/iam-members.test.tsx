import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import IamMembersPage from '../pages/iam-members-page';
import { failure, fakeNhn, ok, paging, renderNhn, type NhnCall } from '../testing/render-nhn';
import { giveTablesLayout } from '@/components/data-table/testing/table-layout';

let undoLayout: () => void = () => undefined;
beforeAll(() => {
  installDialogPolyfill();
  undoLayout = giveTablesLayout();
});
afterAll(() => undoLayout());
afterEach(() => vi.unstubAllGlobals());

const mina = {
  id: '11111111-1111-4111-8111-111111111111',
  userCode: 'mina.sato',
  name: 'Mina Sato',
  emailAddress: 'mina@example.com',
  maskingEmail: 'mi***@example.com',
  status: 'member',
  organizationId: 'ORG1',
  lastLoggedInAt: null,
};

function api(extra?: (call: NhnCall) => { body: unknown } | undefined) {
  return fakeNhn((call) => {
    const own = extra?.(call);
    if (own) return own;
    if (call.method === 'GET' && call.path === '/v1/iam/organizations/ORG1/members')
      return { body: ok({ paging: paging(1), orgMembers: [mina] }) };
    if (call.method !== 'GET') return { body: ok({ uuid: 'new-uuid' }) };
    return undefined;
  });
}

describe('IAM members', () => {
  it('creates an account after the sign-in ID rules pass, searching by name on the server', async () => {
    const calls = api();
    renderNhn(<IamMembersPage />, 'iam-members?iam.q=mina');
    expect(await screen.findByText('mina.sato')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'GET')?.query.get('nameLike')).toBe('mina');
    await userEvent.click(screen.getByRole('button', { name: 'Create IAM member' }));
    const form = await screen.findByRole('dialog', { name: 'Create IAM member' });
    await userEvent.type(within(form).getByLabelText(/Sign-in ID/), '-Bad');
    await userEvent.type(within(form).getByLabelText(/^Name/), 'Joon Park');
    await userEvent.type(within(form).getByLabelText(/^Email/), 'joon@example.com');
    await userEvent.type(within(form).getByLabelText(/Mobile phone/), '1012345678');
    await userEvent.click(within(form).getByRole('button', { name: 'Create' }));
    expect(await within(form).findAllByText(/starting and ending with a letter or digit/)).not.toHaveLength(
      0,
    );
    expect(within(form).getAllByText(/country calling code of the mobile number/)).not.toHaveLength(0);
    await userEvent.clear(within(form).getByLabelText(/Sign-in ID/));
    await userEvent.type(within(form).getByLabelText(/Sign-in ID/), 'joon.park');
    await userEvent.type(within(form).getByLabelText(/Country calling code/), '82');
    await userEvent.click(within(form).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      member: {
        userCode: 'joon.park',
        name: 'Joon Park',
        emailAddress: 'joon@example.com',
        status: 'member',
        mobilePhone: '1012345678',
        mobilePhoneCountryCode: '82',
      },
    });
  });

  it('offboards by setting the status to leaved, and shows why NHN Cloud refuses', async () => {
    const calls = api(({ method }) =>
      method === 'PUT' ? { body: failure(70014, 'Member withdrawal conditions not met') } : undefined,
    );
    renderNhn(<IamMembersPage />, 'iam-members');
    await userEvent.click(await screen.findByRole('button', { name: 'Edit: mina.sato' }));
    const form = await screen.findByRole('dialog', { name: 'Edit mina.sato' });
    await userEvent.selectOptions(within(form).getByLabelText(/^Status/), 'leaved');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText(/withdrawal conditions not met/)).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe(`/v1/iam/organizations/ORG1/members/${mina.id}`);
    expect(put?.body).toMatchObject({ member: { userCode: 'mina.sato', status: 'leaved' } });
  });

  it('sets a password once both entries match, and sends the password email with the locale', async () => {
    const calls = api();
    renderNhn(<IamMembersPage />, 'iam-members');
    await userEvent.click(await screen.findByRole('button', { name: 'Set password: mina.sato' }));
    const form = await screen.findByRole('dialog', { name: 'Set the password of mina.sato' });
    await userEvent.type(within(form).getByLabelText(/^New password/), 'Str0ng!Pass#word');
    await userEvent.type(within(form).getByLabelText(/^Repeat the password/), 'different');
    await userEvent.click(within(form).getByRole('button', { name: 'Set password' }));
    expect(await within(form).findAllByText('The passwords differ.')).not.toHaveLength(0);
    await userEvent.clear(within(form).getByLabelText(/^Repeat the password/));
    await userEvent.type(within(form).getByLabelText(/^Repeat the password/), 'Str0ng!Pass#word');
    await userEvent.click(within(form).getByRole('button', { name: 'Set password' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/set-password'))).toBe(true));
    expect(calls.find((c) => c.path.endsWith('/set-password'))?.body).toEqual({
      password: 'Str0ng!Pass#word',
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Send password email: mina.sato' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send a password email to mina.sato?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send password email' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/send-password-setup-mail'))).toBe(true));
    expect(calls.find((c) => c.path.endsWith('/send-password-setup-mail'))?.body).toEqual({
      locale: 'en',
      returnUrl: 'https://console.nhncloud.com/',
    });
  });
});

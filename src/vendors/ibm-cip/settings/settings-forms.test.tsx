import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import SettingsPage from '../pages/settings-page';
import { fakeCip, renderCip } from '../testing/render-cip';
import { ssError, withSetup, wrapped, wrappedOk } from './testing';

beforeAll(installDialogPolyfill);
afterEach(() => vi.unstubAllGlobals());

const resetOptions = {
  instanceId: 3,
  sendTempEmail: false,
  sendSuccessEmail: true,
  sendUrlEmail: false,
  emailTokenExpire: 3600,
  pwdTokenExpire: 3600,
  kbaQuestionCount: 3,
  validationOptionId: 1,
};
const passwordReset = wrapped({ options: { '3': resetOptions } });

describe('password reset options', () => {
  it('saves the edited options as SS24 wants them and marks the read-only ones', async () => {
    const calls = fakeCip(
      withSetup(({ method, path }) => {
        if (path === '/ss/getPasswordResetOptions') return passwordReset;
        if (method === 'POST' && path === '/ss/updatePasswordResetOptions') return wrappedOk;
        return undefined;
      }),
    );
    renderCip(<SettingsPage />, 'settings/3/password-reset');
    const count = await screen.findByLabelText(/Security questions to answer/);
    expect(count).toHaveValue('3');
    expect(screen.getAllByText('Read-only')).toHaveLength(3);
    await userEvent.clear(count);
    await userEvent.type(count, '2');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /Verify by an emailed link/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.query.get('instanceId')).toBeNull();
    expect(post?.json).toEqual({
      instanceId: '3',
      data: {
        options: { sendSuccessEmail: true, sendUrlEmail: true, kbaQuestionCount: 2, emailTokenExpire: 3600 },
      },
    });
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
  });

  it('puts the API refusal on the field in the user’s words and keeps what was typed', async () => {
    fakeCip(
      withSetup(({ method, path }) => {
        if (path === '/ss/getPasswordResetOptions') return passwordReset;
        if (method === 'POST')
          return ssError('InvalidParameter', {
            'data.options.emailTokenExpire': 'Too big: expected at most 1440',
          });
        return undefined;
      }),
    );
    renderCip(<SettingsPage />, 'settings/3/password-reset');
    const expire = await screen.findByLabelText(/Link valid for/);
    await userEvent.clear(expire);
    await userEvent.type(expire, '99999');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(expire).toHaveAccessibleDescription(expect.stringContaining('Too big: expected at most 1440')),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Some values were not accepted. Check the marked fields.',
    );
    expect(screen.queryByText('InvalidParameter')).not.toBeInTheDocument();
    expect(expire).toHaveValue('99999');
    expect(expire).toHaveAttribute('aria-invalid', 'true');
  });

  it('checks whole numbers before calling the API', async () => {
    const calls = fakeCip(
      withSetup(({ path }) => (path === '/ss/getPasswordResetOptions' ? passwordReset : undefined)),
    );
    renderCip(<SettingsPage />, 'settings/3/password-reset');
    const count = await screen.findByLabelText(/Security questions to answer/);
    await userEvent.clear(count);
    await userEvent.type(count, 'two');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('Enter a whole number.')).not.toHaveLength(0);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('asks before leaving a section with unsaved changes, and stays when told to', async () => {
    fakeCip(
      withSetup(({ path }) => {
        if (path === '/ss/getPasswordResetOptions') return passwordReset;
        if (path === '/ss/getUsernameRecoveryOptions')
          return wrapped({
            options: [{ instanceId: 3, sendRecoveryEmail: true, validationOptionId: 1, showUsername: false }],
          });
        return undefined;
      }),
    );
    const { router } = renderCip(<SettingsPage />, 'settings/3/password-reset');
    const count = await screen.findByLabelText(/Security questions to answer/);
    await userEvent.type(count, '0');
    await userEvent.click(screen.getByRole('link', { name: 'User name recovery' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(router.state.location.pathname).toBe('/c/c1/settings/3/password-reset');
    expect(count).toHaveValue('30');

    await userEvent.click(screen.getByRole('link', { name: 'User name recovery' }));
    const again = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await userEvent.click(within(again).getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/c/c1/settings/3/username-recovery'));
    expect(await screen.findByRole('checkbox', { name: 'Email the user name' })).toBeChecked();
  });
});

describe('security question options', () => {
  const kba = {
    minRequired: 3,
    maxRequired: null,
    uniqueAnswers: true,
    maxQuestionNum: 2,
    minCharacterLength: 1,
    questions: {
      'en-us': [
        { id: 1, deprecated: true, question: 'Old question?' },
        { id: 2, deprecated: false, question: 'First pet?' },
      ],
      'fr-ca': [{ id: 1, deprecated: true, question: 'Vieille question?' }],
    },
    availableQuestions: {},
  };

  it('edits rules and questions and sends the texts grouped by language', async () => {
    const calls = fakeCip(
      withSetup(({ method, path }) => {
        if (path === '/ss/getKba') return wrapped({ kba });
        if (method === 'POST' && path === '/ss/updateKba') return wrappedOk;
        return undefined;
      }),
    );
    renderCip(<SettingsPage />, 'settings/3/security-questions');
    const max = await screen.findByLabelText(/Most questions a user may answer/);
    await userEvent.type(max, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(max).toHaveAccessibleDescription(
        expect.stringContaining('Must not be below the questions a user must answer.'),
      ),
    );

    await userEvent.clear(max);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Question 2 deprecated' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add question' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Question 3 text in fr-ca' }), 'Ville natale?');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.json).toEqual({
      instanceId: '3',
      data: {
        minRequired: 3,
        maxRequired: '',
        minCharacterLength: 1,
        uniqueAnswers: true,
        questions: {
          'en-us': [
            { id: 1, deprecated: true, question: 'Old question?' },
            { id: 2, deprecated: true, question: 'First pet?' },
          ],
          'fr-ca': [
            { id: 1, deprecated: true, question: 'Vieille question?' },
            { id: 3, deprecated: false, question: 'Ville natale?' },
          ],
        },
      },
    });
  });
});

describe('self-registration', () => {
  it('shows an unknown approver refused by the API on the approver field', async () => {
    const options = {
      instanceId: 182,
      manualApproval: false,
      defaultApprover: '',
      useIdv: false,
      idvFailResolution: 'reject',
      multipleIdvFailResolution: 'reject',
      primaryUsernamePreference: 'user_uid',
      secondaryUsernamePreference: 'user_uid',
      requireManagerApproval: false,
      requirePolicyCheck: false,
      sendPendingEmail: true,
      sendRejectEmail: true,
      sendSuccessEmail: true,
      useAccountClaiming: false,
      useKba: true,
      secUsernamePreferenceOtherAttrName: '',
      usernamePreferenceOtherAttrName: '',
    };
    const calls = fakeCip(
      withSetup(({ method, path }) => {
        if (path === '/ss/getSelfRegistrationOptions')
          return wrapped({ options: [{ ...options, instanceId: 3 }] });
        if (method === 'POST') return ssError('InvalidParameter', { defaultApprover: 'unknown user' });
        return undefined;
      }),
    );
    renderCip(<SettingsPage />, 'settings/3/self-registration');
    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Registrations need manual approval' }),
    );
    await userEvent.type(screen.getByLabelText(/Default approver/), 'nobody');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const approver = screen.getByLabelText(/Default approver/);
    await waitFor(() =>
      expect(approver).toHaveAccessibleDescription(expect.stringContaining('unknown user')),
    );
    expect(approver).toHaveValue('nobody');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.json).toMatchObject({
      instanceId: '3',
      data: { options: { manualApproval: true, defaultApprover: 'nobody', useKba: true } },
    });
  });
});

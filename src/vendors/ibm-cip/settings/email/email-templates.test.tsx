import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as CodeEditorModule from '@/components/code-editor';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import SettingsPage from '../../pages/settings-page';
import { fakeCip, renderCip } from '../../testing/render-cip';
import { ssError, withSetup, wrapped, wrappedOk } from '../testing';
import { draftKey } from './draft-storage';

// Monaco does not run in jsdom; a textarea with the same label and value stands in for it.
vi.mock('@/components/code-editor', async (importOriginal) => {
  const real = await importOriginal<typeof CodeEditorModule>();
  return {
    ...real,
    CodeEditor: (props: {
      label: string;
      value: string;
      language?: string;
      onChange?: (v: string) => void;
    }) => (
      <textarea
        aria-label={props.label}
        data-language={props.language}
        value={props.value}
        onChange={(e) => props.onChange?.(e.target.value)}
      />
    ),
    CodeDiffEditor: (props: { label: string; original: string; modified: string; language?: string }) => (
      <pre
        aria-label={props.label}
        data-language={props.language}
      >{`${props.original} => ${props.modified}`}</pre>
    ),
  };
});

beforeAll(installDialogPolyfill);
beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

const HOSTILE =
  '<html>$firstName,<br/><script>window.parent.pwned = true</script><img src=x onerror="window.parent.pwned = true"></html>';
const templates = wrapped({
  emails: [
    {
      emailTypeId: 10,
      languages: [
        {
          langCode: 'en-us',
          replyTo: 'noreply@example.com',
          subject: 'Revoked: $serviceName',
          body: HOSTILE,
        },
      ],
    },
  ],
});

const frame = () => screen.getByTitle('Email preview');

describe('email templates', () => {
  it('previews the body in a frame that cannot run scripts, with its placeholders listed', async () => {
    fakeCip(withSetup(({ path }) => (path === '/ss/getEmailTemplate' ? templates : undefined)));
    renderCip(<SettingsPage />, 'settings/3/email-templates?type=10&lang=en-us');
    expect(await screen.findByLabelText('Subject')).toHaveValue('Revoked: $serviceName');
    expect(frame()).toHaveAttribute('sandbox', '');
    expect(frame().getAttribute('srcdoc')).toContain('<script>');
    expect(frame().getAttribute('srcdoc')).toContain("default-src 'none'");
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
    const list = screen.getByRole('list', { name: 'Placeholders' });
    expect(list).toHaveTextContent('$serviceName');
    expect(list).toHaveTextContent('$firstName');
    expect(screen.getByTestId('preview-subject')).toHaveTextContent('Revoked: $serviceName');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Fill placeholders with examples' }));
    expect(screen.getByTestId('preview-subject')).toHaveTextContent('Revoked: Payroll');
    expect(frame().getAttribute('srcdoc')).toContain('Ada,');
  });

  it('keeps an unsaved edit as a draft that comes back after a reload, and clears it once saved', async () => {
    const calls = fakeCip(
      withSetup(({ method, path }) => {
        if (path === '/ss/getEmailTemplate') return templates;
        if (method === 'POST' && path === '/ss/updateEmailTemplate') return wrappedOk;
        return undefined;
      }),
    );
    const first = renderCip(<SettingsPage />, 'settings/3/email-templates?type=10&lang=en-us');
    const subject = await screen.findByLabelText('Subject');
    await userEvent.clear(subject);
    await userEvent.type(subject, 'Access removed');
    const key = draftKey('c1', 3, 10, 'en-us');
    await waitFor(() => expect(localStorage.getItem(key)).toContain('Access removed'));
    first.unmount();

    renderCip(<SettingsPage />, 'settings/3/email-templates?type=10&lang=en-us');
    expect(await screen.findByText('Unsaved draft restored')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Subject')).toHaveValue('Access removed'));
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.json).toEqual({
      instanceId: '3',
      updatedData: [
        {
          emailTypeID: 10,
          languages: [
            { langCode: 'en-us', replyTo: 'noreply@example.com', subject: 'Access removed', body: HOSTILE },
          ],
        },
      ],
    });
    await waitFor(() => expect(localStorage.getItem(key)).toBeNull());
  });

  it('keeps the typing and the draft when the save fails', async () => {
    fakeCip(
      withSetup(({ method, path }) => {
        if (path === '/ss/getEmailTemplate') return templates;
        if (method === 'POST') return ssError('InstanceNotFound', { instanceId: 'unknown instance' }, 404);
        return undefined;
      }),
    );
    renderCip(<SettingsPage />, 'settings/3/email-templates?type=10&lang=en-us');
    const body = await screen.findByLabelText('Body (HTML)');
    expect(body).toHaveAttribute('data-language', 'html');
    await userEvent.clear(body);
    await userEvent.type(body, 'Hello $firstName');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This instance no longer exists. Pick another one.')).toBeInTheDocument();
    expect(body).toHaveValue('Hello $firstName');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Compare with the saved version' }));
    expect(screen.getByLabelText('Saved body and edited body')).toHaveTextContent(
      `${HOSTILE} => Hello $firstName`,
    );
    expect(screen.getByLabelText('Saved body and edited body')).toHaveAttribute('data-language', 'html');
    expect(localStorage.getItem(draftKey('c1', 3, 10, 'en-us'))).toContain('Hello $firstName');
  });
});

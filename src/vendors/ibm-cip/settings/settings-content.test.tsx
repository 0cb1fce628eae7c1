import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as CodeEditorModule from '@/components/code-editor';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import SettingsPage from '../pages/settings-page';
import { fakeCip, renderCip } from '../testing/render-cip';
import { ssError, withSetup, wrapped, wrappedOk } from './testing';

vi.mock('@/components/code-editor', async (importOriginal) => {
  const real = await importOriginal<typeof CodeEditorModule>();
  return {
    ...real,
    CodeEditor: (props: { label: string; value: string; language?: string }) => (
      <pre aria-label={props.label} data-language={props.language}>
        {props.value}
      </pre>
    ),
  };
});

beforeAll(installDialogPolyfill);
beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

const textKeys = wrapped({
  languages: [
    {
      'en-us': {
        attributeTextKeys: { givenName: 'First name' },
        textKeys: { buttonKeys: { save: 'Save', cancel: 'Cancel' } },
      },
    },
    { 'de-de': { attributeTextKeys: {}, textKeys: { buttonKeys: { save: 'Speichern' } } } },
  ],
});

describe('text keys', () => {
  it('filters by the search in the URL and saves one edited text as SS32 wants it', async () => {
    const calls = fakeCip(
      withSetup(({ method, path }) => {
        if (path === '/ss/getAppTextKeys') return textKeys;
        if (method === 'POST' && path === '/ss/updateAppTextKeys') return wrappedOk;
        return undefined;
      }),
    );
    renderCip(<SettingsPage />, 'settings/3/text-keys?q=speich');
    expect(await screen.findByText('1 of 4 keys')).toBeInTheDocument();
    const search = screen.getByRole('searchbox', { name: 'Search keys and texts' });
    await userEvent.clear(search);
    await userEvent.type(search, 'save');
    expect(await screen.findByText('2 of 4 keys')).toBeInTheDocument();
    const [firstEdit] = screen.getAllByRole('button', { name: 'Edit save' });
    if (!firstEdit) throw new Error('an Edit button is expected');
    await userEvent.click(firstEdit);
    const input = screen.getByRole('textbox', { name: 'Text of save (de-de)' });
    expect(input).toHaveFocus();
    await userEvent.clear(input);
    await userEvent.type(input, 'Sichern');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.json).toEqual({
      instanceId: '3',
      updatedKeys: { 'de-de': { textKeys: { buttonKeys: { save: 'Sichern' } } } },
    });
  });

  it('requires a key before adding one', async () => {
    const calls = fakeCip(withSetup(({ path }) => (path === '/ss/getAppTextKeys' ? textKeys : undefined)));
    renderCip(<SettingsPage />, 'settings/3/text-keys');
    await userEvent.click(await screen.findByRole('button', { name: 'Add a text key' }));
    const key = screen.getByRole('textbox', { name: /^Key/ });
    await waitFor(() => expect(key).toHaveAccessibleDescription(expect.stringContaining('Enter a key.')));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});

describe('notices', () => {
  it('lists the versions newest first and publishes a new one for the chosen type and language', async () => {
    const calls = fakeCip(
      withSetup(({ method, path }) => {
        if (path === '/ss/noticeTypes') return { body: ['USER_SELF_DELETE', 'USER_CONSENT', 'USER_PRIVACY'] };
        if (method === 'GET' && path === '/ss/notices/type/USER_SELF_DELETE/langCode/de-de')
          return {
            body: [
              {
                id: 2,
                version: 2,
                langCode: 'de-de',
                body: 'Neu',
                createTimestamp: '2019-07-18T08:32:17.615Z',
              },
              {
                id: 1,
                version: 1,
                langCode: 'de-de',
                body: 'Alt',
                createTimestamp: '2019-07-08T06:04:05.757Z',
              },
            ],
          };
        if (method === 'POST' && path === '/ss/notices/type/USER_SELF_DELETE')
          return { body: { success: true, apiError: false, message: 'Success', errors: {} } };
        return undefined;
      }),
    );
    renderCip(<SettingsPage />, 'settings/3/notices?type=USER_SELF_DELETE&lang=de-de');
    const versions = await screen.findByRole('list', { name: 'Versions' });
    const items = within(versions).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Version 2');
    expect(items[0]).toHaveTextContent('current');
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /Notice text/ })).toHaveAccessibleDescription(
        expect.stringContaining('Enter the notice text.'),
      ),
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Notice text/ }), 'Version drei');
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.json).toEqual({ langCode: 'de-de', body: 'Version drei' });
  });
});

const role = {
  id: 151,
  clientId: 501,
  instanceId: 3,
  uuid: '2c473675-f81e-4648-a6c0-6e80a74c9e61',
  name: 'Employee',
  description: 'Default role',
  defaultRole: true,
  clientRolePriority: 2,
  applicationSuites: [1, 2, 3, 4].map((applicationId) => ({ applicationId, allowAccess: true })),
  viewPrefs: Object.fromEntries(
    ['launchpad', 'profile', 'reports', 'requests', 'services', 'users'].map((s) => [
      s,
      { appSectionCode: s, show: s === 'profile' },
    ]),
  ),
  preferences: { demoteManager: true },
  filterOptions: { userFilter: [], serviceFilter: [] },
  searchOptions: { userSearch: [{ id: 1, name: 'uid', mapping: 'uid', rank: 0 }], serviceSearch: [] },
  viewPermissions: [],
};

describe('application roles', () => {
  it('keeps one profile section shown, then saves the role with its untouched parts and a new priority', async () => {
    const calls = fakeCip(
      withSetup(({ method, path }) => {
        if (method === 'GET' && path === `/ss/role/${role.uuid}`)
          return wrapped({ defaultRole: role.uuid, roles: [role] });
        if (method === 'PUT' && path === `/ss/role/${role.uuid}`) return wrappedOk;
        if (method === 'PUT' && path === '/ss/roles')
          return { body: { success: true, apiError: false, message: 'Client Roles updated', errors: {} } };
        return undefined;
      }),
    );
    renderCip(<SettingsPage />, `settings/3/roles?role=${role.uuid}`);
    const profile = await screen.findByRole('checkbox', { name: 'profile' });
    await userEvent.click(profile);
    const [saveRole, savePriority] = screen.getAllByRole('button', { name: 'Save' });
    if (!saveRole || !savePriority) throw new Error('two Save buttons are expected');
    await userEvent.click(saveRole);
    expect(await screen.findAllByText('Show at least one section.')).not.toHaveLength(0);
    await userEvent.click(screen.getByRole('checkbox', { name: 'users' }));
    await userEvent.clear(screen.getByRole('textbox', { name: /^Description/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Description/ }), 'Staff');
    await userEvent.click(saveRole);
    await waitFor(() =>
      expect(calls.some((c) => c.path === `/ss/role/${role.uuid}` && c.method === 'PUT')).toBe(true),
    );
    const put = calls.find((c) => c.method === 'PUT' && c.path === `/ss/role/${role.uuid}`);
    expect(put?.json).toMatchObject({
      name: 'Employee',
      description: 'Staff',
      instanceId: 3,
      defaultRole: true,
      searchOptions: role.searchOptions,
      viewPrefs: {
        profile: { appSectionCode: 'profile', show: false },
        users: { appSectionCode: 'users', show: true },
      },
      preferences: { demoteManager: true },
    });

    const priority = screen.getByRole('textbox', { name: /^Priority/ });
    await userEvent.clear(priority);
    await userEvent.type(priority, '1');
    await userEvent.click(savePriority);
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT' && c.path === '/ss/roles')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT' && c.path === '/ss/roles')?.json).toEqual({
      clientId: 501,
      uuid: role.uuid,
      clientRolePriority: 1,
      defaultRole: true,
    });
  });
});

describe('default language', () => {
  it('says the value cannot be read back, checks the code and remembers what was set here', async () => {
    const calls = fakeCip(
      withSetup(({ method, path }) =>
        method === 'PUT' && path === '/ss/updateDefaultLanguage/de-de'
          ? { body: { status: { success: true, apiError: false, message: 'success', error: {} } } }
          : undefined,
      ),
    );
    renderCip(<SettingsPage />, 'settings/3/language');
    expect(await screen.findByText(/has no call to read it/)).toBeInTheDocument();
    const code = screen.getByRole('textbox', { name: /Language code/ });
    await userEvent.type(code, 'German');
    await userEvent.click(screen.getByRole('button', { name: 'Set default language' }));
    await waitFor(() =>
      expect(code).toHaveAccessibleDescription(
        expect.stringContaining('Enter a language code such as en-us'),
      ),
    );
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    await userEvent.clear(code);
    await userEvent.type(code, 'DE-de');
    await userEvent.click(screen.getByRole('button', { name: 'Set default language' }));
    expect(await screen.findByText(/Last set from this browser: de-de/)).toBeInTheDocument();
  });
});

describe('form fields', () => {
  it('saves edited labels and flags and sends back what the console does not edit', async () => {
    const item = {
      fieldName: 'mail',
      fieldType: 'text',
      label: 'E-mail',
      mapping: 'mail',
      editable: 'true',
      required: 'true',
      masked: 'false',
      match: 'false',
      more: '',
      validationList: [],
      idv: { use: 'false' },
    };
    const calls = fakeCip(
      withSetup(({ method, path }) => {
        if (path === '/ss/getAttributeElements')
          return wrapped({
            ldapAttributes: ['mail'],
            userIdv: false,
            formSections: [{ header: 'Recover', sectionLabel: 'Recover', items: [item] }],
          });
        if (method === 'POST')
          return ssError('InvalidParameter', { 'data.formSections.0.items.0.label': 'Too long' });
        return undefined;
      }),
    );
    renderCip(<SettingsPage />, 'settings/3/form-fields?app=pma');
    const label = await screen.findByRole('textbox', { name: 'Label of mail' });
    await userEvent.clear(label);
    await userEvent.type(label, 'Email address');
    await userEvent.click(screen.getByRole('checkbox', { name: 'mail entered twice' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.json).toEqual({
      instanceId: '3',
      appType: 'pma',
      data: {
        formSections: [
          {
            header: 'Recover',
            sectionLabel: 'Recover',
            items: [{ ...item, label: 'Email address', match: 'true' }],
          },
        ],
      },
    });
    expect(
      await screen.findByText('Some values were not accepted. Check the marked fields.'),
    ).toBeInTheDocument();
    expect(label).toHaveValue('Email address');
  });
});

describe('branding', () => {
  it('shows the stylesheet as read-only and refuses a file that is not an image before uploading', async () => {
    const calls = fakeCip(
      withSetup(({ path }) => {
        if (path === '/ss/getBrandingFiles')
          return wrapped({
            files: [
              {
                fileId: 2,
                name: 'Logo image',
                description: 'Header logo',
                fileName: 'logo.png',
                contentType: 'image/png',
                customized: false,
                ie9Customized: false,
              },
            ],
          });
        if (path === '/ss/getBranding') return wrapped({ brandingDataMap: { '@brand-primary': '#0f62fe' } });
        return undefined;
      }),
    );
    renderCip(<SettingsPage />, 'settings/3/branding');
    const stylesheet = await screen.findByLabelText('Stylesheet variables (read-only)');
    expect(stylesheet).toHaveTextContent('@brand-primary: #0f62fe;');
    expect(stylesheet).toHaveAttribute('data-language', 'css');
    const img = screen.getByRole('img', { name: 'Logo image, current image' });
    expect(img.getAttribute('src')).toBe('/api/proxy/c1/GmaApi/ss/getBrandingFile?instanceId=3&fileId=2');
    const input = screen.getByLabelText('Upload an image for Logo image', { selector: 'input' });
    await userEvent.upload(input, new File(['x'], 'notes.txt', { type: 'text/plain' }), {
      applyAccept: false,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Upload' }));
    await waitFor(() => expect(input).toHaveAccessibleDescription('Choose an image file.'));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as CodeEditorModule from '@/components/code-editor';
import { installDialogPolyfill } from '@/components/testing/dialog-polyfill';
import SamlProvidersPage from '../pages/saml-page';
import { ACCOUNT, DATE, fakeScp, renderScp, scpError } from '../testing/render-scp';
import { daysLeft } from './saml-detail';

vi.mock('@/components/code-editor', async (importOriginal) => {
  const real = await importOriginal<typeof CodeEditorModule>();
  return {
    ...real,
    CodeEditor: (props: { label: string; value: string }) => (
      <pre aria-label={props.label}>{props.value}</pre>
    ),
  };
});
beforeAll(installDialogPolyfill);

const provider = (over: Record<string, unknown> = {}) => ({
  account_id: ACCOUNT,
  created_at: DATE,
  created_by: 'a',
  modified_at: DATE,
  modified_by: 'a',
  id: 's1',
  saml_provider_name: 'Keycloak',
  federation_type: 'SAML',
  idp_issuer_url: 'https://idp.example/realms/corp',
  idp_sso_url: 'https://idp.example/sso',
  acs_url: 'https://iam/v1/saml/acc/s1/acs',
  idp_cert_end: '2020-01-01T00:00:00Z',
  idp_file_name: 'idp.xml',
  idp_file_size: 1234,
  idp_file_data: '<EntityDescriptor entityID="https://idp.example/realms/corp"/>',
  ...over,
});

describe('SAML providers', () => {
  it('sends the metadata as multipart and shows SCP’s reason for a malformed file', async () => {
    const calls = fakeScp(({ method, path }) =>
      method === 'POST' && path === '/v1/saml-providers'
        ? scpError(400, 'INVALID_METADATA', 'file is not an XML document.')
        : undefined,
    );
    renderScp(<SamlProvidersPage />, 'saml/new');
    await userEvent.type(await screen.findByLabelText('Provider name'), 'Broken');
    await userEvent.upload(
      screen.getByLabelText('Metadata XML'),
      new File(['not xml at all'], 'bad.xml', { type: 'application/xml' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Upload' }));
    expect(await screen.findByText('file is not an XML document.')).toBeInTheDocument();
    expect(screen.getByText('SCP refused the metadata')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(screen.getByLabelText('Provider name')).toHaveValue('Broken');
  });

  it('shows the parsed fields, an expired certificate and the XML; deletes through the bulk call', async () => {
    const calls = fakeScp(({ method, path }) => {
      if (path === '/v1/saml-providers/s1') return { body: provider() };
      if (method === 'DELETE' && path === '/v1/saml-providers/bulk') return { status: 204, body: null };
      return undefined;
    });
    renderScp(<SamlProvidersPage />, 'saml/s1');
    expect(await screen.findByText('https://idp.example/sso')).toBeInTheDocument();
    expect(screen.getByTestId('scp-saml-cert')).toHaveTextContent('Expired');
    expect(screen.getByLabelText('Metadata XML')).toHaveTextContent('EntityDescriptor');
    await userEvent.click(screen.getByRole('button', { name: 'Delete provider' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox'), 'Keycloak');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete provider' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'DELETE')?.json).toEqual({ ids: ['s1'] }));
  });

  it('counts days to expiry', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(daysLeft('2026-01-11T00:00:00Z', now)).toBe(10);
    expect(daysLeft('2025-12-31T00:00:00Z', now)).toBe(-1);
  });
});

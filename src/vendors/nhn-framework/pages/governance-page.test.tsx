import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import GovernancePage from './governance-page';
import { failure, fakeNhn, ok, renderNhn } from '../testing/render-nhn';
import { flattenSettings } from '../shared/flatten';

afterEach(() => vi.unstubAllGlobals());

describe('security settings', () => {
  it('shows each setting read-only, "Not set" for null, and an IP ACL denial as a clear error', async () => {
    fakeNhn(({ path }) => {
      if (path.endsWith('/products/ip-acl')) return { body: failure(-8, 'Not allowed IP') };
      if (path.endsWith('/settings/session'))
        return {
          body: ok({
            result: {
              content: {
                multiSessionsLimit: 3,
                sessionTimeoutMinutes: 30,
                mobileSessionTimeoutMinutes: 60,
                sessionType: 'idle',
              },
            },
          }),
        };
      if (path.endsWith('/settings/security-mfa')) return { body: ok({ result: null }) };
      return undefined;
    });
    renderNhn(<GovernancePage />, 'governance');
    expect(screen.getByRole('note')).toHaveTextContent('Managed in NHN Cloud');
    const session = screen.getByRole('region', { name: 'Sign-in session' });
    expect(await within(session).findByText('idle')).toBeInTheDocument();
    const mfa = screen.getByRole('region', { name: 'Second factor (MFA)' });
    expect(await within(mfa).findByText('Not set')).toBeInTheDocument();
    const acl = screen.getByRole('region', { name: 'IP ACL' });
    expect(await within(acl).findByText(/IP ACL does not allow/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /save|edit/i })).not.toBeInTheDocument();
  });
});

describe('flattenSettings', () => {
  it('gives dotted paths, joins plain lists and keeps nested lists apart', () => {
    expect(flattenSettings({ a: { b: 1 }, ips: ['1.1.1.1', '2.2.2.2'], l: [{ x: true }] })).toEqual([
      ['a.b', '1'],
      ['ips', '1.1.1.1, 2.2.2.2'],
      ['l[0].x', 'true'],
    ]);
    expect(flattenSettings(null)).toEqual([]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { ACCOUNT, CONNECTION, accessKey, fakeScp, renderScp, scpError } from '../testing/render-scp';
import { AccountGate } from './account-gate';

afterEach(() => vi.unstubAllGlobals());

const Probe = () => <AccountGate>{(id) => <p>account is {id}</p>}</AccountGate>;

describe('AccountGate / useScpAccountId', () => {
  it('reads the account id from the first access key when the connection does not give one', async () => {
    const calls = fakeScp(({ path }) =>
      path === '/v1/access-keys' ? { body: { access_keys: [accessKey('k1')], count: 1 } } : undefined,
    );
    renderScp(<Probe />, 'users');
    expect(await screen.findByText(`account is ${ACCOUNT}`)).toBeInTheDocument();
    expect(calls[0]?.query.get('limit')).toBe('1');
  });

  it('uses the connection setting without asking SCP', async () => {
    const calls = fakeScp(() => undefined);
    renderScp(<Probe />, 'users', {
      ...CONNECTION,
      settings: { ...CONNECTION.settings, accountId: 'given' },
    });
    expect(await screen.findByText('account is given')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('says so when the key list is empty, and shows a failed lookup as an error', async () => {
    fakeScp(() => ({ body: { access_keys: [], count: 0 } }));
    const first = renderScp(<Probe />, 'users');
    expect(await screen.findByText('No account id')).toBeInTheDocument();
    first.unmount();
    vi.unstubAllGlobals();
    fakeScp(() => scpError(401, 'SIGNATURE_MISMATCH', 'The signature does not match.'));
    renderScp(<Probe />, 'users');
    expect(await screen.findByText('Could not find the account id')).toBeInTheDocument();
    expect(screen.getByText(/signature does not match/)).toBeInTheDocument();
  });
});

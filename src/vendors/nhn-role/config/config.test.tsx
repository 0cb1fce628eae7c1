import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ConfigPage from '../pages/config-page';
import { emulatorPage } from '../testing/emulator-page';
import { configChanges, type ConfigValues } from './config-form';

let env: Awaited<ReturnType<typeof emulatorPage>> | undefined;
afterEach(() => env?.close());

const base: ConfigValues = {
  policy: 'NON_IDENTICAL_PATH',
  ttl: '300',
  size: '1000000',
  sizeByPath: '1000000',
  sizeTree: '1000000',
};

describe('ROLE config', () => {
  it('sends only the fields that changed', () => {
    expect(configChanges(base, base)).toEqual({});
    expect(configChanges(base, { ...base, policy: 'IDENTICAL_PATH', ttl: ' 60 ' })).toEqual({
      resourcePathTrailingSlashMatchPolicyCode: 'IDENTICAL_PATH',
      cacheTtl: 60,
    });
    expect(configChanges(base, { ...base, sizeTree: '' })).toEqual({});
  });

  it('changes the trailing-slash policy and the TTL, and refuses a negative size at the field', async () => {
    env = await emulatorPage();
    env.render(<ConfigPage />, 'config');
    const policy = await screen.findByLabelText(/Trailing slash/);
    expect(policy).toHaveValue('NON_IDENTICAL_PATH');
    const ttl = screen.getByLabelText(/time to live/);
    expect(ttl).toHaveValue('300');
    await userEvent.type(screen.getByLabelText(/by resource ID/), '{Backspace}-');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findAllByText(/whole number/)).length).toBeGreaterThan(0);
    expect(env.calls.some((c) => c.method === 'PUT')).toBe(false);
    await userEvent.clear(screen.getByLabelText(/by resource ID/));
    await userEvent.type(screen.getByLabelText(/by resource ID/), '1000000');
    await userEvent.selectOptions(policy, 'IDENTICAL_PATH');
    await userEvent.clear(ttl);
    await userEvent.type(ttl, '60');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await env?.call('GET', '/config')).toMatchObject({
        resourcePathTrailingSlashMatchPolicyCode: 'IDENTICAL_PATH',
        cache: { ttl: 60, size: 1000000 },
      }),
    );
    const put = env.calls.find((c) => c.method === 'PUT' && c.path.endsWith('/config'));
    expect(put?.body).toEqual({ resourcePathTrailingSlashMatchPolicyCode: 'IDENTICAL_PATH', cacheTtl: 60 });
  });

  it('purges the caches only after confirmation, then reads the new flush time', async () => {
    env = await emulatorPage();
    env.render(<ConfigPage />, 'config');
    const reads = () =>
      env?.calls.filter((c) => c.method === 'GET' && c.path.endsWith('/config')).length ?? 0;
    await userEvent.click(await screen.findByRole('button', { name: 'Purge caches' }));
    const dialog = await screen.findByRole('dialog', { name: 'Purge the caches?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(env.calls.some((c) => c.path.endsWith('/cache-evict'))).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Purge caches' }));
    const again = await screen.findByRole('dialog', { name: 'Purge the caches?' });
    const before = reads();
    await userEvent.click(within(again).getByRole('button', { name: 'Purge caches' }));
    await waitFor(() => expect(env?.calls.some((c) => c.path.endsWith('/cache-evict'))).toBe(true));
    await waitFor(() => expect(reads()).toBeGreaterThan(before));
    expect(await screen.findByText('Caches purged.')).toBeInTheDocument();
  });
});

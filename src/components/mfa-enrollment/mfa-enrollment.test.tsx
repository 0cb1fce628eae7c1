import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { HttpError } from '@/lib/http/errors';
import { MfaEnrollment } from '.';

const URI = 'otpauth://totp/Tessera:alice?secret=JBSWY3DPEHPK3PXP&issuer=Tessera';

function wrap(ui: ReactNode) {
  const qc = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return render(<QueryClientProvider client={qc}>{ui}</QueryClientProvider>);
}

/**
 * Waits for the drawn image, not the busy placeholder that carries the same name while the lazy QR chunk
 * loads (slow on a loaded machine): the placeholder is replaced, so holding on to it races.
 */
async function expectQrDrawn() {
  await waitFor(() => expect(screen.getByRole('img', { name: 'QR code for alice' })).toHaveAttribute('src'), {
    timeout: 15_000,
  });
}

describe('MfaEnrollment', () => {
  it('walks through begin, scan, confirm and recovery codes', async () => {
    const user = userEvent.setup();
    const start = vi.fn(() => Promise.resolve({ otpauthUri: URI }));
    const confirm = vi.fn((code: string) =>
      code === '123456'
        ? Promise.resolve({ recoveryCodes: ['aaaaa-11111', 'bbbbb-22222'] })
        : Promise.reject(
            new HttpError(400, 'POST', '/x', {}, undefined, 'bad', 'invalid-body', [
              { field: 'code', message: 'That code does not match.' },
            ]),
          ),
    );
    const onDone = vi.fn();
    wrap(<MfaEnrollment start={start} confirm={confirm} onDone={onDone} account="alice" />);

    await user.click(screen.getByRole('button', { name: 'Begin set-up' }));
    await expectQrDrawn();
    // The secret is read from the URI when the caller does not pass it.
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findAllByText('Enter the 6 digits from your app.')).not.toHaveLength(0);
    expect(confirm).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/Code from the app/), '000000');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findAllByText('That code does not match.')).not.toHaveLength(0);

    await user.type(screen.getByLabelText(/Code from the app/), '123456');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    const list = await screen.findByRole('list', { name: 'Save your recovery codes' });
    expect(list, 'masked until revealed').not.toHaveTextContent('aaaaa-11111');
    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(list).toHaveTextContent('aaaaa-11111');
    const done = screen.getByRole('button', { name: 'Done' });
    expect(done).toBeDisabled();
    await user.click(screen.getByLabelText('I have stored it in a safe place'));
    await user.click(done);
    expect(onDone).toHaveBeenCalledOnce();
    // The codes are gone once acknowledged.
    expect(screen.queryByText('aaaaa-11111')).not.toBeInTheDocument();
  });

  it('shows a failure to start and lets the user try again', async () => {
    const user = userEvent.setup();
    const start = vi
      .fn<() => Promise<{ otpauthUri: string }>>()
      .mockRejectedValueOnce(
        new HttpError(409, 'POST', '/x', {}, undefined, 'MFA is already on.', 'conflict'),
      )
      .mockResolvedValueOnce({ otpauthUri: URI });
    wrap(
      <MfaEnrollment start={start} confirm={() => Promise.resolve({})} onDone={vi.fn()} account="alice" />,
    );
    await user.click(screen.getByRole('button', { name: 'Begin set-up' }));
    expect(await screen.findByText('MFA is already on.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Begin set-up' }));
    await expectQrDrawn();
  });
});

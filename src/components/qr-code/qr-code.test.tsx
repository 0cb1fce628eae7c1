import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QrCode } from '.';

const URI = 'otpauth://totp/Tessera:alice?secret=JBSWY3DPEHPK3PXP&issuer=Tessera';

describe('QrCode', () => {
  it('draws the value locally as an image with an accessible name and shows the secret as text', async () => {
    render(<QrCode value={URI} label="QR code for alice" secret="JBSWY3DPEHPK3PXP" />);
    const img = await screen.findByRole('img', { name: 'QR code for alice' });
    await expect
      .poll(() => img.getAttribute('src') ?? screen.getByRole('img').getAttribute('src'))
      .toMatch(/^data:image\/svg\+xml/);
    const src = decodeURIComponent(
      screen.getByRole('img', { name: 'QR code for alice' }).getAttribute('src') ?? '',
    );
    expect(src).toContain('<svg');
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP')).toHaveAttribute('data-secret', 'JBSWY3DPEHPK3PXP');
    expect(document.querySelector('[data-qr-value]')).toHaveAttribute('data-qr-value', URI);
  });

  it('redraws when the value changes', async () => {
    const { rerender } = render(<QrCode value={URI} label="code" />);
    const first = await screen.findByRole('img', { name: 'code' });
    await expect.poll(() => screen.getByRole('img', { name: 'code' }).tagName).toBe('IMG');
    const before = screen.getByRole('img', { name: 'code' }).getAttribute('src');
    rerender(<QrCode value={`${URI}&x=1`} label="code" />);
    await expect.poll(() => screen.getByRole('img', { name: 'code' }).getAttribute('src')).not.toBe(before);
    expect(first).toBeDefined();
  });
});

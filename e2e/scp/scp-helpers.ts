import { expect, type Page } from '@playwright/test';
import { scpSignedHeaders } from '../../src/vendors/scp/signature';

type Connection = { id: string; vendor: string; baseUrl: string; settings: Record<string, string> };

async function demoConnection(page: Page): Promise<Connection> {
  const res = await page.request.get('/api/connections');
  expect(res.ok()).toBe(true);
  const { items } = (await res.json()) as { items: Connection[] };
  const c = items.find((i) => i.vendor === 'scp');
  if (!c) throw new Error('the stack has no demo SCP connection');
  return c;
}

/**
 * The SCP emulator cannot send an OTP, so it keeps the code in an outbox that only a signed request of the
 * same user may read (emulator README). The test signs with a key it created itself and saw once.
 */
export async function readOtp(page: Page, key: { accessKey: string; secretKey: string }): Promise<string> {
  const c = await demoConnection(page);
  const url = `${c.baseUrl.replace(/\/+$/, '')}/emulator/otp-outbox`;
  const res = await fetch(url, {
    headers: scpSignedHeaders({
      method: 'GET',
      url,
      accessKey: key.accessKey,
      secretKey: key.secretKey,
      accountId: c.settings.accountId ?? '',
      clientType: c.settings.clientType ?? 'OpenApi',
    }),
  });
  expect(res.ok).toBe(true);
  const body = (await res.json()) as { messages: { code: string }[] };
  const code = body.messages[0]?.code;
  if (!code) throw new Error('the OTP outbox is empty');
  return code;
}

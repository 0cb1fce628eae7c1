import { afterAll, describe, expect, it } from 'vitest';
import { testEmulator } from './testing/signed-client';

const { emu, send } = testEmulator();
afterAll(() => emu.close());

describe('smoke', () => {
  it('lists things', async () => {
    for (const p of ['/v1/endpoints', `/v1/accounts/${emu.accountId}/users`, '/v1/groups', '/v1/policies', '/v1/roles', '/v1/access-keys', '/v1/saml-providers', '/v1/service-accounts']) {
      const r = await send('GET', p);
      expect(r.status, `${p} ${JSON.stringify(r.json).slice(0, 500)}`).toBe(200);
    }
  });
});

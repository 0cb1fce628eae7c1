import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '../../wire/common';
import { createScpEmulator } from '../index';
import { signedRequester } from '../testing/signed-client';
import { createFixtures } from './fixtures';
import { prepare, type SeedExample } from './scenarios';
import seedExamples from './seed-examples.json';
import { shapeMismatches, type Shape } from './shape';

const examples = seedExamples as SeedExample[];
/** The one operation the seed documents for 1.2 and 1.1 only. */
const NOT_IN_1_0 = new Set(['1.13']);

describe('the seed documents 62 operations', () => {
  it('has every one of them in the extracted examples', () => {
    expect(examples).toHaveLength(62);
    expect(new Set(examples.map((e) => `${e.method} ${e.path}`)).size).toBe(62);
  });
});

for (const { id: version } of API_VERSIONS) {
  describe(`conformance with the seed's examples, Scp-Api-Version: iam ${version}`, () => {
    for (const example of examples.filter((e) => version !== '1.0' || !NOT_IN_1_0.has(e.section))) {
      it(`§${example.section} ${example.method} ${example.path} → ${example.status}`, async () => {
        const emu = createScpEmulator({ seed: false });
        try {
          const send = signedRequester(emu);
          const fx = createFixtures(emu);
          const req = await prepare(example, emu, send, fx);
          const res = await send(example.method, req.path, {
            version,
            ...(req.raw ? { raw: req.raw } : {}),
            ...(req.body === undefined ? {} : { body: req.body }),
          });
          expect(res.status, JSON.stringify(res.json)).toBe(example.status);
          if (example.codes.length) expect(example.codes).toContain(res.status);
          if (example.response === null) expect(res.json).toBeUndefined();
          else expect(shapeMismatches(res.json, example.response as Shape)).toEqual([]);
        } finally {
          emu.close();
        }
      });
    }
  });
}

describe('version 1.0', () => {
  it('has no single-user delete', async () => {
    const emu = createScpEmulator({ seed: false });
    const send = signedRequester(emu);
    const fx = createFixtures(emu);
    const res = await send('DELETE', `/v1/accounts/${emu.accountId}/users/${fx.user2.id}`, {
      version: '1.0',
    });
    expect(res.status).toBe(404);
    expect((await send('GET', `/v1/accounts/${emu.accountId}/users/${fx.user2.id}`)).status).toBe(200);
    emu.close();
  });
});

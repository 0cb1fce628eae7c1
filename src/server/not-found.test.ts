import { describe, expect, it } from 'vitest';
import { startTestServer } from './testing/harness';

// Over real HTTP in its own file: the Node adapter swaps the global Response class, which would change
// what app.request() returns in the in-process tests of app.test.ts.
describe('unknown API paths for a signed-in operator', () => {
  it('answer a JSON 404 problem', async () => {
    const server = await startTestServer();
    try {
      const viewer = await server.signIn('viewer');
      const res = await viewer.fetch('/api/nope', { headers: { 'x-request-id': 'req-87654321' } });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await res.json()).toMatchObject({
        status: 404,
        type: 'urn:tessera:problem:not-found',
        requestId: 'req-87654321',
      });
    } finally {
      await server.close();
    }
  });
});

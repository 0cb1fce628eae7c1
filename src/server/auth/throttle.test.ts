import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SIGN_IN_THROTTLE, type SignInThrottle } from '../config';
import { startTestServer, type TestServer } from '../testing/harness';
import { postSignIn } from '../testing/sign-in-flow';
import { delayAfter } from './throttle';

const FAST: SignInThrottle = {
  username: { freeFailures: 2, lockAfter: 5 },
  address: { freeFailures: 1000, lockAfter: 1000 },
  baseDelayMs: 500,
  maxDelayMs: 4_000,
  lockMs: 60_000,
  windowMs: 60_000,
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const retryAfter = (res: Response) => Number(res.headers.get('retry-after'));

describe('sign-in throttling', () => {
  it('documents growing delays in the default figures', () => {
    const d = DEFAULT_SIGN_IN_THROTTLE;
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => delayAfter(d, d.username, n));
    expect(delays).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000]);
  });

  it('delays after the free failures, grows the delay, then locks even the right password', async () => {
    server = await startTestServer({ signInThrottle: FAST });
    const s = server;
    const admin = await s.signIn('admin', { password: 'the right password' });
    const user = admin.operator.username;
    for (let i = 0; i < 2; i++) expect((await postSignIn(s.url, user, 'wrong')).res.status).toBe(401);
    expect((await postSignIn(s.url, user, 'wrong')).res.status).toBe(401); // 3rd failure: 500 ms delay
    const throttled = await postSignIn(s.url, user, 'the right password');
    expect(throttled.res.status).toBe(429);
    expect(throttled.body).toMatchObject({ type: 'urn:tessera:problem:sign-in-throttled' });
    expect(retryAfter(throttled.res)).toBeGreaterThanOrEqual(1);
    expect(throttled.cookie).toBeUndefined();
    await wait(600);
    expect((await postSignIn(s.url, user, 'wrong')).res.status).toBe(401); // 4th: 1000 ms
    await wait(300);
    expect((await postSignIn(s.url, user, 'wrong')).res.status).toBe(429); // still waiting: delay grew
    await wait(800);
    expect((await postSignIn(s.url, user, 'wrong')).res.status).toBe(401); // 5th: locked
    const locked = await postSignIn(s.url, user, 'the right password');
    expect(locked.res.status).toBe(429);
    expect(locked.body).toMatchObject({ type: 'urn:tessera:problem:sign-in-locked' });
    expect(retryAfter(locked.res)).toBeGreaterThan(50);
  });

  it('throttles unknown usernames exactly like real ones', async () => {
    server = await startTestServer({ signInThrottle: FAST });
    const s = server;
    for (let i = 0; i < 3; i++) await postSignIn(s.url, 'ghost', 'wrong');
    const res = await postSignIn(s.url, 'ghost', 'wrong');
    expect(res.res.status).toBe(429);
  });

  it('throttles a client address across usernames', async () => {
    server = await startTestServer({
      signInThrottle: {
        ...FAST,
        username: { freeFailures: 100, lockAfter: 100 },
        address: { freeFailures: 3, lockAfter: 100 },
      },
    });
    const s = server;
    for (let i = 0; i < 4; i++)
      expect((await postSignIn(s.url, `user${String(i)}`, 'wrong')).res.status).toBe(401);
    expect((await postSignIn(s.url, 'someone-else', 'wrong')).res.status).toBe(429);
  });

  it('clears the username counter after a successful sign-in', async () => {
    server = await startTestServer({ signInThrottle: FAST });
    const s = server;
    const op = await s.signIn('operator', { password: 'the right password' });
    await postSignIn(s.url, op.operator.username, 'wrong');
    await postSignIn(s.url, op.operator.username, 'wrong');
    expect((await postSignIn(s.url, op.operator.username, 'the right password')).res.status).toBe(200);
    await postSignIn(s.url, op.operator.username, 'wrong');
    await postSignIn(s.url, op.operator.username, 'wrong');
    expect((await postSignIn(s.url, op.operator.username, 'the right password')).res.status).toBe(200);
  });
});

import { describe, expect, it } from 'vitest';
import { LoginFailed, TokenCache } from './token-cache';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TokenCache', () => {
  it('shares one login between concurrent callers and reuses the token until shortly before expiry', async () => {
    const c = clock();
    const cache = new TokenCache({ now: c.now, skewMs: 60_000 });
    let logins = 0;
    const login = async () => {
      logins++;
      await new Promise((r) => setTimeout(r, 10));
      return { token: `t${logins}`, expiresInSeconds: 3600 };
    };
    const tokens = await Promise.all([1, 2, 3, 4].map(() => cache.get('k', login)));
    expect(tokens).toEqual(['t1', 't1', 't1', 't1']);
    c.advance(3600_000 - 61_000);
    expect(await cache.get('k', login)).toBe('t1');
    c.advance(2_000);
    expect(await cache.get('k', login)).toBe('t2');
    expect(logins).toBe(2);
  });

  it('drops a rejected token only if it is still the current one', async () => {
    const cache = new TokenCache();
    let n = 0;
    const login = () => Promise.resolve({ token: `t${++n}`, expiresInSeconds: 3600 });
    expect(await cache.get('k', login)).toBe('t1');
    cache.reject('k', 't1');
    expect(await cache.get('k', login)).toBe('t2');
    cache.reject('k', 't1');
    expect(await cache.get('k', login)).toBe('t2');
  });

  it('remembers refused credentials for a cool-down instead of logging in again', async () => {
    const c = clock();
    const cache = new TokenCache({ now: c.now, rejectedCooldownMs: 15_000 });
    let attempts = 0;
    const login = () => {
      attempts++;
      return Promise.reject(new LoginFailed('refused', 'rejected', 401));
    };
    await expect(cache.get('k', login)).rejects.toThrow('refused');
    await expect(cache.get('k', login)).rejects.toThrow('refused');
    expect(attempts).toBe(1);
    c.advance(15_001);
    await expect(cache.get('k', login)).rejects.toThrow('refused');
    expect(attempts).toBe(2);
  });

  it('forgets a connection entirely', async () => {
    const cache = new TokenCache();
    let n = 0;
    const login = () => Promise.resolve({ token: `t${++n}`, expiresInSeconds: 3600 });
    await cache.get('conn-1:1', login);
    cache.forget('conn-1:');
    expect(await cache.get('conn-1:1', login)).toBe('t2');
  });
});

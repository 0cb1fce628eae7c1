import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('config', () => {
  it('has safe defaults: loopback, port 8080, 1 MiB bodies', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 8080, bodyLimit: 1024 * 1024, logLevel: 'info' });
  });
  it.each([
    [{ PORT: 'eighty' }, /PORT="eighty" must be a whole number/],
    [{ PORT: '70000' }, /PORT/],
    [{ TESSERA_LOG_LEVEL: 'loud' }, /TESSERA_LOG_LEVEL/],
    [{ TESSERA_COOKIE_SECURE: 'maybe' }, /TESSERA_COOKIE_SECURE/],
    [{ TESSERA_SECRET_KEY: 'short' }, /TESSERA_SECRET_KEY.*openssl rand/],
    [{ TESSERA_DATABASE_URL: 'mysql://x' }, /postgres/],
  ])('names the bad variable %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
  it('reads valid values', () => {
    const c = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      TESSERA_COOKIE_SECURE: '1',
      TESSERA_SESSION_IDLE_MINUTES: '5',
    });
    expect(c).toMatchObject({ port: 9000, host: '0.0.0.0', cookieSecure: true, sessionIdleMs: 300_000 });
  });
});

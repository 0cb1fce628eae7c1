import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { readSessionCookie } from './cookies';

const TOKEN = 'a'.repeat(21) + '_-' + 'B'.repeat(20);
const OTHER = 'Z'.repeat(43);

/** Reads the cookie through a real Hono context, as the session guard does. */
async function read(cookie: string | undefined): Promise<string | undefined> {
  const app = new Hono();
  let seen: string | undefined = 'unset';
  app.get('/', (c) => {
    seen = readSessionCookie(c);
    return c.body(null, 204);
  });
  await app.request('/', cookie === undefined ? {} : { headers: { cookie } });
  return seen;
}

describe('readSessionCookie', () => {
  it('finds the session token among other cookies, with or without spaces and quotes', async () => {
    expect(await read(`tessera_session=${TOKEN}`)).toBe(TOKEN);
    expect(await read(`theme=dark; tessera_session=${TOKEN}; lang=ja`)).toBe(TOKEN);
    expect(await read(`theme=dark;tessera_session="${TOKEN}"`)).toBe(TOKEN);
  });

  it('ignores a missing cookie, a cookie whose name only contains ours, and malformed values', async () => {
    expect(await read(undefined)).toBeUndefined();
    expect(await read('theme=dark')).toBeUndefined();
    expect(await read(`x_tessera_session=${TOKEN}`)).toBeUndefined();
    expect(await read(`tessera_session=${TOKEN}x`)).toBeUndefined();
    expect(await read(`tessera_session=${TOKEN.slice(1)}%41`)).toBeUndefined();
    expect(await read('tessera_session')).toBeUndefined();
  });

  it('takes the first well-formed token when the cookie is sent twice', async () => {
    expect(await read(`tessera_session=${TOKEN}; tessera_session=${OTHER}`)).toBe(TOKEN);
    expect(await read(`tessera_session=bad; tessera_session=${OTHER}`)).toBe(OTHER);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { nhnRoleErrors } from '@/vendors/nhn-role/errors';
import { gs2Errors } from '@/vendors/gs2/errors';
import { ContractError, HttpError } from './errors';
import { setCsrfToken } from './request';
import { callVendor, fillPath, proxyUrl } from './vendor-client';

function answer(status: number, body: unknown, type = 'application/json') {
  return vi.fn(() =>
    Promise.resolve(
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'content-type': type },
      }),
    ),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(undefined);
});

describe('vendor client', () => {
  it('builds the proxy URL with encoded path parameters and repeated query keys', () => {
    expect(fillPath('/user/{userName}/identifier/{clientId}', { userName: 'a b', clientId: 'x/y' })).toBe(
      '/user/a%20b/identifier/x%2Fy',
    );
    expect(() => fillPath('/user/{userName}', {})).toThrow(/userName/);
    expect(proxyUrl('c 1', '/user')).toBe('/api/proxy/c%201/user');
  });

  it('sends CSRF on writes, parses with the endpoint schema', async () => {
    const fetch = answer(200, { item: { name: 'alice' } });
    vi.stubGlobal('fetch', fetch);
    setCsrfToken('csrf-1');
    const endpoint = {
      method: 'POST' as const,
      path: '/user',
      response: z.object({ item: z.object({ name: z.string() }) }),
    };
    const out = await callVendor('c1', gs2Errors, endpoint, {
      json: { name: 'alice' },
      query: { member: ['a', 'b'], skip: undefined },
    });
    expect(out.item.name).toBe('alice');
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/proxy/c1/user?member=a&member=b');
    expect((init.headers as Record<string, string>)['X-CSRF-Token']).toBe('csrf-1');
  });

  it("throws HttpError with the vendor's message, or Tessera's problem detail for proxy refusals", async () => {
    vi.stubGlobal(
      'fetch',
      answer(404, {
        message: JSON.stringify([{ component: 'user', message: 'identifier.user.user.error.notFound' }]),
      }),
    );
    const endpoint = { method: 'GET' as const, path: '/user/{u}', response: z.unknown() };
    const err = await callVendor('c1', gs2Errors, endpoint, { params: { u: 'x' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).code).toBe('identifier.user.user.error.notFound');
    vi.stubGlobal(
      'fetch',
      answer(
        502,
        { type: 'urn:tessera:problem:upstream-auth-failed', title: 't', detail: 'Connection "x": refused' },
        'application/problem+json',
      ),
    );
    const problem = (await callVendor('c1', gs2Errors, endpoint, { params: { u: 'x' } }).catch(
      (e: unknown) => e,
    )) as HttpError;
    expect(problem.code).toBe('upstream-auth-failed');
    expect(problem.detail).toBe('Connection "x": refused');
  });

  it('turns an NHN failure inside HTTP 200 into an HttpError, and a wrong shape into a ContractError', async () => {
    vi.stubGlobal(
      'fetch',
      answer(200, {
        header: { isSuccessful: false, resultCode: 401, resultMessage: 'invalid appkey, secretkey' },
      }),
    );
    const endpoint = {
      method: 'GET' as const,
      path: '/config',
      response: z.object({ header: z.object({}) }),
    };
    const err = (await callVendor('c1', nhnRoleErrors, endpoint).catch((e: unknown) => e)) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(err.detail).toBe('invalid appkey, secretkey');
    vi.stubGlobal('fetch', answer(200, { nope: true }));
    const strict = { ...endpoint, response: z.object({ header: z.object({ resultCode: z.number() }) }) };
    await expect(callVendor('c1', nhnRoleErrors, strict)).rejects.toBeInstanceOf(ContractError);
  });
});

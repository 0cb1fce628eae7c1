import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from '@/lib/http/errors';
import { cipCall, formBody } from './client';
import { cipKeys } from './queries/keys';
import { checkFilters, filtersKey, readFilters, writeFilters } from './users/search-filters';

afterEach(() => vi.unstubAllGlobals());

function stubFetch(status: number, body: unknown) {
  const fetchMock = vi.fn((_url: string, _init: RequestInit) =>
    Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    ),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('formBody', () => {
  it('repeats keys for lists and leaves out undefined values', () => {
    expect(formBody({ description: 'x y', member: ['a', 'b'], skip: undefined }).toString()).toBe(
      'description=x+y&member=a&member=b',
    );
  });
});

describe('cipCall', () => {
  it('goes through the proxy below /GmaApi and encodes path segments', async () => {
    const fetchMock = stubFetch(200, { status: 'success', total_count: 0, entries: [] });
    await cipCall('c1', 'groupMembers', { params: { group: 'A/B' } });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/proxy/c1/GmaApi/groups/A%2FB/members');
  });

  it('reads the result-limit status of a search', async () => {
    stubFetch(200, { status: 'result_limit_exceeded', total_count: 1, entries: [{ uid: 'a' }] });
    const r = await cipCall('c1', 'searchUsers', { query: { givenName: 'G*' } });
    expect(r.status).toBe('result_limit_exceeded');
  });

  it("turns the vendor's error body into an HttpError with its sentence", async () => {
    stubFetch(400, {
      status: 400,
      code: 400,
      message: 'AccountCreateError',
      developerMessage: 'com.lsg.gma.api.exception.AccountCreateException: Could not create the account',
    });
    const err = await cipCall('c1', 'createUser', { params: { user: 'x' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).code).toBe('AccountCreateError');
    expect((err as HttpError).detail).toBe('Could not create the account');
  });
});

describe('query keys', () => {
  it('start with the connection so one connection can be dropped at once', () => {
    expect(cipKeys.user('c9', 'u')[0]).toBe('c9');
    expect(cipKeys.groupMembers('c9', 'g').slice(0, 2)).toEqual(['c9', 'ibm-cip']);
  });
});

describe('search filters', () => {
  it('refuses a second condition on the same attribute, whatever its case', () => {
    const problems = checkFilters([
      { attr: 'givenName', value: 'G*' },
      { attr: 'GIVENNAME', value: 'M*' },
    ]);
    expect(problems).toEqual([{ index: 1, kind: 'duplicate' }]);
  });

  it('refuses bad names, API controls and empty values', () => {
    expect(
      checkFilters([
        { attr: '1x', value: '' },
        { attr: 'gma_allAttrs', value: 'true' },
      ]),
    ).toEqual([
      { index: 0, kind: 'attr' },
      { index: 0, kind: 'value' },
      { index: 1, kind: 'reserved' },
    ]);
  });

  it('round-trips through the URL and keeps other parameters', () => {
    const next = writeFilters(new URLSearchParams('sort=uid&a.old=x'), [{ attr: 'st', value: 'FL' }]);
    expect(next.toString()).toBe('sort=uid&a.st=FL');
    expect(readFilters(next)).toEqual([{ attr: 'st', value: 'FL' }]);
  });

  it('keys a search independently of the order of its conditions', () => {
    const a = filtersKey([
      { attr: 'st', value: 'FL' },
      { attr: 'sn', value: 'G*' },
    ]);
    const b = filtersKey([
      { attr: 'sn', value: 'G*' },
      { attr: 'st', value: 'FL' },
    ]);
    expect(a).toBe(b);
  });
});

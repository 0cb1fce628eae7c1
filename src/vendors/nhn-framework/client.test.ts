import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from '@/lib/http/errors';
import { nhnCall } from './client';
import { searchBody } from './queries/options';

function reply(body: unknown, status = 200) {
  const fetchMock = vi.fn((_url: string, _init?: RequestInit) =>
    Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    ),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('nhnCall', () => {
  it('calls through the connection proxy with encoded path segments and parses the envelope', async () => {
    const fetchMock = reply({
      header: { isSuccessful: true, resultCode: 0, resultMessage: 'SUCCESS' },
      paging: { page: 1, limit: 20, totalCount: 0 },
      projectList: [],
    });
    const r = await nhnCall('conn 1', 'listProjects', { params: { orgId: 'A/B' }, query: { page: 1 } });
    expect(r.projectList).toEqual([]);
    expect(String(fetchMock.mock.calls[0]?.[0])).toContain(
      '/api/proxy/conn%201/v1/organizations/A%2FB/projects',
    );
  });

  it('turns a failure reported in the header with HTTP 200 into an HttpError with the result code', async () => {
    reply({ header: { isSuccessful: false, resultCode: -8, resultMessage: 'Not allowed IP' } });
    const err = await nhnCall('c', 'listGovernances', { params: { orgId: 'O' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).code).toBe('-8');
    expect((err as HttpError).detail).toContain('IP ACL');
  });
});

describe('searchBody', () => {
  it('sends paging always and the status filter only when chosen', () => {
    expect(searchBody({ page: 2, limit: 25 })).toEqual({ paging: { page: 2, limit: 25 } });
    expect(searchBody({ page: 1, limit: 25, status: 'INVITED' })).toEqual({
      paging: { page: 1, limit: 25 },
      memberStatusCodes: ['INVITED'],
    });
  });
});

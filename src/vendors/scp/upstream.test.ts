import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ResolvedConnection } from '../../server/connections/repo';
import type { AuthTools } from '../../server/proxy/types';
import { scpUpstream } from './upstream';

const conn = (accountId: string | undefined): ResolvedConnection => ({
  id: 'c1',
  vendor: 'scp',
  name: 'scp',
  baseUrl: 'https://iam.s.samsungsdscloud.com',
  settings: {
    environment: 's',
    accessKey: 'b754b12b39da4ce29a40c5e324650bd0',
    apiVersion: '1.1',
    clientType: 'Openapi',
    ...(accountId === undefined ? {} : { accountId }),
  },
  secretNames: ['secretKey'],
  secrets: { secretKey: 'c4150149-f7c6-46bc-9faa-d2b9d20e0899' },
  demoVendor: null,
  createdAt: '',
  updatedAt: '',
  revision: 1,
});

afterEach(() => {
  vi.useRealTimers();
});

/** reference/scp-iam.md §1.4: the proxy's signing reproduces both published vectors. */
describe('SCP upstream signing', () => {
  it.each([
    ['https://iam.s.samsungsdscloud.com/v1/endpoints', 'IqLcfDgFSKf/WCg5MWPQcnOGjTgHIAvu6phGZZFrvQ8='],
    [
      'https://iam.s.samsungsdscloud.com/v1/groups?page=0&size=20&sort=created_at%3Adesc',
      '8QOg26ZzOXGq3aGhANX22qbtKOJ9+j12i9txXFuJ+0M=',
    ],
  ])('signs GET %s', async (url, signature) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1605290625682);
    const req = { method: 'GET', url, headers: { 'accept-language': 'ko-KR' } as Record<string, string> };
    await scpUpstream.authorize(conn(undefined), req, {} as AuthTools);
    expect(req.headers['Scp-Signature']).toBe(signature);
    expect(req.headers['Scp-Timestamp']).toBe('1605290625682');
    expect(req.headers['Scp-Api-Version']).toBe('iam 1.1');
    expect(req.headers['Scp-AccountId']).toBe('');
    expect(req.headers['accept-language']).toBeUndefined();
  });

  it('signs the account id when one is set', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1605290625682);
    const req = { method: 'GET', url: 'https://iam.s.samsungsdscloud.com/v1/endpoints', headers: {} };
    await scpUpstream.authorize(conn('acct-1'), req, {} as AuthTools);
    expect(req.headers).toMatchObject({ 'Scp-AccountId': 'acct-1' });
    expect((req.headers as Record<string, string>)['Scp-Signature']).not.toBe(
      'IqLcfDgFSKf/WCg5MWPQcnOGjTgHIAvu6phGZZFrvQ8=',
    );
  });
});

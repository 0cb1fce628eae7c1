import { describe, expect, it } from 'vitest';
import { browserResponseHeaders, upstreamRequestHeaders } from './headers';

describe('upstreamRequestHeaders', () => {
  it('drops the browser credentials, provenance, hop-by-hop headers and the vendor auth headers', () => {
    const out = upstreamRequestHeaders(
      new Headers({
        authorization: 'Bearer x',
        cookie: 's=1',
        origin: 'https://console',
        referer: 'https://console/page',
        'x-csrf-token': 't',
        'sec-fetch-site': 'same-origin',
        'x-forwarded-for': '1.2.3.4',
        connection: 'keep-alive, x-private',
        'x-private': 'p',
        'transfer-encoding': 'chunked',
        'x-secret-key': 'attacker',
        'content-type': 'application/json',
        'x-gs2-dry-run': 'true',
        accept: 'application/json',
      }),
      ['x-secret-key'],
    );
    expect(out).toEqual({
      'content-type': 'application/json',
      'x-gs2-dry-run': 'true',
      accept: 'application/json',
    });
  });
});

describe('browserResponseHeaders', () => {
  it('drops vendor cookies and hop-by-hop headers, forbids caching, and forces pages to download', () => {
    const out = browserResponseHeaders({
      'set-cookie': ['a=1', 'b=2'],
      connection: 'keep-alive',
      'keep-alive': 'timeout=5',
      'access-control-allow-origin': '*',
      'content-type': 'text/html; charset=utf-8',
      etag: '"1"',
    });
    expect(out.get('set-cookie')).toBeNull();
    expect(out.get('connection')).toBeNull();
    expect(out.get('access-control-allow-origin')).toBeNull();
    expect(out.get('etag')).toBe('"1"');
    expect(out.get('content-disposition')).toBe('attachment');
    expect(out.get('cache-control')).toBe('no-store');
    expect(
      browserResponseHeaders({ 'content-type': 'application/json' }).get('content-disposition'),
    ).toBeNull();
  });
});

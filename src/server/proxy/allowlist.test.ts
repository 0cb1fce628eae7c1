import { describe, expect, it } from 'vitest';
import { compileAllowlist } from './allowlist';
import { checkTarget, PathRejected, shownPath, splitProxyTarget } from './path-check';
import { routeTable } from './route-table';

const match = compileAllowlist(
  routeTable('/v1', {
    'GET /roles/{roleId}': 'read',
    'DELETE /roles/{roleId}': 'write',
    'DELETE /roles/bulk': 'write',
    'POST /policies/list': 'read',
    'POST /policies': 'write',
    'GET /resource-policies/{srn~}': 'read',
  }),
);
const at = (method: string, target: string) => match(method, checkTarget(target));

describe('allowlist', () => {
  it('matches method and shape, literal segments first', () => {
    expect(at('GET', '/v1/roles/r1')?.params).toEqual({ roleId: 'r1' });
    expect(at('DELETE', '/v1/roles/bulk')?.route.path).toBe('/v1/roles/bulk');
    expect(at('POST', '/v1/policies/list')?.route.kind).toBe('read');
    expect(at('POST', '/v1/policies')?.route.kind).toBe('write');
    expect(at('PUT', '/v1/roles/r1')).toBeUndefined();
    expect(at('GET', '/v1/roles')).toBeUndefined();
    expect(at('GET', '/v1/roles/r1/extra')).toBeUndefined();
  });

  it('decodes parameters and admits encoded slashes only where declared', () => {
    expect(at('GET', '/v1/roles/a%3Ab')?.params).toEqual({ roleId: 'a:b' });
    expect(at('GET', '/v1/roles/a%2Fb')).toBeUndefined();
    expect(at('GET', '/v1/resource-policies/srn%3Ae%3A%3A%3Aiam%3Apolicy%2Fabc')?.params).toEqual({
      srn: 'srn:e:::iam:policy/abc',
    });
  });
});

describe('checkTarget', () => {
  it('keeps path and query bytes as received', () => {
    const t = checkTarget('/v1/groups?sort=created_at%3Adesc&a=%20');
    expect(t.path).toBe('/v1/groups');
    expect(t.query).toBe('?sort=created_at%3Adesc&a=%20');
  });

  it.each([
    '/a/../b',
    '/a/./b',
    '/a/%2e%2E/b',
    '/a/%2e',
    '/a/%2E%2E%2Fb',
    '/a//b',
    '//host/a',
    'http://host/a',
    '/a\\b',
    '/a/%5C',
    '/a/b c',
    '/a/%0D%0A',
    '/a/%00',
    '/a/%G0',
    '/a?x=%0a',
    '/a?x=#frag',
    '',
  ])('refuses %j', (target) => {
    expect(() => checkTarget(target)).toThrow(PathRejected);
  });

  it('splits the proxy prefix', () => {
    expect(splitProxyTarget('/api/proxy/abc-1/v1/x?y=1')).toEqual({
      connectionId: 'abc-1',
      target: '/v1/x?y=1',
    });
    expect(splitProxyTarget('/api/proxy/abc/../x')).toEqual({ connectionId: 'abc', target: '/../x' });
    expect(splitProxyTarget('/api/other/abc/x')).toBeUndefined();
  });
});

describe('shownPath', () => {
  it('redacts only the named parameters of the matched route', () => {
    expect(
      shownPath('/GmaApi/verificationToken/token/{tokenValue}', '/GmaApi/verificationToken/token/abc', [
        'tokenValue',
      ]),
    ).toBe('/GmaApi/verificationToken/token/[redacted]');
    expect(shownPath('/v1/users/{userId}', '/v1/users/42', undefined)).toBe('/v1/users/42');
    expect(
      shownPath(
        '/resource-policies/{srn~}/statements/{sid}',
        '/resource-policies/srn%3Aa%2Fb/statements/s1',
        ['srn'],
      ),
    ).toBe('/resource-policies/[redacted]/statements/s1');
  });
});

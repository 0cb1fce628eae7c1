import { describe, expect, it } from 'vitest';
import { bestPathMatch, pathMatches } from './path-match';

describe('ant-style path matching', () => {
  it.each([
    ['/board', '/board', true],
    ['/board', '/board/1', false],
    ['/board/v1.0/{boardId}', '/board/v1.0/1', true],
    ['/board/v1.0/{boardId}', '/board/v1.0/', false],
    ['/board/v1.0/{boardId}', '/board/v1x0/1', false],
    ['/board/{id}/posts/{postId}', '/board/7/posts/9', true],
    ['/board/{id:\\d+}', '/board/42', true],
    ['/board/{id:\\d+}', '/board/abc', false],
    ['/files/*.txt', '/files/a.txt', true],
    ['/files/*.txt', '/files/a/b.txt', false],
    ['/files/?.txt', '/files/a.txt', true],
    ['/files/?.txt', '/files/ab.txt', false],
    ['/admin/**', '/admin', true],
    ['/admin/**', '/admin/settings/mail', true],
    ['/admin/**', '/administrator', false],
    ['/**/edit', '/a/b/edit', true],
    ['/**/edit', '/a/b/view', false],
    ['/a/*/c', '/a/b/c', true],
    ['/a/*/c', '/a/b/x/c', false],
  ])('%s ~ %s = %s', (pattern, path, expected) => {
    expect(pathMatches(pattern, path, 'NON_IDENTICAL_PATH')).toBe(expected);
  });

  it('stays fast with many ** against a long path that does not match', () => {
    const pattern = `${'/**'.repeat(12)}/z`;
    const path = `/${Array.from({ length: 80 }, (_, i) => `s${i}`).join('/')}`;
    expect(pathMatches(pattern, path, 'NON_IDENTICAL_PATH')).toBe(false);
    expect(pathMatches(pattern, `${path}/z`, 'NON_IDENTICAL_PATH')).toBe(true);
  });

  it('applies the trailing-slash policy', () => {
    expect(pathMatches('/board/v1.0/{boardId}', '/board/v1.0/1/', 'NON_IDENTICAL_PATH')).toBe(false);
    expect(pathMatches('/board/v1.0/{boardId}', '/board/v1.0/1/', 'IDENTICAL_PATH')).toBe(true);
    expect(pathMatches('/board/', '/board', 'NON_IDENTICAL_PATH')).toBe(false);
    expect(pathMatches('/board/', '/board', 'IDENTICAL_PATH')).toBe(true);
    expect(pathMatches('/', '/', 'IDENTICAL_PATH')).toBe(true);
  });

  it('picks the most specific pattern, whatever the order of the candidates', () => {
    const rs = [
      { resourceId: 'all', path: '/board/**', priority: 0 },
      { resourceId: 'var', path: '/board/{id}', priority: 0 },
      { resourceId: 'exact', path: '/board/latest', priority: 0 },
      { resourceId: 'star', path: '/board/*', priority: 0 },
    ];
    for (const order of [rs, [...rs].reverse()]) {
      expect(bestPathMatch(order, '/board/latest', 'NON_IDENTICAL_PATH')?.resourceId).toBe('exact');
      expect(bestPathMatch(order, '/board/7', 'NON_IDENTICAL_PATH')?.resourceId).toBe('var');
      expect(bestPathMatch(order, '/board/7/posts', 'NON_IDENTICAL_PATH')?.resourceId).toBe('all');
      expect(bestPathMatch(order, '/elsewhere', 'NON_IDENTICAL_PATH')).toBeUndefined();
    }
  });

  it('breaks ties between equally specific patterns by priority, then resourceId', () => {
    const a = { resourceId: 'b-res', path: '/x/{a}', priority: 5 };
    const b = { resourceId: 'a-res', path: '/x/{b}', priority: 5 };
    const c = { resourceId: 'z-res', path: '/x/{c}', priority: 1 };
    expect(bestPathMatch([a, b], '/x/1', 'NON_IDENTICAL_PATH')?.resourceId).toBe('a-res');
    expect(bestPathMatch([a, b, c], '/x/1', 'NON_IDENTICAL_PATH')?.resourceId).toBe('z-res');
  });
});

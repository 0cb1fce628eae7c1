import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

const ORIGIN = 'https://tessera.example';

describe('safeNextPath', () => {
  it.each([
    ['/operators', '/operators'],
    ['/audit?result=failure&page=2', '/audit?result=failure&page=2'],
    ['/c/abc/users#top', '/c/abc/users#top'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/x', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/sign-in?next=/x', '/'],
    ['/change-password', '/'],
    ['operators', '/'],
  ])('%s → %s', (input, expected) => {
    expect(safeNextPath(input, ORIGIN)).toBe(expected);
  });
});

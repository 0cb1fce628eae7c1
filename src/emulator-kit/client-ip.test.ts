import { describe, expect, it } from 'vitest';
import { ipMatches } from './client-ip';
import { randomString } from './random-id';

describe('ipMatches', () => {
  it.each([
    ['10.1.2.3', '10.1.2.3', true],
    ['10.1.2.3', '10.1.2.4', false],
    ['10.1.2.3', '10.0.0.0/8', true],
    ['11.1.2.3', '10.0.0.0/8', false],
    ['192.168.1.255', '192.168.1.0/24', true],
    ['192.168.2.0', '192.168.1.0/24', false],
    ['8.8.8.8', '0.0.0.0/0', true],
    ['172.31.255.255', '172.16.0.0/12', true],
    ['172.32.0.0', '172.16.0.0/12', false],
    ['::1', '::1', true],
    ['::1', '::/0', false],
    ['10.1.2.3', '10.0.0.0/33', false],
    ['10.1.2.3', 'not-an-ip/8', false],
  ])('%s against %s is %s', (ip, entry, expected) => {
    expect(ipMatches(ip, entry)).toBe(expected);
  });
});

describe('randomString', () => {
  it('draws the requested length from the alphabet', () => {
    expect(randomString(128)).toMatch(/^[A-Za-z0-9]{128}$/);
    expect(randomString(32, 'ab')).toMatch(/^[ab]{32}$/);
    expect(new Set(Array.from({ length: 50 }, () => randomString(20))).size).toBe(50);
  });
});

import { describe, expect, it } from 'vitest';
import { productsOf } from './hierarchy';
import { ageInDays, relativeTime } from './relative-time';

describe('productsOf', () => {
  it('flattens the catalogue tree with menu paths, skipping folders and repeats', () => {
    const list = productsOf([
      {
        productUiName: 'Compute',
        children: [
          { productUiName: 'Instance', productId: 'P1' },
          { productUiName: 'GPU', productId: 'P2', children: [{ productUiName: 'Dup', productId: 'P1' }] },
        ],
      },
      { productUiName: 'SMS', productId: 'P3' },
    ]);
    expect(list).toEqual([
      { productId: 'P1', name: 'Instance', path: ['Compute'] },
      { productId: 'P2', name: 'GPU', path: ['Compute'] },
      { productId: 'P3', name: 'SMS', path: [] },
    ]);
  });
});

describe('relativeTime and ageInDays', () => {
  const now = Date.parse('2026-03-10T12:00:00.000Z');
  it('uses the largest whole unit, in the future and in the past', () => {
    expect(relativeTime('2026-03-10T15:30:00.000Z', now, 'en')).toBe('in 3 hours');
    expect(relativeTime('2026-03-10T11:55:00.000Z', now, 'en')).toBe('5 minutes ago');
    expect(relativeTime('2026-03-08T12:00:00.000Z', now, 'en')).toBe('2 days ago');
    expect(relativeTime(null, now, 'en')).toBe('');
  });
  it('counts whole days since a date, never below zero', () => {
    expect(ageInDays('2026-01-09T12:00:00.000+00:00', now)).toBe(60);
    expect(ageInDays('2026-04-01T00:00:00.000Z', now)).toBe(0);
    expect(ageInDays('not a date', now)).toBe(0);
  });
});

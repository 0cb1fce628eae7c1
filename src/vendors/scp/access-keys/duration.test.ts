import { describe, expect, it } from 'vitest';
import { readPart, toIsoDuration } from './duration';

describe('toIsoDuration', () => {
  it('builds the ISO 8601 duration SCP takes from the parts given', () => {
    expect(toIsoDuration({ years: 1, months: 2, days: 10, hours: 3 })).toBe('P1Y2M10DT3H');
    expect(toIsoDuration({ years: 0, months: 6, days: 0, hours: 0 })).toBe('P6M');
    expect(toIsoDuration({ years: 0, months: 0, days: 0, hours: 12 })).toBe('PT12H');
  });
  it('gives null (never expires) when every part is zero', () => {
    expect(toIsoDuration({ years: 0, months: 0, days: 0, hours: 0 })).toBeNull();
  });
  it('reads only whole non-negative numbers', () => {
    expect(readPart(' 7 ')).toBe(7);
    expect(readPart('-1')).toBe(0);
    expect(readPart('1.5')).toBe(0);
    expect(readPart('')).toBe(0);
  });
});

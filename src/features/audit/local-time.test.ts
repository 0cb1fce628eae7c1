import { describe, expect, it } from 'vitest';
import { isoToLocalInput, localInputToIso } from './local-time';

describe('datetime-local conversion', () => {
  it('round-trips a minute-precision instant', () => {
    const iso = new Date(2026, 10, 22, 9, 30).toISOString();
    expect(isoToLocalInput(iso)).toBe('2026-11-22T09:30');
    expect(localInputToIso('2026-11-22T09:30')).toBe(iso);
  });
  it('treats empty and invalid values as no filter', () => {
    expect(isoToLocalInput(undefined)).toBe('');
    expect(isoToLocalInput('nonsense')).toBe('');
    expect(localInputToIso('')).toBeUndefined();
    expect(localInputToIso('2026-13-45T99:99')).toBeUndefined();
  });
});

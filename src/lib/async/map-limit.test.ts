import { describe, expect, it } from 'vitest';
import { mapLimit } from './map-limit';

describe('mapLimit', () => {
  it('keeps at most `limit` calls in flight, keeps the order and reports progress', async () => {
    let inFlight = 0;
    let peak = 0;
    const progress: number[] = [];
    const out = await mapLimit(
      [5, 1, 4, 2, 3, 0],
      2,
      async (n) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, n));
        inFlight--;
        return n * 10;
      },
      (done) => progress.push(done),
    );
    expect(out).toEqual([50, 10, 40, 20, 30, 0]);
    expect(peak).toBe(2);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('handles an empty list and rejects when one call fails', async () => {
    expect(await mapLimit([], 3, () => Promise.resolve(1))).toEqual([]);
    await expect(
      mapLimit([1, 2], 2, (n) => (n === 2 ? Promise.reject(new Error('x')) : Promise.resolve(n))),
    ).rejects.toThrow('x');
  });
});

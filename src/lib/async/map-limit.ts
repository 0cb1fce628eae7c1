/**
 * Runs `fn` over `items` with at most `limit` calls in flight, keeping the input order. Vendor APIs
 * rarely offer bulk reads or writes, so per-item calls must not flood the proxy or the vendor's rate limits.
 * The first rejection rejects the whole map; callers that want per-item outcomes catch inside `fn`.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
  onProgress?: (done: number, total: number) => void,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
      onProgress?.(++done, items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

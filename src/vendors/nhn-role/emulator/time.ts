/** NHN's date format: ISO-8601 with milliseconds and an explicit offset, 2000-01-23T04:56:07.000+00:00. */
export function formatWireDate(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+00:00');
}

export const nowIso = () => formatWireDate(Date.now());

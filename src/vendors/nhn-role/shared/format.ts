/** ROLE dates are ISO-8601 with milliseconds and an offset; shown in the viewer's locale and zone. */
export function formatDate(value: string | null | undefined, fallback = '—'): string {
  if (!value) return fallback;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toLocaleString();
}

/** Turns a settings object into labelled rows (`a.b.c` paths) for a read-only view; lists are joined. */
export function flattenSettings(value: unknown, prefix = ''): [string, string][] {
  if (value === null || value === undefined) return prefix ? [[prefix, '']] : [];
  if (Array.isArray(value))
    return value.every((v) => typeof v !== 'object' || v === null)
      ? [[prefix, value.map(String).join(', ')]]
      : value.flatMap((v, i) => flattenSettings(v, `${prefix}[${String(i)}]`));
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      flattenSettings(v, prefix ? `${prefix}.${k}` : k),
    );
  return [[prefix, typeof value === 'string' ? value : JSON.stringify(value)]];
}

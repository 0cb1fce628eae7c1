import type { LanguageTextKeys } from '../../wire';

/** One text of one language, flattened from SS12's nested maps so it can be searched and edited. */
export type TextKeyRow = { lang: string; keyType: string; key: string; value: string };

export function flattenTextKeys(languages: readonly Record<string, LanguageTextKeys>[]): TextKeyRow[] {
  const rows: TextKeyRow[] = [];
  for (const entry of languages) {
    for (const [lang, keys] of Object.entries(entry)) {
      for (const [key, value] of Object.entries(keys.attributeTextKeys))
        rows.push({ lang, keyType: 'attributeTextKeys', key, value });
      for (const [keyType, map] of Object.entries(keys.textKeys))
        for (const [key, value] of Object.entries(map)) rows.push({ lang, keyType, key, value });
    }
  }
  return rows.sort(
    (a, b) =>
      a.lang.localeCompare(b.lang) || a.keyType.localeCompare(b.keyType) || a.key.localeCompare(b.key),
  );
}

/** Case-insensitive match on the key, its type, the language or the text. */
export function matchesSearch(row: TextKeyRow, search: string): boolean {
  const q = search.trim().toLowerCase();
  if (q === '') return true;
  return [row.key, row.keyType, row.lang, row.value].some((s) => s.toLowerCase().includes(q));
}

/** SS32's body for one changed text: language → textKeys → key type → key. */
export const textKeyUpdate = (instanceId: number, row: TextKeyRow) => ({
  instanceId: String(instanceId),
  updatedKeys: { [row.lang]: { textKeys: { [row.keyType]: { [row.key]: row.value } } } },
});

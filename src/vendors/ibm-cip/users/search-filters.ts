/** One row of the user search: attribute = value, `*` as wildcard. Rows are ANDed. */
export type SearchFilter = { attr: string; value: string };

/** Attribute names the API accepts as query keys; control parameters start with `gma_`. */
const ATTR = /^[A-Za-z][A-Za-z0-9_-]*$/;

export type FilterProblem = { index: number; kind: 'attr' | 'duplicate' | 'value' | 'reserved' };

/**
 * The API keeps only one value of a repeated parameter and silently drops the other, so a second row on
 * the same attribute is refused rather than sent.
 */
export function checkFilters(filters: readonly SearchFilter[]): FilterProblem[] {
  const seen = new Set<string>();
  const problems: FilterProblem[] = [];
  filters.forEach((f, index) => {
    const attr = f.attr.trim();
    const key = attr.toLowerCase();
    if (!ATTR.test(attr)) problems.push({ index, kind: 'attr' });
    else if (key.startsWith('gma_')) problems.push({ index, kind: 'reserved' });
    else if (seen.has(key)) problems.push({ index, kind: 'duplicate' });
    if (f.value.trim() === '') problems.push({ index, kind: 'value' });
    seen.add(key);
  });
  return problems;
}

const PREFIX = 'a.';

/** Reads the filters from the URL: `?a.givenName=G*&a.st=FL`. */
export function readFilters(params: URLSearchParams): SearchFilter[] {
  const out: SearchFilter[] = [];
  for (const [key, value] of params)
    if (key.startsWith(PREFIX) && key.length > PREFIX.length)
      out.push({ attr: key.slice(PREFIX.length), value });
  return out;
}

/** Writes the filters into the URL, keeping every other parameter (the table's view state). */
export function writeFilters(prev: URLSearchParams, filters: readonly SearchFilter[]): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of prev) if (!key.startsWith(PREFIX)) next.append(key, value);
  for (const f of filters) next.set(PREFIX + f.attr.trim(), f.value.trim());
  return next;
}

/** A stable cache key: the same conditions in another order are the same search. */
export function filtersKey(filters: readonly SearchFilter[]): string {
  return filters
    .map((f) => `${f.attr.trim()}=${f.value.trim()}`)
    .sort()
    .join('&');
}

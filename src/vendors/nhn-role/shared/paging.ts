/** ROLE list endpoints page from 1 with `itemsPerPage`; `sort` repeats as `property,DIR`. */
export type PageArgs = { page: number; itemsPerPage: number; sort?: readonly string[] | undefined };

export const pageQuery = (p: PageArgs) => ({
  page: p.page,
  itemsPerPage: p.itemsPerPage,
  ...(p.sort ? { sort: p.sort } : {}),
});

/** The emulator has no upper bound; the real service does not publish one, so whole lists load in chunks. */
export const CHUNK = 500;

/**
 * Reads every page of a list endpoint. Pickers, the role graph and the explanation need whole lists;
 * `cap` stops a runaway tenant from loading forever.
 */
export async function readAll<T>(
  fetchPage: (page: number, itemsPerPage: number) => Promise<{ items: T[]; totalItems: number }>,
  cap = 20_000,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const res = await fetchPage(page, CHUNK);
    items.push(...res.items);
    if (res.items.length < CHUNK || items.length >= res.totalItems || items.length >= cap) return items;
  }
}

import { GS2_LIMITS } from '../wire';
import type { IndexedCollection } from '../../../emulator-kit/indexed-collection';
import { badRequest } from './errors';

/**
 * Page tokens are opaque to clients: base64url of the list's scope and the position of the last item
 * returned. Positions are creation order and persist, so items added or deleted between pages neither
 * repeat nor vanish from the ones not yet read.
 */
export function encodePageToken(scope: string, seq: number): string {
  return Buffer.from(`${scope}\n${seq}`).toString('base64url');
}

export function decodePageToken(component: string, scope: string, token: string | null | undefined): number {
  if (token === undefined || token === null) return 0;
  const [tokenScope, seq, ...rest] = Buffer.from(token, 'base64url').toString('utf8').split('\n');
  if (rest.length > 0 || tokenScope !== scope || !seq || !/^\d{1,15}$/.test(seq))
    throw badRequest(component, 'pageToken', 'invalid');
  return Number(seq);
}

export function paginate<T, W>(
  collection: IndexedCollection<T>,
  opts: {
    component: string;
    scope: string;
    pageToken?: string | null | undefined;
    limit?: number | null | undefined;
  },
  present: (value: T) => W,
  filter?: (value: T) => boolean,
): { items: W[]; nextPageToken: string | null } {
  const after = decodePageToken(opts.component, opts.scope, opts.pageToken);
  const page = collection.page(after, opts.limit ?? GS2_LIMITS.pageLimitDefault, filter);
  return {
    items: page.items.map(present),
    nextPageToken: page.more ? encodePageToken(opts.scope, page.last) : null,
  };
}

import {
  AccessKeyCreateRequest,
  AccessKeyResponse,
  AccessKeyUpdateRequest,
  ListAccessKeyRemoveRequest,
  ListAccessKeyResponse,
} from '../../wire/access-keys';
import { badRequest, notFound } from '../errors';
import { newId, newSecret } from '../ids';
import type { AccessKeyRec } from '../records';
import { parseSort, readJson, sortItems } from '../request';
import { noContent, send, type Deps, type RouteSpec, type ScpContext } from '../routing';
import { metaOf } from '../store';
import { accessKeyView } from '../views/access-keys';
import { viewContext } from '../views/view-context';
import { expiryOf } from './access-key-expiry';
import { consumeOtp } from './access-key-otp';
import { newStamps, param, touched } from './shared';

const SORTABLE = ['created_at', 'modified_at', 'expiration_timestamp', 'access_key_type'] as const;

type KeyQuery = {
  limit: number;
  marker: string | null;
  sort: string | null;
  withCount: boolean;
  filters: {
    account_id?: string | undefined;
    access_key_type?: string | undefined;
    parent_access_key_id?: string | undefined;
  };
};

/** Access keys are the caller's own credentials: another user's key is "not found". */
function ownKey(c: ScpContext, deps: Deps, id: string): AccessKeyRec {
  const key = deps.store.accessKeys.get(id);
  if (key?.created_by !== c.get('caller').user.id) throw notFound('Access key', id);
  return key;
}

function limitOf(raw: string | number | null | undefined): number {
  if (raw === undefined || raw === null || raw === '') return 20;
  const n = typeof raw === 'number' ? raw : /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 1000)
    throw badRequest('limit must be an integer from 0 to 1000.', 'INVALID_QUERY');
  return n;
}

/**
 * Marker paging: the page after the item whose id is `marker` (404 when it is not one of the caller's keys).
 * `links` carries `first` and `self`, plus `next` when more items follow; `count` is the total number of matches
 * (the seed's example has it even without `with_count`, which is only echoed in the links).
 */
function keyPage(c: ScpContext, deps: Deps, q: KeyQuery) {
  const { sortField, desc } = parseSort(q.sort, SORTABLE);
  const f = q.filters;
  if (f.account_id && f.account_id !== metaOf(deps.store).account_id) throw notFound('Account', f.account_id);
  const caller = c.get('caller').user.id;
  const mine = deps.store.accessKeys.list(
    (k) =>
      k.created_by === caller &&
      (!f.access_key_type || k.access_key_type === f.access_key_type) &&
      (!f.parent_access_key_id || k.parent_access_key_id === f.parent_access_key_id),
  );
  const sorted = sortItems(mine, sortField, desc, (k, field) => k[field as (typeof SORTABLE)[number]]);
  let start = 0;
  if (q.marker) {
    const at = sorted.findIndex((k) => k.id === q.marker);
    if (at < 0) throw notFound('Access key (marker)', q.marker);
    start = at + 1;
  }
  const items = sorted.slice(start, start + q.limit);
  const base = `${deps.config.publicBaseUrl ?? new URL(c.req.url).origin}/v1/access-keys`;
  const params = (marker?: string) => {
    const p = new URLSearchParams();
    if (q.withCount) p.set('with_count', 'true');
    p.set('limit', String(q.limit));
    if (q.sort) p.set('sort', q.sort);
    for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
    if (marker) p.set('marker', marker);
    return `${base}?${p.toString()}`;
  };
  const last = items.at(-1);
  const links = [
    { href: params(), rel: 'first' },
    { href: params(q.marker ?? undefined), rel: 'self' },
    ...(last && start + items.length < sorted.length ? [{ href: params(last.id), rel: 'next' }] : []),
  ];
  const v = viewContext(deps);
  return send(c, ListAccessKeyResponse, {
    access_keys: items.map((k) => accessKeyView(v, k)),
    links,
    count: sorted.length,
  });
}

async function create(c: ScpContext, deps: Deps) {
  const req = await readJson(c, AccessKeyCreateRequest);
  if (req.account_id && req.account_id !== metaOf(deps.store).account_id)
    throw notFound('Account', req.account_id);
  let parent: string | null = null;
  if (req.access_key_type === 'TEMPORARY') {
    if (!req.parent_access_key_id || !req.passcode)
      throw badRequest('A TEMPORARY access key needs parent_access_key_id and passcode.', 'MISSING_FIELD');
    const p = ownKey(c, deps, req.parent_access_key_id);
    if (p.access_key_type !== 'PERMANENT')
      throw badRequest('The parent of a temporary access key must be a PERMANENT key.', 'INVALID_PARENT');
    consumeOtp(c, deps, req.passcode);
    parent = p.id;
  }
  const rec: AccessKeyRec = {
    id: newId(),
    access_key: newId(),
    secret_key: newSecret(),
    access_key_type: req.access_key_type,
    description: req.description ?? null,
    is_enabled: true,
    expiration_timestamp: expiryOf(req.access_key_type, deps.config.now(), req.duration),
    parent_access_key_id: parent,
    ...newStamps(c, deps),
  };
  deps.store.accessKeys.put(rec.id, rec);
  return send(c, AccessKeyResponse, { access_key: accessKeyView(viewContext(deps), rec) }, 201);
}

/** The key signing this request cannot disable or delete itself: that would lock the caller out mid-request. */
function assertNotCurrent(c: ScpContext, ids: string[]): void {
  if (ids.includes(c.get('caller').key.id))
    throw badRequest(
      'The access key that signs this request cannot be disabled or deleted.',
      'CURRENT_ACCESS_KEY',
    );
}

async function set(c: ScpContext, deps: Deps) {
  const key = ownKey(c, deps, param(c, 'access_key_id'));
  const { is_enabled } = await readJson(c, AccessKeyUpdateRequest);
  if (!is_enabled) assertNotCurrent(c, [key.id]);
  const next = touched(c, deps, { ...key, is_enabled });
  deps.store.accessKeys.put(key.id, next);
  return send(c, AccessKeyResponse, { access_key: accessKeyView(viewContext(deps), next) });
}

/** Deleting a key deletes the temporary keys made from it. */
function deleteKeys(deps: Deps, ids: string[]): void {
  deps.store.transaction(() => {
    for (const id of ids) {
      deps.store.accessKeys.delete(id);
      for (const child of deps.store.accessKeys.list((k) => k.parent_access_key_id === id))
        deps.store.accessKeys.delete(child.id);
    }
  });
}

async function removeMany(c: ScpContext, deps: Deps) {
  const req = await readJson(c, ListAccessKeyRemoveRequest);
  const ids = [...new Set(req.ids)];
  for (const id of ids) ownKey(c, deps, id);
  assertNotCurrent(c, ids);
  deleteKeys(deps, ids);
  return keyPage(c, deps, {
    limit: limitOf(req.limit),
    marker: req.marker ?? null,
    sort: req.sort ?? null,
    withCount: req.with_count === 'true',
    filters: {},
  });
}

export const accessKeyRoutes: RouteSpec[] = [
  {
    method: 'GET',
    path: '/v1/access-keys',
    action: 'iam:ListAccessKey',
    level: 'LIST',
    handler: (c, d) =>
      keyPage(c, d, {
        limit: limitOf(c.req.query('limit')),
        marker: c.req.query('marker') ?? null,
        sort: c.req.query('sort') ?? null,
        withCount: c.req.query('with_count') === 'true',
        filters: {
          account_id: c.req.query('account_id'),
          access_key_type: c.req.query('access_key_type'),
          parent_access_key_id: c.req.query('parent_access_key_id'),
        },
      }),
  },
  {
    method: 'POST',
    path: '/v1/access-keys',
    action: 'iam:CreateAccessKey',
    level: 'CREATE',
    handler: create,
  },
  {
    method: 'DELETE',
    path: '/v1/access-keys/bulk',
    action: 'iam:DeleteBulkAccessKey',
    level: 'DELETE',
    handler: removeMany,
  },
  {
    method: 'GET',
    path: '/v1/access-keys/:access_key_id',
    action: 'iam:ShowAccessKey',
    level: 'READ',
    handler: (c, d) =>
      send(c, AccessKeyResponse, {
        access_key: accessKeyView(viewContext(d), ownKey(c, d, param(c, 'access_key_id'))),
      }),
  },
  {
    method: 'PUT',
    path: '/v1/access-keys/:access_key_id',
    action: 'iam:SetAccessKey',
    level: 'UPDATE',
    handler: set,
  },
  {
    method: 'DELETE',
    path: '/v1/access-keys/:access_key_id',
    action: 'iam:DeleteAccessKey',
    level: 'DELETE',
    handler: (c, d) => {
      const key = ownKey(c, d, param(c, 'access_key_id'));
      assertNotCurrent(c, [key.id]);
      deleteKeys(d, [key.id]);
      return noContent(c);
    },
  },
];

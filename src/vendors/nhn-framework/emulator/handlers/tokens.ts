import type { Hono } from 'hono';
import { HeaderOnlyResponse } from '../../wire/common';
import { ExpireTokensRequest, ListTokensResponse } from '../../wire/credentials';
import { enforceHomeAcl } from '../auth/access';
import { digest, expireTokens, tokenActive } from '../auth/secrets';
import { NhnError, RESULT } from '../errors';
import { maskSecret } from '../format';
import { enumQuery, pageQuery, paginate, readBody, reply } from '../respond';
import type { NhnContext, NhnEnv, Runtime } from '../runtime';
import type { TokenRecord } from '../store';
import { ownKey } from './user-access-keys';

/** A `…From` date filter: tokens at or after it. */
function dateFrom(c: NhnContext, name: string): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  const at = Date.parse(raw);
  if (Number.isNaN(at))
    throw new NhnError(RESULT.INVALID_PARAMETER, `Invalid parameter: ${name} must be an ISO-8601 date.`);
  return at;
}

const atOrAfter = (value: string | null, from: number | undefined): boolean =>
  from === undefined || (value !== null && Date.parse(value) >= from);

const BASE = '/v1/authentications/user-access-keys/:id/tokens';

/** #53 and #54: tokens issued with one of the caller's keys. */
export function registerTokens(app: Hono<NhnEnv>, rt: Runtime): void {
  app.get(BASE, (c) => {
    const key = ownKey(c, rt, c.req.param('id'));
    const status = enumQuery(c, 'status', ['ACTIVE', 'EXPIRED'] as const);
    const token = c.req.query('token');
    const [lastAccess, expire, reg] = [
      dateFrom(c, 'lastAccessDatetimeFrom'),
      dateFrom(c, 'expireDatetimeFrom'),
      dateFrom(c, 'regDatetimeFrom'),
    ];
    const { page, limit } = pageQuery(c);
    const now = rt.now();
    const statusOf = (t: TokenRecord) => (tokenActive(t, now) ? 'ACTIVE' : 'EXPIRED');
    const hits = rt.store.tokens
      .list((t) => t.userAccessKeyID === key.userAccessKeyID)
      .filter((t) => (token ? t.hash === digest(token) : true) && (status ? statusOf(t) === status : true))
      .filter(
        (t) =>
          atOrAfter(t.lastAccessDatetime, lastAccess) &&
          atOrAfter(t.expireDatetime, expire) &&
          atOrAfter(t.regDatetime, reg),
      )
      .sort((a, b) => b.tokenId - a.tokenId);
    const { items, paging } = paginate(hits, page, limit);
    return reply(c, ListTokensResponse, {
      tokens: items.map((t) => ({
        tokenId: t.tokenId,
        accessToken: maskSecret(t.hint),
        status: statusOf(t),
        regDatetime: t.regDatetime,
        expireDatetime: t.expireDatetime,
        lastAccessDatetime: t.lastAccessDatetime,
      })),
      totalItems: paging.totalCount,
      paging,
    });
  });

  app.delete(BASE, async (c) => {
    enforceHomeAcl(c, rt);
    const key = rt.store.userAccessKeys.get(c.req.param('id'));
    if (!key) throw new NhnError(RESULT.NO_DATA);
    const body = await readBody(c, ExpireTokensRequest, { optional: true });
    // The seed: "Tokens do not expire when invoked by a user other than the owner" — a successful no-op.
    if (key.ownerUuid !== c.var.caller.account.uuid) return reply(c, HeaderOnlyResponse, {});
    const ids = body.tokenIds?.length ? new Set(body.tokenIds) : undefined;
    const hashes = body.tokens?.length ? new Set(body.tokens.map(digest)) : undefined;
    // Both lists given: only tokens named by both; one list: the tokens it names; none: every token.
    expireTokens(
      rt.store,
      key.userAccessKeyID,
      (t) => (ids ? ids.has(t.tokenId) : true) && (hashes ? hashes.has(t.hash) : true),
    );
    return reply(c, HeaderOnlyResponse, {});
  });
}

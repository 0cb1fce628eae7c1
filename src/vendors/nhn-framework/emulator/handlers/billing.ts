import type { Hono } from 'hono';
import { ListBillingProductsResponse, SearchPricesRequest, SearchPricesResponse } from '../../wire/billing';
import { enforceHomeAcl } from '../auth/access';
import { BILLING_PRICES, BILLING_PRODUCTS } from '../catalog/billing';
import { intQuery, pageQuery, paginate, readBody, reply } from '../respond';
import type { NhnEnv, Runtime } from '../runtime';

/** #43 and #44: pay-as-you-go metadata, open to every signed-up member. */
export function registerBilling(app: Hono<NhnEnv>, rt: Runtime): void {
  app.post('/v1/billing/contracts/basic/products/prices/search', async (c) => {
    enforceHomeAcl(c, rt);
    const body = await readBody(c, SearchPricesRequest, { optional: true });
    // `limit` may come as a query parameter too; the body's paging wins when both are given.
    const limit = body.paging?.limit ?? intQuery(c, 'limit', 20, 2_000);
    const names = body.counterNames?.length ? new Set(body.counterNames) : undefined;
    const hits = BILLING_PRICES.filter((p) => names?.has(p.counterName) ?? true);
    const { items, paging } = paginate(hits, body.paging?.page ?? 1, limit);
    return reply(c, SearchPricesResponse, { paging, prices: items });
  });

  app.get('/v1/billing/contracts/basic/products', (c) => {
    enforceHomeAcl(c, rt);
    const { page, limit } = pageQuery(c);
    const { items, paging } = paginate([...BILLING_PRODUCTS], page, limit);
    return reply(c, ListBillingProductsResponse, { paging, products: items });
  });
}

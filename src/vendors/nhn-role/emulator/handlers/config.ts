import { Hono } from 'hono';
import { GetTenantConfigResponseSchema, UpdateConfigRequestSchema } from '../../wire/config';
import { readBody, reply, replyOk, type HandlerContext } from '../http';

export function configRoutes(ctx: HandlerContext): Hono {
  const { store } = ctx;
  const app = new Hono();

  /** The emulator keeps no cache, so evicting only stamps the flush time that SDK clients watch. */
  const stampFlush = () => {
    const t = store.tenant();
    store.saveTenant({ ...t, config: { ...t.config, cacheFlushTime: ctx.now() } });
  };

  app.get('/config', (c) => {
    const { config } = store.tenant();
    return reply(c, GetTenantConfigResponseSchema, {
      resourcePathTrailingSlashMatchPolicyCode: config.resourcePathTrailingSlashMatchPolicyCode,
      cache: {
        cacheFlushTime: config.cacheFlushTime,
        size: config.cacheSize,
        sizeByPath: config.cacheSizeByPath,
        sizeTree: config.cacheSizeTree,
        ttl: config.cacheTtl,
      },
    });
  });

  app.put('/config/cache-evict', (c) => {
    stampFlush();
    return replyOk(c);
  });

  app.put('/config', async (c) => {
    const body = await readBody(c, UpdateConfigRequestSchema);
    const t = store.tenant();
    store.saveTenant({
      ...t,
      config: {
        resourcePathTrailingSlashMatchPolicyCode:
          body.resourcePathTrailingSlashMatchPolicyCode ?? t.config.resourcePathTrailingSlashMatchPolicyCode,
        cacheTtl: body.cacheTtl ?? t.config.cacheTtl,
        cacheSize: body.cacheSize ?? t.config.cacheSize,
        cacheSizeByPath: body.cacheSizeByPath ?? t.config.cacheSizeByPath,
        cacheSizeTree: body.cacheSizeTree ?? t.config.cacheSizeTree,
        cacheFlushTime: ctx.now(),
      },
    });
    return replyOk(c);
  });

  return app;
}

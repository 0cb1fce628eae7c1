import {
  AddNoticeRequestSchema,
  NOTICE_TYPES,
  NoticeDataTablesRequestSchema,
  NoticeDataTablesResponseSchema,
  NoticeListSchema,
  NoticeTypeSchema,
  NoticeTypesSchema,
  StatusObjectSchema,
  type NoticeType,
} from '../../wire';
import type { Ctx } from '../config';
import { fail } from '../errors';
import { jsonBody } from '../json-body';
import type { NoticeDoc } from '../model';
import { readInput } from '../params';
import { send, SUCCESS } from '../respond';
import { nextId } from '../store';
import { param, type Routes } from './route';

function noticeType(raw: string): NoticeType {
  const parsed = NoticeTypeSchema.safeParse(raw);
  if (!parsed.success)
    throw fail.invalid(`Unknown notice type "${raw}"`, { noticeType: `one of ${NOTICE_TYPES.join(', ')}` });
  return parsed.data;
}

const newestFirst = (a: NoticeDoc, b: NoticeDoc) => b.version - a.version;
const noticesOf = (ctx: Ctx, type: string, lang: string) =>
  ctx.store.notices.list((n) => n.type === type && n.langCode === lang.toLowerCase()).sort(newestFirst);

export const ssNoticeRoutes: Routes = (app, ctx) => {
  app.get('/ss/noticeTypes', (c) => send(c, NoticeTypesSchema, [...NOTICE_TYPES]));

  app.get('/ss/notices/type/:type/langCode/:lang', (c) => {
    const list = noticesOf(ctx, noticeType(param(c, 'type')), param(c, 'lang'));
    return send(
      c,
      NoticeListSchema,
      list.map(({ id, version, langCode, body, createTimestamp }) => ({
        id,
        version,
        langCode,
        body,
        createTimestamp,
      })),
    );
  });

  // Notices are never edited: each add is the next version for its type and language.
  app.post('/ss/notices/type/:type', async (c) => {
    const type = noticeType(param(c, 'type'));
    const { langCode, body } = jsonBody(await readInput(c), AddNoticeRequestSchema);
    const lang = langCode.toLowerCase();
    const version = (noticesOf(ctx, type, lang)[0]?.version ?? 0) + 1;
    const id = nextId(ctx.store.notices.list(), (n) => n.id, 1000);
    ctx.store.notices.put(String(id), {
      id,
      type,
      version,
      langCode: lang,
      body,
      createTimestamp: new Date(ctx.now()).toISOString(),
    });
    return send(c, StatusObjectSchema, SUCCESS);
  });

  // DataTables server-side protocol: one row per notice type for the language, paged and sorted here.
  app.post('/ss/notices/getNoticeDataTables', async (c) => {
    const input = await readInput(c);
    const req = jsonBody(input, NoticeDataTablesRequestSchema);
    const lang = (input.get('language') ?? req.language ?? 'en-us').toLowerCase();
    const all = NOTICE_TYPES.map((type): [string, string, string] => {
      const latest = noticesOf(ctx, type, lang)[0];
      return [type, latest?.createTimestamp ?? '', latest ? 'Yes' : 'No'];
    });
    const needle = (req.search?.value ?? '').toLowerCase();
    const filtered = all.filter((row) => row.some((cell) => cell.toLowerCase().includes(needle)));
    const order = req.order?.[0];
    if (order) {
      const col = Math.min(Math.max(order.column, 0), 2);
      filtered.sort((a, b) => (a[col] ?? '').localeCompare(b[col] ?? '') * (order.dir === 'desc' ? -1 : 1));
    }
    const start = req.start ?? 0;
    const length = req.length === undefined || req.length < 0 ? filtered.length : req.length;
    return send(c, NoticeDataTablesResponseSchema, {
      recordsTotal: all.length,
      recordsFiltered: filtered.length,
      draw: req.draw ?? 1,
      data: filtered.slice(start, start + length),
      optData: null,
      status: SUCCESS,
      searchTruncated: false,
    });
  });
};

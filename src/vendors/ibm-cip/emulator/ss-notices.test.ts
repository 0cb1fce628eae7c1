import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoticeDataTablesResponseSchema, NoticeListSchema } from '../wire';
import { startCip, type TestCip } from './test-support';

const SUCCESS = { success: true, apiError: false, message: 'Success', errors: {} };

describe('ibm-cip self-service notices', () => {
  let cip: TestCip;
  beforeEach(async () => {
    cip = await startCip();
  });
  afterEach(() => cip.close());

  it('SS16/SS17/SS21 list notice types and versions; adding a notice makes the next version', async () => {
    expect((await cip.call('GET', '/GmaApi/ss/noticeTypes')).body).toEqual([
      'USER_SELF_DELETE',
      'USER_CONSENT',
      'USER_PRIVACY',
    ]);
    const de = NoticeListSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/notices/type/USER_SELF_DELETE/langCode/de-de')).body,
    );
    expect(de.map((n) => [n.id, n.version])).toEqual([
      [1848, 2],
      [1828, 1],
    ]);
    expect(
      (
        await cip.call('POST', '/GmaApi/ss/notices/type/USER_SELF_DELETE', {
          json: { langCode: 'de-de', body: 'test using curl' },
        })
      ).body,
    ).toEqual(SUCCESS);
    const after = NoticeListSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/notices/type/USER_SELF_DELETE/langCode/de-de')).body,
    );
    expect(after[0]).toMatchObject({
      version: 3,
      langCode: 'de-de',
      body: 'test using curl',
      createTimestamp: '2026-01-15T12:00:00.000Z',
    });
    expect((await cip.call('GET', '/GmaApi/ss/notices/type/USER_ANYTHING/langCode/en-us')).status).toBe(400);
    expect(
      (await cip.call('POST', '/GmaApi/ss/notices/type/USER_CONSENT', { json: { langCode: 'en-us' } }))
        .status,
    ).toBe(400);
  });

  it('SS18 pages notices with the DataTables protocol', async () => {
    const req = {
      draw: 2,
      columns: [],
      order: [{ column: 0, dir: 'desc' }],
      start: 0,
      length: 10,
      search: { value: '', regex: false },
      language: 'en-us',
      limitFilter: null,
    };
    const res = NoticeDataTablesResponseSchema.parse(
      (await cip.call('POST', '/GmaApi/ss/notices/getNoticeDataTables?language=en-us', { json: req })).body,
    );
    expect(res).toEqual({
      recordsTotal: 3,
      recordsFiltered: 3,
      draw: 2,
      data: [
        ['USER_SELF_DELETE', '2019-10-15T06:00:29.073Z', 'Yes'],
        ['USER_PRIVACY', '2019-05-02T09:51:16.326Z', 'Yes'],
        ['USER_CONSENT', '2019-11-04T06:11:25.115Z', 'Yes'],
      ],
      optData: null,
      status: SUCCESS,
      searchTruncated: false,
    });
    const page = NoticeDataTablesResponseSchema.parse(
      (
        await cip.call('POST', '/GmaApi/ss/notices/getNoticeDataTables', {
          json: {
            ...req,
            start: 1,
            length: 1,
            order: [{ column: 1, dir: 'asc' }],
            search: { value: 'user_' },
          },
        })
      ).body,
    );
    expect(page.data).toEqual([['USER_SELF_DELETE', '2019-10-15T06:00:29.073Z', 'Yes']]);
    const fr = NoticeDataTablesResponseSchema.parse(
      (await cip.call('POST', '/GmaApi/ss/notices/getNoticeDataTables?language=fr-ca', { json: { draw: 1 } }))
        .body,
    );
    expect(fr.data.every((row) => row[2] === 'No')).toBe(true);
  });
});

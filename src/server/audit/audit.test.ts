import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/harness';
import { postSignIn } from '../testing/sign-in-flow';
import { recordAudit } from './record';
import { csvCell } from './csv';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

type Page = {
  items: { action: string; username: string | null; result: string; connectionId: string | null }[];
  total: number;
};

describe('audit log', () => {
  it('records sign-ins and failures without passwords', async () => {
    const op = await server.signIn('operator', { password: 'the secret password' });
    await postSignIn(server.url, op.operator.username, 'a wrong guess');
    await postSignIn(server.url, op.operator.username, 'the secret password');
    const res = await op.fetch(`/api/audit?operator=${op.operator.username}&action=session.sign-in`);
    const page = (await res.json()) as Page;
    expect(page.items.map((i) => i.result).sort()).toEqual(['failure', 'success']);
    const all = await server.store.db.selectFrom('audit_log').selectAll().execute();
    const dump = JSON.stringify(all);
    expect(dump).not.toContain('the secret password');
    expect(dump).not.toContain('a wrong guess');
  });

  it('filters by action prefix, result, connection and time, and pages on the server', async () => {
    const viewer = await server.signIn('viewer');
    for (let i = 0; i < 7; i++) {
      await recordAudit(server.store.db, {
        action: 'proxy.write',
        result: i % 2 ? 'failure' : 'success',
        username: 'paging-user',
        connectionId: i < 4 ? 'conn-a' : 'conn-b',
      });
    }
    const get = async (qs: string) =>
      (await (await viewer.fetch(`/api/audit?${qs}`)).json()) as Page & { page: number };
    expect((await get('operator=paging-user')).total).toBe(7);
    const p1 = await get('operator=paging-user&pageSize=3&page=1');
    const p3 = await get('operator=paging-user&pageSize=3&page=3');
    expect(p1.items).toHaveLength(3);
    expect(p3.items).toHaveLength(1);
    expect((await get('operator=paging-user&result=failure')).total).toBe(3);
    expect((await get('operator=paging-user&connection=conn-b')).total).toBe(3);
    expect((await get('action=proxy.*&operator=paging-user')).total).toBe(7);
    expect(
      (
        await get(
          `operator=paging-user&from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
        )
      ).total,
    ).toBe(0);
    expect((await viewer.fetch('/api/audit?pageSize=5000')).status).toBe(400);
    expect((await viewer.fetch('/api/audit?from=yesterday')).status).toBe(400);
    expect((await viewer.fetch('/api/audit?result=maybe')).status).toBe(400);
  });

  it('exports the filtered entries as CSV', async () => {
    const viewer = await server.signIn('viewer');
    await recordAudit(server.store.db, {
      action: 'operator.create',
      result: 'success',
      username: 'csv-user',
      target: '=HYPERLINK("x")',
    });
    const res = await viewer.fetch('/api/audit/export?operator=csv-user');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="tessera-audit-.*\.csv"/);
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'at,username,action,result,status,target,connectionId,ip,requestId,durationMs,detail',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('offers no way to change or delete entries', async () => {
    const admin = await server.signIn('admin');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await admin.fetch('/api/audit', { method, body: '{}' });
      expect(res.status, method).toBe(404);
    }
  });

  it('escapes CSV cells', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
  });
});

import type { Hono } from 'hono';
import { stream } from 'hono/streaming';
import type { AppEnv } from '../app-env';
import { requireRole, type AuthDeps } from '../auth/guards';
import { readQuery } from '../validate';
import { auditActions, AuditFilter, AuditPage, iterateAudit, queryAudit } from './audit-query';
import { csvRow } from './csv';
import { auditRequest } from './from-request';

/** The most rows one export returns; narrow the filters for more. */
export const EXPORT_LIMIT = 100_000;

const COLUMNS = [
  'at',
  'username',
  'action',
  'result',
  'status',
  'target',
  'connectionId',
  'ip',
  'requestId',
  'durationMs',
  'detail',
] as const;

/** Reading the audit log: every role may (viewers are the auditors); nobody can change it through the API. */
export function mountAuditRoutes(app: Hono<AppEnv>, deps: AuthDeps): void {
  const db = deps.store.db;
  const anyRole = requireRole('admin', 'operator', 'viewer');

  app.get('/api/audit', anyRole, async (c) => {
    const q = readQuery(c, AuditPage);
    const { items, total } = await queryAudit(db, q, q.page, q.pageSize);
    return c.json({ items, total, page: q.page, pageSize: q.pageSize });
  });

  app.get('/api/audit/actions', anyRole, async (c) => c.json({ actions: await auditActions(db) }));

  app.get('/api/audit/export', anyRole, async (c) => {
    const filter = readQuery(c, AuditFilter);
    await auditRequest(c, db, { action: 'audit.export', result: 'success', detail: { filter } });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="tessera-audit-${stamp}.csv"`);
    return stream(c, async (s) => {
      await s.write(csvRow(COLUMNS));
      for await (const e of iterateAudit(db, filter, EXPORT_LIMIT)) {
        await s.write(csvRow(COLUMNS.map((k) => e[k])));
      }
    });
  });
}

import { StatementCreateRequest, StatementResponse } from '../../wire/resource-policies';
import { ScpError, conflict } from '../errors';
import { readJson } from '../request';
import { noContent, send, type RouteSpec } from '../routing';
import { resourceStatement } from '../views/documents';
import { defaultDocument, saveDocument, srnOf } from './resource-policies';
import { mustGet, param } from './shared';

const DEFAULT_SID = 'statement1';
const sidOf = (s: { Sid?: string | undefined }) => s.Sid ?? DEFAULT_SID;
const noStatement = (sid: string) => new ScpError(404, 'NOT_FOUND', `Statement "${sid}" was not found.`);

export const resourcePolicyStatementRoutes: RouteSpec[] = [
  {
    method: 'POST',
    path: '/v1/resource-policies/:srn/statements',
    action: 'iam:AddResourcePolicyStatement',
    level: 'PERMISSION',
    resourceOf: srnOf,
    // Adding to an SRN without a policy creates the policy with this one statement.
    handler: async (c, d) => {
      const srn = srnOf(c);
      const statement = await readJson(c, StatementCreateRequest);
      const existing = d.store.resourcePolicies.get(srn);
      const doc = existing ? defaultDocument(existing) : { Version: '2024-07-01', Statement: [] };
      if (doc.Statement.some((s) => sidOf(s) === sidOf(statement)))
        throw conflict(`Statement "${sidOf(statement)}" already exists.`, 'DUPLICATE_SID');
      saveDocument(c, d, srn, { ...doc, Statement: [...doc.Statement, statement] });
      return send(c, StatementResponse, { Statement: resourceStatement(statement) }, 201);
    },
  },
  {
    method: 'PUT',
    path: '/v1/resource-policies/:srn/statements/:sid',
    action: 'iam:SetResourcePolicyStatement',
    level: 'PERMISSION',
    resourceOf: srnOf,
    // The body may rename the statement; a new Sid that another statement has is a 409.
    handler: async (c, d) => {
      const srn = srnOf(c);
      const sid = param(c, 'sid');
      const statement = await readJson(c, StatementCreateRequest);
      const doc = defaultDocument(mustGet(d.store.resourcePolicies, srn, 'Resource policy'));
      if (!doc.Statement.some((s) => sidOf(s) === sid)) throw noStatement(sid);
      const next = { ...statement, Sid: statement.Sid ?? sid };
      if (next.Sid !== sid && doc.Statement.some((s) => sidOf(s) === next.Sid))
        throw conflict(`Statement "${next.Sid}" already exists.`, 'DUPLICATE_SID');
      saveDocument(c, d, srn, { ...doc, Statement: doc.Statement.map((s) => (sidOf(s) === sid ? next : s)) });
      return send(c, StatementResponse, { Statement: resourceStatement(next) });
    },
  },
  {
    method: 'DELETE',
    path: '/v1/resource-policies/:srn/statements/:sid',
    action: 'iam:RemoveResourcePolicyStatement',
    level: 'PERMISSION',
    resourceOf: srnOf,
    // A document needs one statement at least, so removing the last one removes the policy.
    handler: (c, d) => {
      const srn = srnOf(c);
      const sid = param(c, 'sid');
      const doc = defaultDocument(mustGet(d.store.resourcePolicies, srn, 'Resource policy'));
      if (!doc.Statement.some((s) => sidOf(s) === sid)) throw noStatement(sid);
      const rest = doc.Statement.filter((s) => sidOf(s) !== sid);
      if (rest.length) saveDocument(c, d, srn, { ...doc, Statement: rest });
      else d.store.resourcePolicies.delete(srn);
      return noContent(c);
    },
  },
];

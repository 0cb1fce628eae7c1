import type { PolicyDocument, Statement } from '../../wire/common';

/** What one request asks for, in the terms policies are written in. */
export type AccessRequest = {
  action: string;
  /** The action's access level (LIST, READ, CREATE, UPDATE, DELETE, PERMISSION), for `*[List,Read]` patterns. */
  level: string;
  resource: string;
  context: Record<string, string>;
};

export type Decision = 'ALLOW' | 'EXPLICIT_DENY' | 'IMPLICIT_DENY';

function globToRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

export function globMatch(pattern: string, value: string): boolean {
  return globToRegExp(pattern).test(value);
}

/** `iam:*`, `*`, `iam:List*` and the access-level form `*[List,Read]` (or `iam:*[Update]`). */
export function actionMatches(pattern: string, req: Pick<AccessRequest, 'action' | 'level'>): boolean {
  const scoped = /^(.*)\[([^\]]*)\]$/.exec(pattern);
  if (!scoped) return globMatch(pattern, req.action);
  const [, base = '', levels = ''] = scoped;
  const allowed = levels.split(',').map((l) => l.trim().toUpperCase());
  return globMatch(base, req.action) && allowed.includes(req.level.toUpperCase());
}

const asList = (v: string | number | boolean | (string | number | boolean)[]): string[] =>
  (Array.isArray(v) ? v : [v]).map(String);

const OPERATORS: Record<string, (actual: string, expected: string[]) => boolean> = {
  StringEquals: (a, e) => e.includes(a),
  StringNotEquals: (a, e) => !e.includes(a),
  StringEqualsIgnoreCase: (a, e) => e.some((x) => x.toLowerCase() === a.toLowerCase()),
  StringNotEqualsIgnoreCase: (a, e) => !e.some((x) => x.toLowerCase() === a.toLowerCase()),
  StringLike: (a, e) => e.some((x) => globMatch(x, a)),
  StringNotLike: (a, e) => !e.some((x) => globMatch(x, a)),
};

/** Every operator and key must hold; an unknown operator or a key the request lacks never holds. */
export function conditionHolds(condition: Statement['Condition'], context: Record<string, string>): boolean {
  if (!condition) return true;
  return Object.entries(condition).every(([op, keys]) => {
    const test = OPERATORS[op];
    if (!test) return false;
    return Object.entries(keys).every(([key, expected]) => {
      const actual = context[key];
      return actual !== undefined && test(actual, asList(expected));
    });
  });
}

export function statementApplies(s: Statement, req: AccessRequest): boolean {
  const actionOk = s.NotAction?.length
    ? !s.NotAction.some((p) => actionMatches(p, req))
    : (s.Action ?? []).some((p) => actionMatches(p, req));
  // A statement without Resource covers every resource, like one with "*".
  const resourceOk = !s.Resource?.length || s.Resource.some((p) => globMatch(p, req.resource));
  return actionOk && resourceOk && conditionHolds(s.Condition, req.context);
}

/** Where a statement sits: the index of its document among those evaluated, and within the document. */
export type StatementRef<S> = { source: S; statement: Statement; index: number };

export type Explanation<S> = {
  decision: Decision;
  /** The statement that decided: the first matching Deny, else the first matching Allow; none when implicit. */
  decidedBy?: StatementRef<S>;
  /** Every statement that applied to the request, in evaluation order. */
  matched: StatementRef<S>[];
};

/**
 * Explicit Deny wins over any Allow; without an Allow the request is implicitly denied. Each source carries
 * one document (a policy's default version) and whatever the caller needs to name it.
 */
export function explain<S extends { document: PolicyDocument }>(
  sources: readonly S[],
  req: AccessRequest,
): Explanation<S> {
  const matched: StatementRef<S>[] = [];
  for (const source of sources)
    source.document.Statement.forEach((statement, index) => {
      if (statementApplies(statement, req)) matched.push({ source, statement, index });
    });
  const deny = matched.find((m) => m.statement.Effect === 'Deny');
  if (deny) return { decision: 'EXPLICIT_DENY', decidedBy: deny, matched };
  const allow = matched[0];
  return allow ? { decision: 'ALLOW', decidedBy: allow, matched } : { decision: 'IMPLICIT_DENY', matched };
}

export function evaluate(documents: PolicyDocument[], req: AccessRequest): Decision {
  return explain(
    documents.map((document) => ({ document })),
    req,
  ).decision;
}

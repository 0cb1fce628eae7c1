import type { PolicyDocument, Statement } from '../../wire/common';

const DEFAULT_SID = 'statement1';

/**
 * Identity-policy documents come back the way the seed's examples show them: every key present, with
 * `NotAction: []` and `Principal: []` where the request left them out or sent null.
 */
export function identityDocument(doc: PolicyDocument): PolicyDocument {
  return {
    Version: doc.Version,
    Statement: doc.Statement.map((s) => ({
      Action: s.Action ?? [],
      Condition: s.Condition ?? {},
      Effect: s.Effect,
      NotAction: s.NotAction ?? [],
      Principal: s.Principal ?? [],
      Resource: s.Resource ?? [],
      Sid: s.Sid ?? DEFAULT_SID,
    })),
  };
}

/** Resource-policy statements are echoed without `NotAction` unless one was given. */
export function resourceStatement(s: Statement): Statement {
  const { NotAction, ...rest } = s;
  return {
    ...rest,
    Condition: s.Condition ?? {},
    ...(NotAction?.length ? { NotAction } : {}),
    Sid: s.Sid ?? DEFAULT_SID,
  };
}

export function resourceDocument(doc: PolicyDocument): PolicyDocument {
  return { Version: doc.Version, Statement: doc.Statement.map(resourceStatement) };
}

/** Statements without a Sid get the seed's default, so per-statement routes can address them. */
export function withSids(doc: PolicyDocument): PolicyDocument {
  return { ...doc, Statement: doc.Statement.map((s) => ({ ...s, Sid: s.Sid ?? DEFAULT_SID })) };
}

import { PolicyDocumentSchema } from '../wire';

export type Decision = 'allow' | 'deny' | 'none';

/**
 * Evaluates policy documents for one action: an explicit Deny anywhere wins, otherwise any Allow grants
 * (the union the reference describes), otherwise nothing is granted. Resources are not evaluated: the
 * official CDK always writes `["*"]`. A document that is valid JSON but not a policy grants nothing.
 */
export function evaluate(documents: readonly string[], action: string): Decision {
  let decision: Decision = 'none';
  for (const text of documents) {
    const doc = PolicyDocumentSchema.safeParse(safeJson(text));
    if (!doc.success) continue;
    for (const statement of doc.data.Statements) {
      if (!statement.Actions.some((pattern) => globMatch(pattern, action))) continue;
      if (statement.Effect === 'Deny') return 'deny';
      decision = 'allow';
    }
  }
  return decision;
}

/** `*` matches any run of characters and `?` one character; everything else is literal. */
export function globMatch(pattern: string, value: string): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(value);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/*
 * GS2 policy evaluation, shared by the emulator (which enforces it) and the console (which explains it), so
 * the answer in the browser is the one the emulator gives. Pure: it imports only the wire schemas.
 */
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

/**
 * `*` matches any run of characters and `?` one character; everything else is literal. Matched without
 * regular expressions: policies come from callers, and a pattern of many stars must not backtrack for ever.
 */
export function globMatch(pattern: string, value: string): boolean {
  let p = 0;
  let v = 0;
  let star = -1;
  let resume = 0;
  while (v < value.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === value[v])) {
      p++;
      v++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = v;
    } else if (star >= 0) {
      p = star + 1;
      v = ++resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

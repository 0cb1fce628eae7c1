import { PolicyDocumentSchema, type SecurityPolicy } from '../wire';
import { evaluate, globMatch, type Decision } from './evaluate';

export type Match = { policy: string; effect: 'Allow' | 'Deny'; pattern: string };

/**
 * The decision comes from the emulator's evaluator itself; the matches only explain it, listing every
 * statement pattern of the given policies that covers the action.
 */
export function explain(
  policies: readonly SecurityPolicy[],
  action: string,
): { decision: Decision; matches: Match[] } {
  const decision = evaluate(
    policies.map((p) => p.policy),
    action,
  );
  const matches: Match[] = [];
  for (const p of policies) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(p.policy);
    } catch {
      continue;
    }
    const doc = PolicyDocumentSchema.safeParse(parsed);
    if (!doc.success) continue;
    for (const s of doc.data.Statements)
      for (const pattern of s.Actions)
        if (globMatch(pattern, action)) matches.push({ policy: p.name, effect: s.Effect, pattern });
  }
  return { decision, matches };
}

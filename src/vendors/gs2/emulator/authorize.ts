import { identifierAction } from '../wire';
import type { EmulatorContext } from './context';
import { unauthorized } from './errors';
import { evaluate } from '../policy/evaluate';
import { attachedPolicies } from './policy-lookup';
import type { TokenRecord } from './store';

/**
 * Checks the token's user against its attached policies for one method. A refusal is a 401, never a 403:
 * GS2 SDKs map no exception class to 403. A token outlives its credential but not its user: a user
 * deleted (or deleted and created again) after the token was issued grants nothing.
 */
export function authorize(ctx: EmulatorContext, token: TokenRecord, method: string): void {
  if (!ctx.settings.enforcePolicies) return;
  const user = ctx.store.users.get(token.userName);
  const documents =
    user && user.createdAt <= token.issuedAt
      ? attachedPolicies(ctx, token.userName).map((p) => p.policy)
      : [];
  if (evaluate(documents, identifierAction(method)) !== 'allow')
    throw unauthorized('securityPolicy', 'action', 'denied');
}

import type { Store } from '../store/open';
import { isMfaRequired } from '../operators/auth-policy';
import { asRole, type OperatorRow } from '../operators/operator-store';
import type { OperatorRole } from '../app-env';
import { csrfTokenFor } from './tokens';
import { recoveryCodesLeft } from './mfa';

/** What the browser learns about its own session: enough to render the shell, nothing secret but the CSRF token. */
export type SessionInfo = {
  operator: { id: string; username: string; displayName: string; role: OperatorRole };
  csrfToken: string;
  mfa: { enabled: boolean; required: boolean; recoveryCodesLeft: number };
  mustChangePassword: boolean;
  mustEnrolMfa: boolean;
};

export async function sessionInfo(store: Store, token: string, operator: OperatorRow): Promise<SessionInfo> {
  const required = await isMfaRequired(store.db);
  const enabled = operator.mfa_enabled === 1;
  const mustChangePassword = operator.must_change_password === 1;
  return {
    operator: {
      id: operator.id,
      username: operator.username,
      displayName: operator.display_name,
      role: asRole(operator.role),
    },
    csrfToken: csrfTokenFor(token),
    mfa: {
      enabled,
      required,
      recoveryCodesLeft: enabled ? await recoveryCodesLeft(store.db, operator.id) : 0,
    },
    mustChangePassword,
    mustEnrolMfa: !mustChangePassword && required && !enabled,
  };
}

import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/app/paths';
import { SESSION_QUERY_KEY } from './session-key';
import { safeNextPath } from './safe-next';
import type { SessionFlags } from './sign-in-requests';

/** Where a fresh session goes: the forced password change, then MFA enrolment, then `next`. */
export function destinationFor(session: SessionFlags, next: string): string {
  if (session.mustChangePassword) return paths.changePassword.href({ next });
  if (session.mustEnrolMfa) return paths.enrolMfa.href({ next });
  return next;
}

/** Drops any cached session (the shell reads the new one) and moves on. */
export function useAfterSignIn(): { next: string; proceed: (session: SessionFlags) => void } {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  return {
    next,
    proceed: (session) => {
      qc.removeQueries({ queryKey: SESSION_QUERY_KEY });
      void navigate(destinationFor(session, next), { replace: true });
    },
  };
}

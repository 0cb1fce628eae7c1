import { useMutation, useQueryClient } from '@tanstack/react-query';
import { NavLink, useNavigate } from 'react-router';
import { request, setCsrfToken } from '@/lib/http/request';
import { paths } from '../paths';
import { useLayoutText } from './layout-text';
import { useSession } from './session';

/** The operator's name (a link to the profile) and sign-out, which revokes the session on the server. */
export function UserMenu() {
  const t = useLayoutText();
  const session = useSession();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => request('/api/session', { method: 'DELETE' }),
    onSettled: () => {
      // Forget everything the session could see, whether or not the server answered.
      setCsrfToken(undefined);
      qc.clear();
      void navigate(paths.signIn.href(), { replace: true });
    },
    meta: { silent: true },
  });
  if (!session) return null;
  const { operator } = session;
  return (
    <div className="user-menu row">
      <NavLink to={paths.profile.href()} className="user-menu-name" title={t.signedInAs(operator.username)}>
        <span aria-hidden="true">{operator.displayName || operator.username}</span>
        <span className="visually-hidden">
          {t.profile}: {operator.displayName || operator.username}
        </span>
        <span className="badge">{operator.role}</span>
      </NavLink>
      <button
        type="button"
        className="btn btn-ghost"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {signOut.isPending ? t.signingOut : t.signOut}
      </button>
    </div>
  );
}

import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Skeleton } from '@/components/states';
import { AuthCard } from '@/features/sign-in/auth-card';
import { useLocale } from '@/lib/i18n/locale';
import { selfServiceMessage } from './messages';
import { OwnMfaPanel } from './own-mfa-panel';
import { SignInForm } from './sign-in-form';
import { fetchLink, selfServiceKeys, signOut } from './self-service-api';
import { useSelfServiceText } from './self-service-text';

/**
 * The page a GS2 user opens from the link an operator sent: sign in with the GS2 user name and password,
 * then set up or remove their own MFA. Outside the operator console; it can reach nothing else.
 */
export function Gs2SelfServicePage() {
  const t = useSelfServiceText();
  const { locale } = useLocale();
  const { token = '' } = useParams();
  const qc = useQueryClient();
  const [signedOut, setSignedOut] = useState(false);
  const link = useQuery({
    queryKey: selfServiceKeys.link(token),
    queryFn: () => fetchLink(token),
    retry: false,
  });
  const reloadLink = () => void qc.invalidateQueries({ queryKey: selfServiceKeys.link(token) });

  return (
    <AuthCard title={t.title}>
      {link.status === 'pending' && <Skeleton />}
      {link.status === 'error' && (
        <p className="error-panel" role="alert">
          {selfServiceMessage(link.error, t)}
        </p>
      )}
      {link.data && (
        <div className="stack">
          <p>{t.forUser(link.data.userName)}</p>
          <p className="muted">
            {t.expires(
              new Date(link.data.expiresAt).toLocaleString(locale, {
                dateStyle: 'medium',
                timeStyle: 'short',
              }),
            )}
          </p>
          {signedOut ? (
            <p role="status">{t.signedOut}</p>
          ) : link.data.session ? (
            <>
              <div className="row">
                <span>{t.signedInAs(link.data.userName)}</span>
                <button
                  type="button"
                  className="btn"
                  onClick={() =>
                    void signOut().then(() => {
                      qc.removeQueries({ queryKey: selfServiceKeys.mfa(token) });
                      setSignedOut(true);
                      reloadLink();
                    })
                  }
                >
                  {t.signOut}
                </button>
              </div>
              <OwnMfaPanel token={token} userName={link.data.userName} onSignedOut={reloadLink} />
            </>
          ) : (
            <SignInForm token={token} userName={link.data.userName} onSignedIn={reloadLink} />
          )}
        </div>
      )}
    </AuthCard>
  );
}

export default Gs2SelfServicePage;

import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { MfaEnrollment } from '@/components/mfa-enrollment';
import { confirmEnrolment, profileKeys, SHELL_SESSION_KEY, startEnrolment } from './api';
import { useProfileText } from './profile-text';

/** Where required MFA enrolment happens after sign-in; the server allows nothing else until it is done. */
export function EnrolMfaPage() {
  const t = useProfileText();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  // The session gate re-checks `next` and sends anything unsafe home, so it only needs to be a path here.
  const target = next?.startsWith('/') && !next.startsWith('//') ? next : '/';
  return (
    <main className="page page-centered">
      <section className="card stack" aria-labelledby="enrol-title">
        <h1 id="enrol-title">{t.enrolTitle}</h1>
        <p className="muted">{t.enrolIntro}</p>
        <MfaEnrollment
          account="Tessera"
          start={startEnrolment}
          confirm={confirmEnrolment}
          onDone={() => {
            void qc.invalidateQueries({ queryKey: SHELL_SESSION_KEY });
            void qc.invalidateQueries({ queryKey: profileKeys.all });
            void navigate(target, { replace: true });
          }}
        />
      </section>
    </main>
  );
}

export default EnrolMfaPage;

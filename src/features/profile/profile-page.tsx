import { useQuery } from '@tanstack/react-query';
import { PageHeader, QueryBoundary } from '@/components/states';
import { statusQuery } from './api';
import { MfaSection } from './mfa-section';
import { SessionsSection } from './sessions-section';
import { useProfileText } from './profile-text';
import './profile.css';

/** The signed-in operator's own account: who they are, MFA and sessions. */
export function ProfilePage() {
  const t = useProfileText();
  const status = useQuery(statusQuery());
  return (
    <section className="page stack profile" aria-labelledby="profile-title">
      <PageHeader title={t.title} titleId="profile-title" />
      <section className="card stack" aria-labelledby="account-title">
        <h2 id="account-title">{t.account}</h2>
        <QueryBoundary query={status}>
          {(s) => (
            <dl className="profile-facts">
              <dt>{t.username}</dt>
              <dd className="mono">{s.operator.username}</dd>
              <dt>{t.displayName}</dt>
              <dd>{s.operator.displayName}</dd>
              <dt>{t.role}</dt>
              <dd>{s.operator.role}</dd>
            </dl>
          )}
        </QueryBoundary>
      </section>
      <MfaSection />
      <SessionsSection />
    </section>
  );
}

export default ProfilePage;

import type { z } from 'zod';
import type { IAMUserDetailResponse } from '../wire/users';
import { useScpText } from '../scp-text';
import { formatDate } from '../shared/format';
import { useUsersText } from './users-text';

type User = z.infer<typeof IAMUserDetailResponse>;

export function UserOverviewTab({ user }: { user: User }) {
  const t = useUsersText();
  const s = useScpText();
  const yesNo = (v: boolean) => (v ? s.yes : s.no);
  const facts: [string, string][] = [
    [t.id, user.id],
    [t.srn, user.srn ?? s.notSet],
    [s.state, user.state ?? s.notSet],
    [s.type, user.type],
    [t.email, user.email ?? s.notSet],
    [t.emailVerified, yesNo(user.email_authenticated)],
    [t.phoneVerified, yesNo(user.phone_authenticated)],
    [t.lastName, user.last_name ?? s.notSet],
    [t.firstName, user.first_name ?? s.notSet],
    [t.company, user.company_name ?? s.notSet],
    [t.timezone, user.tz_id ?? user.timezone ?? s.notSet],
    [t.lastLogin, formatDate(user.last_login_at, s.never)],
    [t.passwordChanged, formatDate(user.last_password_update_at)],
    [t.reuseCount, String(user.password_reuse_count)],
    [s.created, formatDate(user.created_at)],
    [t.createdBy, user.created_by_name ?? user.created_by],
    [s.modified, formatDate(user.modified_at)],
    [t.modifiedBy, user.modified_by_name ?? user.modified_by],
  ];
  return (
    <dl className="scp-facts card">
      {facts.map(([k, v]) => (
        <div key={k} className="scp-fact">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { EmptyState, QueryBoundary } from '@/components/states';
import { useCipText } from '../cip-text';
import { userDetailsQuery, userServicesQuery } from '../queries/options';

/** U2: the services the user is a member of. */
export function ServicesTab({ uuid }: { uuid: string }) {
  const t = useCipText();
  const { id } = useCurrentConnection();
  const query = useQuery(userServicesQuery(id, uuid));
  return (
    <QueryBoundary query={query} isEmpty={(s) => s.length === 0} empty={<EmptyState title={t.noServices} />}>
      {(services) => (
        <ul className="cip-list" aria-label={t.tabServices}>
          {services.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
    </QueryBoundary>
  );
}

/** There is no "groups of a user" call: I2's `groups` answers it, with roles and statuses beside. */
export function GroupsTab({ uuid }: { uuid: string }) {
  const t = useCipText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const query = useQuery(userDetailsQuery(id, uuid));
  return (
    <QueryBoundary query={query}>
      {(d) => (
        <div className="stack">
          {d.userDetails.groups.length === 0 ? (
            <EmptyState title={t.noGroups} />
          ) : (
            <ul className="cip-list" aria-label={t.tabGroups}>
              {d.userDetails.groups.map((g) => (
                <li key={g}>
                  <Link to={href(`groups/${encodeURIComponent(g)}`)}>{g}</Link>
                </li>
              ))}
            </ul>
          )}
          <dl className="cip-attrs">
            <div>
              <dt>{t.roles}</dt>
              <dd>{d.userDetails.roles.join(', ') || '—'}</dd>
            </div>
            <div>
              <dt>{t.userStatus}</dt>
              <dd>{d.userStatus ? t.active : t.inactive}</dd>
            </div>
          </dl>
        </div>
      )}
    </QueryBoundary>
  );
}

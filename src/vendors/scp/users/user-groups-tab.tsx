import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { EmptyState, QueryBoundary } from '@/components/states';
import { useScpText } from '../scp-text';
import { allGroupsQuery } from '../shared/pickers';
import { useUsersText } from './users-text';

/** SCP has no "groups of a user" call: the group list carries each group's members (§5.2). */
export function UserGroupsTab({ userId }: { userId: string }) {
  const t = useUsersText();
  const s = useScpText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const query = useQuery({
    ...allGroupsQuery(id),
    select: (groups) => groups.filter((g) => g.members?.some((m) => m.user_id === userId)),
  });
  return (
    <QueryBoundary
      query={query}
      isEmpty={(g) => g.length === 0}
      empty={
        <EmptyState title={t.noGroups} action={<Link to={href('groups/matrix')}>{t.openMatrix}</Link>}>
          {t.noGroupsBody}
        </EmptyState>
      }
    >
      {(groups) => (
        <table className="scp-table">
          <caption className="visually-hidden">{t.tabGroups}</caption>
          <thead>
            <tr>
              <th scope="col">{s.name}</th>
              <th scope="col">{t.groupType}</th>
              <th scope="col">{s.description}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.id}>
                <th scope="row">
                  <Link to={href(`groups/${encodeURIComponent(g.id)}`)}>{g.name}</Link>
                </th>
                <td>{g.type}</td>
                <td>{g.description ?? s.notSet}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </QueryBoundary>
  );
}

import { useId } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { useNhnText } from '../nhn-text';
import { allProjectsQuery, domainsQuery, governancesQuery, orgMembersPageQuery } from '../queries/options';
import { formatDate } from '../shared/format';
import { useOrgId } from '../shared/use-org-id';
import { ManagedNote } from '../shared/managed-note';
import '../nhn.css';

/** The organization at a glance: projects, member count, governance in use and domains. */
export default function OverviewPage() {
  const t = useNhnText();
  const { id } = useCurrentConnection();
  const orgId = useOrgId();
  const href = useConnectionHref();
  const titleId = useId();
  const projects = useQuery(allProjectsQuery(id, orgId));
  const members = useQuery(orgMembersPageQuery(id, orgId, { page: 1, limit: 1 }));
  const governances = useQuery(governancesQuery(id, orgId));
  const domains = useQuery(domainsQuery(id, orgId));
  return (
    <section className="page nhn-page" aria-labelledby={titleId}>
      <PageHeader title={t.overviewTitle} titleId={titleId} description={t.overviewDescription(orgId)} />
      <div className="nhn-cards">
        <section className="card stack" aria-label={t.projectsTitle}>
          <h2>{t.projectsTitle}</h2>
          <QueryBoundary query={projects}>
            {(list) => (
              <>
                <p>
                  <Link to={href('projects')}>{t.projectCount(list.length)}</Link>
                </p>
                <ul className="nhn-plain-list">
                  {list.map((p) => (
                    <li key={p.projectId}>
                      <Link to={href(`projects/${encodeURIComponent(p.projectId)}`)}>{p.projectName}</Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </QueryBoundary>
        </section>
        <section className="card stack" aria-label={t.membersTitle}>
          <h2>{t.membersTitle}</h2>
          <QueryBoundary query={members}>
            {(r) => (
              <p>
                <Link to={href('members')}>{t.memberCount(r.paging.totalCount)}</Link>
              </p>
            )}
          </QueryBoundary>
        </section>
        <section className="card stack" aria-label={t.governanceTitle}>
          <h2>{t.governanceTitle}</h2>
          <QueryBoundary
            query={governances}
            isEmpty={(g) => g.length === 0}
            empty={<EmptyState title={t.notSet} />}
          >
            {(list) => (
              <ul className="nhn-plain-list">
                {list.map((g) => (
                  <li key={g.governanceTypeCode}>
                    <code>{g.governanceTypeCode}</code>{' '}
                    <span className="muted">{formatDate(g.regDatetime)}</span>
                  </li>
                ))}
              </ul>
            )}
          </QueryBoundary>
          <ManagedNote />
        </section>
        <section className="card stack" aria-label={t.domainsTitle}>
          <h2>{t.domainsTitle}</h2>
          <QueryBoundary
            query={domains}
            isEmpty={(d) => d.length === 0}
            empty={<EmptyState title={t.none} />}
          >
            {(list) => (
              <ul className="nhn-plain-list">
                {list.map((d) => (
                  <li key={d.domainId}>{d.domainName}</li>
                ))}
              </ul>
            )}
          </QueryBoundary>
        </section>
      </div>
    </section>
  );
}

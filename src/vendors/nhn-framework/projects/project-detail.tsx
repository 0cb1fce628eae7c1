import { useId } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { RouteTabs } from '@/components/route-tabs';
import { useNhnText } from '../nhn-text';
import { allProjectsQuery } from '../queries/options';
import { useOrgId } from '../shared/use-org-id';
import { ProjectAppKeys } from '../credentials/app-keys';
import { useIamText } from '../iam/iam-text';
import { ProjectIam } from '../iam/project-iam';
import { ProjectMembers } from '../members/project-members';
import { RolesMatrix } from '../members/roles-matrix';
import { DeleteProjectButton } from './delete-project-button';
import { ProjectServices } from './project-services';
import { RoleGroupsView } from '../roles/role-groups-view';
import { useRolesText } from '../roles/roles-text';

const TABS = ['members', 'roles', 'iam', 'services', 'app-keys', 'role-groups'] as const;
type Tab = (typeof TABS)[number];

/** `/projects/:projectId/:tab`: one project; each tab is its own URL. */
export function ProjectDetail() {
  const t = useNhnText();
  const rt = useRolesText();
  const it = useIamText();
  const { projectId = '', tab } = useParams();
  const { id } = useCurrentConnection();
  const orgId = useOrgId();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const titleId = useId();
  const query = useQuery(allProjectsQuery(id, orgId));
  const base = `projects/${encodeURIComponent(projectId)}`;
  if (!tab || !(TABS as readonly string[]).includes(tab))
    return <Navigate to={href(`${base}/members`)} replace />;
  const labels: Record<Tab, string> = {
    members: t.tabMembers,
    roles: rt.tabMatrix,
    iam: it.tabIam,
    services: t.tabServices,
    'app-keys': t.tabAppKeys,
    'role-groups': rt.tabRoleGroups,
  };
  return (
    <section className="page nhn-page" aria-labelledby={titleId}>
      <QueryBoundary query={query}>
        {(projects) => {
          const project = projects.find((p) => p.projectId === projectId);
          if (!project)
            return (
              <EmptyState
                title={t.noProjects}
                action={<Link to={href('projects')}>{t.backToProjects}</Link>}
              />
            );
          return (
            <>
              <PageHeader
                eyebrow={<Link to={href('projects')}>{t.backToProjects}</Link>}
                title={project.projectName}
                titleId={titleId}
                description={project.description}
                actions={
                  <DeleteProjectButton
                    projectId={project.projectId}
                    projectName={project.projectName}
                    onDeleted={() => void navigate(href('projects'))}
                  />
                }
              />
              <RouteTabs
                label={project.projectName}
                current={tab as Tab}
                tabs={TABS.map((k) => ({ key: k, label: labels[k], to: href(`${base}/${k}`) }))}
              />
              {tab === 'members' && <ProjectMembers projectId={project.projectId} />}
              {tab === 'roles' && <RolesMatrix scope={{ kind: 'project', projectId: project.projectId }} />}
              {tab === 'iam' && <ProjectIam projectId={project.projectId} />}
              {tab === 'services' && <ProjectServices projectId={project.projectId} />}
              {tab === 'app-keys' && <ProjectAppKeys projectId={project.projectId} />}
              {tab === 'role-groups' && (
                <RoleGroupsView scope={{ kind: 'project', projectId: project.projectId }} />
              )}
            </>
          );
        }}
      </QueryBoundary>
    </section>
  );
}

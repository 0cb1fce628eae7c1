import { useId, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { DataTable, useTableUrlState, type Column } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import { useNhnText } from '../nhn-text';
import { allProjectsQuery } from '../queries/options';
import { formatDate } from '../shared/format';
import { useOrgId } from '../shared/use-org-id';
import type { OrgProject } from '../wire/projects';
import { CreateProjectDialog } from './create-project-dialog';

/** The org's projects, searched and sorted in the browser: an org holds at most tens of projects. */
export function ProjectsList() {
  const t = useNhnText();
  const { id } = useCurrentConnection();
  const orgId = useOrgId();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const titleId = useId();
  const [creating, setCreating] = useState(false);
  const [state, setState] = useTableUrlState('projects', { pageSize: 25 });
  const query = useQuery(allProjectsQuery(id, orgId));
  const open = (projectId: string) => void navigate(href(`projects/${encodeURIComponent(projectId)}`));
  const columns = useMemo<Column<OrgProject>[]>(
    () => [
      {
        id: 'name',
        header: t.projectName,
        hideable: false,
        sortable: true,
        value: (p) => p.projectName,
        width: 'minmax(10rem, 2fr)',
        cell: (p) => <Link to={href(`projects/${encodeURIComponent(p.projectId)}`)}>{p.projectName}</Link>,
      },
      { id: 'id', header: t.projectId, value: (p) => p.projectId, cell: (p) => <code>{p.projectId}</code> },
      {
        id: 'description',
        header: t.description,
        value: (p) => p.description ?? '',
        cell: (p) => p.description,
      },
      { id: 'status', header: t.status, value: (p) => p.projectStatusCode, cell: (p) => p.projectStatusCode },
      {
        id: 'created',
        header: t.created,
        sortable: true,
        value: (p) => p.regDateTime,
        cell: (p) => formatDate(p.regDateTime),
      },
    ],
    [t, href],
  );
  const addButton = (
    <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
      {t.addProject}
    </button>
  );
  return (
    <section className="page nhn-page" aria-labelledby={titleId}>
      <PageHeader
        title={t.projectsTitle}
        titleId={titleId}
        description={t.projectsDescription}
        actions={addButton}
      />
      <DataTable
        tableId="projects"
        label={t.projectsTitle}
        mode="client"
        columns={columns}
        getRowId={(p) => p.projectId}
        rowName={(p) => p.projectName}
        rows={query.data}
        state={state}
        onChange={setState}
        status={query.status}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={
          <EmptyState title={t.noProjects} action={addButton}>
            {t.noProjectsBody}
          </EmptyState>
        }
      />
      {creating && (
        <CreateProjectDialog
          onClose={() => setCreating(false)}
          onCreated={(projectId) => {
            setCreating(false);
            open(projectId);
          }}
        />
      )}
    </section>
  );
}

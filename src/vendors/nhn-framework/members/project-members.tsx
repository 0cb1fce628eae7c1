import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { useTableUrlState } from '@/components/data-table';
import { useNhnText } from '../nhn-text';
import { projectMembersPageQuery } from '../queries/options';
import { ProjectMemberStatusCode } from '../wire/members';
import { projectMemberRow } from './member-rows';
import { MembersTable } from './members-table';

export function ProjectMembers({ projectId }: { projectId: string }) {
  const t = useNhnText();
  const { id } = useCurrentConnection();
  const [state, setState] = useTableUrlState('pm', { pageSize: 25 });
  const query = useQuery({
    ...projectMembersPageQuery(id, projectId, {
      page: state.page,
      limit: state.pageSize || 25,
      status: state.filters.status,
    }),
    placeholderData: keepPreviousData,
  });
  return (
    <MembersTable
      tableId="pm"
      label={t.tabMembers}
      state={state}
      onChange={setState}
      rows={query.data?.projectMembers.map(projectMemberRow)}
      total={query.data?.paging.totalCount}
      status={query.status}
      error={query.error}
      onRetry={() => void query.refetch()}
      statuses={ProjectMemberStatusCode.options}
    />
  );
}

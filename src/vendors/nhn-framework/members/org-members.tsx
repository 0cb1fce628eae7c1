import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { useTableUrlState } from '@/components/data-table';
import { useNhnText } from '../nhn-text';
import { orgMembersPageQuery } from '../queries/options';
import { useOrgId } from '../shared/use-org-id';
import { OrgMemberStatusCode } from '../wire/members';
import { orgMemberRow } from './member-rows';
import { MembersTable } from './members-table';

export function OrgMembers() {
  const t = useNhnText();
  const { id } = useCurrentConnection();
  const orgId = useOrgId();
  const [state, setState] = useTableUrlState('members', { pageSize: 25 });
  const query = useQuery({
    ...orgMembersPageQuery(id, orgId, {
      page: state.page,
      limit: state.pageSize || 25,
      status: state.filters.status,
    }),
    placeholderData: keepPreviousData,
  });
  return (
    <MembersTable
      tableId="members"
      label={t.membersTitle}
      state={state}
      onChange={setState}
      rows={query.data?.orgMembers.map(orgMemberRow)}
      total={query.data?.paging.totalCount}
      status={query.status}
      error={query.error}
      onRetry={() => void query.refetch()}
      statuses={OrgMemberStatusCode.options}
      withSignIn
    />
  );
}

import { useId } from 'react';
import { Route, Routes } from 'react-router';
import { PageHeader } from '@/components/states';
import { RoleGroupsView } from '../roles/role-groups-view';
import { useRolesText } from '../roles/roles-text';
import { useOrgId } from '../shared/use-org-id';
import '../nhn.css';

function OrgRoleGroups() {
  const t = useRolesText();
  const orgId = useOrgId();
  const titleId = useId();
  return (
    <section className="page nhn-page" aria-labelledby={titleId}>
      <PageHeader title={t.orgGroupsTitle} titleId={titleId} />
      <RoleGroupsView scope={{ kind: 'org', orgId }} />
    </section>
  );
}

/** `/c/:id/role-groups`: the organization's project common role groups. */
export default function RoleGroupsPage() {
  return (
    <Routes>
      <Route path="role-groups" element={<OrgRoleGroups />} />
    </Routes>
  );
}

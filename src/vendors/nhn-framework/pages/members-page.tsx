import { Route, Routes } from 'react-router';
import { MembersLayout } from '../members/members-layout';
import { OrgMembers } from '../members/org-members';
import { RolesMatrix } from '../members/roles-matrix';
import { useOrgId } from '../shared/use-org-id';
import '../nhn.css';

function OrgRolesMatrix() {
  const orgId = useOrgId();
  return <RolesMatrix scope={{ kind: 'org', orgId }} />;
}

/** `/c/:id/members`: the organization's members; `members/roles` their roles as a matrix. */
export default function MembersPage() {
  return (
    <Routes>
      <Route
        path="members"
        element={
          <MembersLayout tab="list">
            <OrgMembers />
          </MembersLayout>
        }
      />
      <Route
        path="members/roles"
        element={
          <MembersLayout tab="roles">
            <OrgRolesMatrix />
          </MembersLayout>
        }
      />
    </Routes>
  );
}

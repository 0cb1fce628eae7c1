import { Route, Routes } from 'react-router';
import { OrgMembers } from '../members/org-members';
import '../nhn.css';

/** `/c/:id/members`: the organization's members. */
export default function MembersPage() {
  return (
    <Routes>
      <Route path="members" element={<OrgMembers />} />
    </Routes>
  );
}

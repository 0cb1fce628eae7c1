import { Route, Routes } from 'react-router';
import { GroupDetail } from '../groups/group-detail';
import { GroupsList } from '../groups/groups-list';
import { MembershipMatrix } from '../groups/membership-matrix';
import '../scp.css';

/** `/groups`, `/groups/matrix` (users × groups) and `/groups/:groupId/:tab`: every view linkable. */
export default function GroupsPage() {
  return (
    <Routes>
      <Route path="groups" element={<GroupsList />} />
      <Route path="groups/matrix" element={<MembershipMatrix />} />
      <Route path="groups/:groupId/:tab?" element={<GroupDetail />} />
    </Routes>
  );
}

import { Route, Routes } from 'react-router';
import { GroupsList } from '../groups/groups-list';
import { GroupDetail } from '../groups/group-detail';
import '../cip.css';

/** `/c/:id/groups` lists groups; `/c/:id/groups/:group` is one group's members. */
export default function GroupsPage() {
  return (
    <Routes>
      <Route path="groups" element={<GroupsList />} />
      <Route path="groups/:group" element={<GroupDetail />} />
    </Routes>
  );
}

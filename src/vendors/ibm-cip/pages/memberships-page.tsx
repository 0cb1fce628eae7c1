import { Route, Routes } from 'react-router';
import { MembershipMatrix } from '../groups/membership-matrix';
import '../cip.css';

/** `/c/:id/memberships?a.<attr>=…`: the users × groups matrix of a user search. */
export default function MembershipsPage() {
  return (
    <Routes>
      <Route path="memberships" element={<MembershipMatrix />} />
    </Routes>
  );
}

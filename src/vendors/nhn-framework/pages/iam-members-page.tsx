import { Route, Routes } from 'react-router';
import { IamMembers } from '../iam/iam-members';
import '../nhn.css';

/** `/c/:id/iam-members`: the organization's IAM accounts. */
export default function IamMembersPage() {
  return (
    <Routes>
      <Route path="iam-members" element={<IamMembers />} />
    </Routes>
  );
}

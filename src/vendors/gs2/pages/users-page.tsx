import { Route, Routes } from 'react-router';
import { UsersList } from '../users/users-list';
import { UserDetail } from '../users/user-detail';
import '../gs2.css';

/** `/c/:id/users` lists users; `/c/:id/users/:userName/:tab` is one user, so every view is linkable. */
export default function UsersPage() {
  return (
    <Routes>
      <Route path="users" element={<UsersList />} />
      <Route path="users/:userName/:tab?" element={<UserDetail />} />
    </Routes>
  );
}

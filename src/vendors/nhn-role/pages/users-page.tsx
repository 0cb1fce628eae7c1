import { Route, Routes } from 'react-router';
import { UsersList } from '../users/users-list';
import { UserDetail } from '../users/user-detail';
import '../role.css';

/** `/c/:id/users` searches users; `/c/:id/users/:userId/:tab` is one user, so every view is linkable. */
export default function UsersPage() {
  return (
    <Routes>
      <Route path="users" element={<UsersList />} />
      <Route path="users/:userId/:tab?" element={<UserDetail />} />
    </Routes>
  );
}

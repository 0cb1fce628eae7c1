import { Route, Routes } from 'react-router';
import { UsersSearch } from '../users/users-search';
import { UserDetail } from '../users/user-detail';
import '../cip.css';

/** `/c/:id/users` searches; `/c/:id/users/:uid/:tab` is one user, so every view is linkable. */
export default function UsersPage() {
  return (
    <Routes>
      <Route path="users" element={<UsersSearch />} />
      <Route path="users/:uid/:tab?" element={<UserDetail />} />
    </Routes>
  );
}

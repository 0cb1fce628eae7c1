import { Route, Routes } from 'react-router';
import { RoleDetail } from '../roles/role-detail';
import { RolesView } from '../roles/roles-view';
import '../role.css';
import '../roles/roles.css';

/**
 * `/c/:id/roles?group=&tag=&node=&edge=`: roles, the relation graph and its edges; `/c/:id/roles/:roleId`:
 * one role, so every view is linkable.
 */
export default function RolesPage() {
  return (
    <Routes>
      <Route path="roles" element={<RolesView />} />
      <Route path="roles/:roleId" element={<RoleDetail />} />
    </Routes>
  );
}

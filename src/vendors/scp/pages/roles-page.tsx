import { Link, Route, Routes } from 'react-router';
import { useConnectionHref } from '@/lib/connection-context';
import { ScpPage } from '../shared/scp-page';
import { BindingsPage } from '../roles/bindings-matrix';
import { RolePage } from '../roles/role-detail';
import { RoleForm } from '../roles/role-form';
import { RolesList } from '../roles/roles-list';
import { useRolesText } from '../roles/roles-text';
import '../scp.css';

function NewRole() {
  const t = useRolesText();
  const href = useConnectionHref();
  return (
    <ScpPage title={t.newTitle} description={<Link to={href('roles')}>{t.back}</Link>}>
      <RoleForm />
    </ScpPage>
  );
}

/** `roles` lists; `roles/new` creates; `roles/bindings` is the policy bindings matrix; `roles/:id` edits one. */
export default function RolesPage() {
  return (
    <Routes>
      <Route path="roles" element={<RolesList />} />
      <Route path="roles/new" element={<NewRole />} />
      <Route path="roles/bindings" element={<BindingsPage />} />
      <Route path="roles/:roleId" element={<RolePage />} />
    </Routes>
  );
}

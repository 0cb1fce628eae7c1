import { useId } from 'react';
import { Link, Route, Routes } from 'react-router';
import { useConnectionHref } from '@/lib/connection-context';
import { PageHeader } from '@/components/states';
import { BindingsPage } from '../roles/bindings-matrix';
import { RolePage } from '../roles/role-detail';
import { RoleForm } from '../roles/role-form';
import { RolesList } from '../roles/roles-list';
import { useRolesText } from '../roles/roles-text';
import '../scp.css';

function NewRole() {
  const t = useRolesText();
  const href = useConnectionHref();
  const titleId = useId();
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <PageHeader
        title={t.newTitle}
        titleId={titleId}
        description={<Link to={href('roles')}>{t.back}</Link>}
      />
      <RoleForm />
    </section>
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

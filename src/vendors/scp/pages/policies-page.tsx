import { Link, Route, Routes } from 'react-router';
import { useConnectionHref } from '@/lib/connection-context';
import { ScpPage } from '../shared/scp-page';
import { PoliciesList } from '../policies/policies-list';
import { PolicyPage } from '../policies/policy-detail';
import { PolicyForm } from '../policies/policy-form';
import { usePolicyText } from '../policies/policy-text';
import '../scp.css';

function NewPolicy() {
  const p = usePolicyText();
  const href = useConnectionHref();
  return (
    <ScpPage title={p.newTitle} description={<Link to={href('policies')}>{p.back}</Link>}>
      <PolicyForm />
    </ScpPage>
  );
}

/** `policies` lists; `policies/new` creates; `policies/:id` shows versions; `policies/:id/edit` adds one. */
export default function PoliciesPage() {
  return (
    <Routes>
      <Route path="policies" element={<PoliciesList />} />
      <Route path="policies/new" element={<NewPolicy />} />
      <Route path="policies/:policyId" element={<PolicyPage />} />
      <Route path="policies/:policyId/edit" element={<PolicyPage edit />} />
    </Routes>
  );
}

import { Route, Routes } from 'react-router';
import { PoliciesList } from '../policies/policies-list';
import { CommonPolicyView } from '../policies/common-policy-view';
import { PolicyEditorPage } from '../policies/policy-editor-page';
import '../gs2.css';

/**
 * `/c/:id/policies` lists both kinds; custom ones open in the editor (`policies/custom/:name`, or
 * `policies/new`), GS2-defined ones read-only (`policies/common/:name`).
 */
export default function PoliciesPage() {
  return (
    <Routes>
      <Route path="policies" element={<PoliciesList />} />
      <Route path="policies/new" element={<PolicyEditorPage />} />
      <Route path="policies/custom/:name" element={<PolicyEditorPage />} />
      <Route path="policies/common/:name" element={<CommonPolicyView />} />
    </Routes>
  );
}

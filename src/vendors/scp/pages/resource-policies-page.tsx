import { ResourcePolicyView } from '../resource-policies/resource-policy-view';
import '../scp.css';

/** A resource's own policy, found by SRN, edited statement by statement. */
export default function ResourcePoliciesPage() {
  return <ResourcePolicyView />;
}

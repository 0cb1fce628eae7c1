import { ServiceAccountsView } from '../service-accounts/service-accounts-view';
import '../scp.css';

/** SCP's service accounts, read-only, with each password behind an audited reveal. */
export default function ServiceAccountsPage() {
  return <ServiceAccountsView />;
}

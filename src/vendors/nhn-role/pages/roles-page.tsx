import { RolesView } from '../roles/roles-view';
import '../role.css';

/** `/c/:id/roles?group=…&tag=…`: roles by group and tag, the relation graph and its edges. */
export default function RolesPage() {
  return <RolesView />;
}

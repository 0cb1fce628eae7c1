import { UsersRolesMatrix } from '../matrix/users-roles-matrix';
import '../role.css';

/** `/c/:id/matrix?scope=…`: the users × roles grid of one scope. */
export default function MatrixPage() {
  return <UsersRolesMatrix />;
}
